// What the Functions host reads of a prebuilt API: host.json refused unless the host could start
// with it, and the files a Node.js v4 app's `main` names, matched as the worker would.
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkHostJson, nodeEntryProblem } from '../../src/payload/functionsApp.js'
import type { PayloadFile } from '../../src/payload/types.js'

const folder = mkdtempSync(path.join(tmpdir(), 'swa-functions-app-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Payload files on disk: name → text. */
function filesOf(tree: Record<string, string>): PayloadFile[] {
  return Object.entries(tree).map(([name, text], index) => {
    const file = path.join(folder, `${index}-${Math.random().toString(36).slice(2)}`)
    writeFileSync(file, text)
    return { name, size: Buffer.byteLength(text), source: { kind: 'disk', path: file } }
  })
}

describe('checkHostJson', () => {
  test.each([
    ['{"version":"2.0"}'],
    ['\uFEFF{ "version": "2.0", "logging": { "logLevel": { "default": "Information" } } }\n']
  ])('takes %j', async (text) => {
    await expect(checkHostJson(filesOf({ 'host.json': text })[0]!, '/api')).resolves.toBeUndefined()
  })

  test.each([
    ['', 'is empty'],
    [' \n', 'is empty'],
    ['[1,2]', 'is an array, not a JSON object'],
    ['null', 'is null, not a JSON object'],
    ['42', 'is a number, not a JSON object'],
    ['{"version":"2.0",}', 'is not JSON ('],
    ['{}', "has no 'version'"],
    ['{"version":2}', "has 'version' 2"]
  ])('refuses %j: host.json %s', async (text, problem) => {
    await expect(checkHostJson(filesOf({ 'host.json': text })[0]!, '/api')).rejects.toThrow(
      `The API '/api': host.json ${problem}`
    )
  })
})

describe('nodeEntryProblem', () => {
  const app = { 'host.json': '{}', 'dist/src/functions/hello.js': '', 'dist/index.js': '' }

  test.each([
    ['dist/src/functions/*.js'],
    ['./dist/src/functions/hello.js'],
    ['dist\\src\\functions\\*.js'],
    ['dist/**/*.js'],
    ['dist'],
    ['dist/src/functions/{hello,other}.js']
  ])('"main": %j names a file', async (main) => {
    const files = filesOf({ ...app, 'package.json': JSON.stringify({ main }) })
    expect(await nodeEntryProblem(files)).toBeUndefined()
  })

  test.each([
    [{ 'package.json': '{"name":"api"}' }, 'has no "main"'],
    [{ 'package.json': '{"main":""}' }, 'has no "main"'],
    [{ 'package.json': '{"main":["a.js"]}' }, 'has no "main"'],
    [
      { 'package.json': '{"main":"src/functions/*.js"}' },
      "is 'src/functions/*.js', which matches no file"
    ],
    [{ 'package.json': 'main: x' }, 'is not JSON'],
    [{}, 'has no package.json and no function.json']
  ])('%j: %s', async (extra, problem) => {
    expect(await nodeEntryProblem(filesOf({ ...app, ...extra }))).toContain(problem)
  })

  test('a v3 app (function.json per function) needs no main', async () => {
    const files = filesOf({ 'host.json': '{}', 'hello/function.json': '{}', 'hello/index.js': '' })
    expect(await nodeEntryProblem(files)).toBeUndefined()
  })
})
