// The content plane spoken as the public clients proven on live sites speak it (PROTOCOLS.md §4),
// seen from the wire: with step debug logging on, every content-plane and blob exchange is logged
// as its shape (field names and JSON types, never a value), and those shapes are checked here
// against the verified clients' field table. Environment names: `production` and `default`.
import { describe, expect, test } from '@jest/globals'
import type { Emulator } from '../../emulator/index.js'
import {
  annotations,
  defaultSite,
  deployBaseline,
  presentSubject,
  pullRequestEvent,
  PULL_REQUEST_SUBJECT,
  runCounted,
  succeeded
} from '../support/deploy.js'
import { errorLines, useTestEmulator } from '../support/e2e.js'
import {
  EVENT_INFO_TYPES,
  parseShape,
  POLLING_INFO_TYPES,
  UPLOAD_INFO_TYPES,
  wireLines,
  type Shape,
  type WireLine
} from '../support/wire.js'

let emulator: Emulator
useTestEmulator(deployBaseline, (started) => (emulator = started))

const DEBUG = { env: { RUNNER_DEBUG: '1' } }

function call(lines: WireLine[], path: string): WireLine[] {
  return lines.filter((line) => line.path === `/api/upload/${path}`)
}

function fields(shape: Shape, name?: string): Record<string, Shape> {
  const object = name === undefined ? shape : (shape as Record<string, Shape>)[name]
  if (typeof object !== 'object') throw new Error(`no object ${name ?? ''} in ${String(shape)}`)
  return object
}

/** Each field of `shape` has one of the JSON types the table allows, and no field is missing or extra. */
function expectTypes(shape: Record<string, Shape>, table: Record<string, string>): void {
  expect(Object.keys(shape).sort()).toEqual(Object.keys(table).sort())
  for (const [name, allowed] of Object.entries(table)) {
    expect({ [name]: allowed.split('|') }).toEqual({
      [name]: expect.arrayContaining([shape[name]])
    })
  }
}

describe('with RUNNER_DEBUG=1, each exchange is logged as its shape', () => {
  test('EventInfo, UploadInfo and PollingInfo carry exactly the verified clients’ fields and JSON types', async () => {
    const counted = await runCounted(emulator, DEBUG)
    expect(counted.run.exitCode).toBe(0)
    succeeded(counted)
    const lines = wireLines(counted.run.stdout)

    const validate = call(lines, 'validateapitoken')
    expect(validate).toHaveLength(1)
    expect(validate[0]!.status).toBe('200')
    expectTypes(fields(parseShape(validate[0]!.sent)), EVENT_INFO_TYPES)

    const [request] = call(lines, 'request')
    const requestBody = fields(parseShape(request!.sent))
    expect(Object.keys(requestBody)).toEqual(['EventInfo', 'UploadInfo', 'PollingInfo'])
    expect(requestBody.PollingInfo).toBe('null')
    expectTypes(fields(requestBody, 'EventInfo'), EVENT_INFO_TYPES)
    expectTypes(fields(requestBody, 'UploadInfo'), UPLOAD_INFO_TYPES)
    const issued = fields(fields(parseShape(request!.received), 'response'), 'pollingInfo')
    expect(Object.keys(issued).sort()).toEqual([
      'defaultHostname',
      'stageSiteIdentifier',
      'tenantId',
      'version'
    ])

    // PollingInfo as the client verified in 2026-08 builds it, the same for both calls.
    const [update] = call(lines, 'updatestatus')
    const updateBody = fields(parseShape(update!.sent))
    expectTypes(fields(updateBody, 'UploadInfo'), UPLOAD_INFO_TYPES)
    expectTypes(fields(updateBody, 'PollingInfo'), POLLING_INFO_TYPES)
    const checks = call(lines, 'checkstatus')
    expect(checks.length).toBeGreaterThan(0)
    for (const check of checks) {
      expect(fields(parseShape(check.sent))).toEqual(fields(updateBody, 'PollingInfo'))
      expect(check.status).toBe('200')
    }

    // The blob exchanges: method, path and the operation, never the SAS query.
    const blob = lines.filter((line) => line.method === 'PUT')
    expect(blob.map((line) => line.path.replace(/^.*\?/, '?'))).toEqual([
      '?comp=block',
      '?comp=blocklist'
    ])
    expect(blob.every((line) => line.status === '201' && /^\d+ bytes$/.test(line.sent))).toBe(true)
  })

  test('the lines carry no value: no host, id, branch, token or signature', async () => {
    const counted = await runCounted(emulator, DEBUG)
    const debug = counted.run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::debug::wire:'))
      .join('\n')
    expect(debug).not.toBe('')
    const site = defaultSite(emulator)
    const record = succeeded(counted)
    for (const value of [
      site.defaultHostname,
      site.apiKey,
      record.correlationId,
      record.stageSiteIdentifier,
      'octo-org/octo-site',
      'main',
      'sig=',
      'deploymentCorrelationId'
    ]) {
      expect(debug).not.toContain(value)
    }
  })

  test('without step debug logging there are no wire lines', async () => {
    const counted = await runCounted(emulator)
    expect(counted.run.exitCode).toBe(0)
    expect(wireLines(counted.run.stdout)).toEqual([])
  })

  test('a pull request sends its id as a string, and no environment name', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, { ...DEBUG, event: pullRequestEvent('opened') })
    expect(counted.run.exitCode).toBe(0)
    expect(succeeded(counted).environment).toBe('42')
    const eventInfo = fields(
      parseShape(call(wireLines(counted.run.stdout), 'validateapitoken')[0]!.sent)
    )
    expect(eventInfo).toMatchObject({
      IsPullRequest: 'boolean',
      PullRequestId: 'string',
      PullRequestTitle: 'string',
      EnvironmentName: 'null',
      TenantId: 'null',
      Slice: 'integer'
    })
  })
})

describe('environment names', () => {
  test('deployment-environment: production deploys to production on a pull request', async () => {
    presentSubject(emulator, PULL_REQUEST_SUBJECT)
    const counted = await runCounted(emulator, {
      ...DEBUG,
      event: pullRequestEvent('opened'),
      inputs: { 'deployment-environment': 'production' }
    })
    expect(errorLines(counted.run)).toBe('')
    expect(succeeded(counted).environment).toBe('production')
    expect(counted.run.outputs).toMatchObject({ environment: 'production', outcome: 'deployed' })
    const eventInfo = fields(
      parseShape(call(wireLines(counted.run.stdout), 'request')[0]!.sent),
      'EventInfo'
    )
    expect(eventInfo).toMatchObject({ PullRequestId: 'null', EnvironmentName: 'null' })
    expect([...defaultSite(emulator).environments.keys()]).toEqual(['default'])
  })

  test('deployment-environment: default is refused before any network call', async () => {
    const counted = await runCounted(emulator, { inputs: { 'deployment-environment': 'default' } })
    expect(counted.run.exitCode).toBe(1)
    expect(errorLines(counted.run)).toContain("'default' is reserved by Azure Static Web Apps")
    expect(errorLines(counted.run)).toContain('troubleshooting.md#inputs')
    expect(counted.requests).toEqual([])
    expect(counted.run.outputs).toEqual({ outcome: 'failed' })
    expect(annotations(counted.run, 'warning')).toEqual([])
  })
})
