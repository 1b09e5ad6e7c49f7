// Who uploads: the built-in engine, or Microsoft's StaticSitesClient at a version.
import { CHANNELS, ENGINE_VERSION } from '../engine/versions.js'
import type { Problems } from './problems.js'
import type { ReadInput } from './rules.js'

export interface EngineInputs {
  /** `engine`: who uploads; for Microsoft's StaticSitesClient, `engine-version` too. */
  engine: Engine
}

type Engine = { name: 'native' } | { name: 'official'; version: string }

export function readEngine(read: ReadInput, problems: Problems): EngineInputs {
  return { engine: readEngineChoice(read('engine'), read('engine-version'), problems) }
}

function readEngineChoice(
  name: string | undefined,
  version: string | undefined,
  problems: Problems
): Engine {
  const wanted = name?.toLowerCase() ?? 'native'
  if (wanted !== 'native' && wanted !== 'official') {
    problems.add(
      'engine',
      `Input engine: '${name}' is not supported; use 'native' (the default) or 'official'.`
    )
  }
  if (wanted !== 'official') {
    // `stable` is action.yml's default, so the runner always passes it: only another value is a mistake.
    if (version !== undefined && version.toLowerCase() !== 'stable') {
      problems.add(
        'engine-version',
        'Input engine-version: only used with engine: official; set engine: official, or remove engine-version.'
      )
    }
    return { name: 'native' }
  }
  if (version === undefined) return { name: 'official', version: 'stable' }
  const channel = CHANNELS.find((known) => known === version.toLowerCase())
  if (channel) return { name: 'official', version: channel }
  if (!ENGINE_VERSION.test(version)) {
    problems.add(
      'engine-version',
      `Input engine-version: '${version}' is neither stable, latest, backup nor a buildId (40 hex digits, e.g. 689a6c1fe8fc32f40348cc41223a7e9d83dd43d2; older ones are dotted numbers, e.g. 1.0.027044).`
    )
  }
  return { name: 'official', version }
}
