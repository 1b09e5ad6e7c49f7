// Who uploads: the built-in engine, or Microsoft's StaticSitesClient at a version.
import { CHANNELS, ENGINE_VERSION } from '../engine/versions.js'
import { matchAccepted, useAccepted } from '../suggest.js'
import type { Problems } from './problems.js'
import type { ReadInput } from './rules.js'

export interface EngineInputs {
  /** `engine`: who uploads; for Microsoft's StaticSitesClient, `engine-version` too. */
  engine: Engine
}

type Engine = { name: 'native' } | { name: 'official'; version: string }

/** Who may upload: the built-in engine (the default) or Microsoft's StaticSitesClient. */
const ENGINES = ['native', 'official'] as const

export function readEngine(read: ReadInput, problems: Problems): EngineInputs {
  return { engine: readEngineChoice(read('engine'), read('engine-version'), problems) }
}

function readEngineChoice(
  name: string | undefined,
  version: string | undefined,
  problems: Problems
): Engine {
  const wanted = name === undefined ? 'native' : matchAccepted(name, ENGINES)
  if (name !== undefined && wanted === undefined) {
    const fix = useAccepted(name, ENGINES, "'native' (the default) or 'official'")
    problems.add('engine', `Input engine: '${name}' is not supported; ${fix}.`)
  }
  if (wanted !== 'official') {
    // `stable` is action.yml's default, so the runner always passes it: only another value is a mistake.
    if (version !== undefined && matchAccepted(version, ['stable']) === undefined) {
      problems.add(
        'engine-version',
        'Input engine-version: only used with engine: official; set engine: official, or remove engine-version.'
      )
    }
    return { name: 'native' }
  }
  if (version === undefined) return { name: 'official', version: 'stable' }
  const channel = matchAccepted(version, CHANNELS)
  if (channel) return { name: 'official', version: channel }
  if (!ENGINE_VERSION.test(version)) {
    const fix = useAccepted(
      version,
      CHANNELS,
      `${CHANNELS.join(', ')} or a buildId (40 hex digits, e.g. 689a6c1fe8fc32f40348cc41223a7e9d83dd43d2; older ones are dotted numbers, e.g. 1.0.027044)`
    )
    problems.add(
      'engine-version',
      `Input engine-version: '${version}' is neither a channel nor a buildId; ${fix}.`
    )
  }
  return { name: 'official', version }
}
