// README's inputs and outputs tables are generated from action.yml; this fails when they drift.
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { withActionDocs } from '../../scripts/action-docs.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

test('README inputs and outputs match action.yml (npm run docs:action)', async () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const actionYaml = readFileSync(path.join(root, 'action.yml'), 'utf8')
  const options = {
    ...(await prettier.resolveConfig(path.join(root, 'README.md'))),
    parser: 'markdown'
  }
  const expected = await prettier.format(withActionDocs(readme, actionYaml), options)
  expect(await prettier.format(readme, options)).toBe(expected)
})
