// Writes the README's inputs and outputs tables from action.yml, so the two never drift.
// `npm run docs:action` rewrites README.md; the docs test fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}

interface ActionManifest {
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
}

const START =
  '<!-- action-docs:start (generated from action.yml by `npm run docs:action`; do not edit) -->'
const END = '<!-- action-docs:end -->'

export function renderActionDocs(actionYaml: string): string {
  const manifest = parse(actionYaml) as ActionManifest
  const cell = (text: string | undefined): string =>
    (text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')
  const inputs = Object.entries(manifest.inputs).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${input.default ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`
  )
  const outputs = Object.entries(manifest.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return [
    START,
    '',
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
    '',
    END
  ].join('\n')
}

/** README with its generated section replaced. */
export function withActionDocs(readme: string, actionYaml: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error('README.md has no action-docs markers')
  return readme.slice(0, start) + renderActionDocs(actionYaml) + readme.slice(end + END.length)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const readmePath = path.join(root, 'README.md')
  const updated = withActionDocs(
    readFileSync(readmePath, 'utf8'),
    readFileSync(path.join(root, 'action.yml'), 'utf8')
  )
  writeFileSync(readmePath, updated)
  console.log('README.md: inputs and outputs regenerated from action.yml')
}
