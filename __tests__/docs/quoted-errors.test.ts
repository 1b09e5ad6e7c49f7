// Keeps docs/troubleshooting.md quoting what the action prints: every message quoted under "What
// you see" in the sections below is produced here by the code itself (`…` stands for any text),
// so a reworded error without its doc, or a doc quoting an error that does not exist, fails.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_ARM_PAGES, readArmList } from '../../src/arm/pages.js'
import { ACTION_INPUT_WORDS, listRefused, pickSiteGroup } from '../../src/arm/siteByName.js'
import { errorText } from '../../src/errors.js'
import { requestGitHubToken } from '../../src/github/oidc.js'
import { readConfig } from '../../src/inputs/index.js'
import { commentMarker } from '../../src/previews/comment.js'
import { environmentFromBranch } from '../../src/target.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const troubleshooting = readFileSync(path.join(repoRoot, 'docs', 'troubleshooting.md'), 'utf8')

/** The "What you see" paragraph of a section (up to its "Cause"). */
function whatYouSee(anchor: string): string {
  const start = troubleshooting.indexOf(`<a id="${anchor}"></a>`)
  expect(start).toBeGreaterThanOrEqual(0)
  const section = troubleshooting.slice(start)
  const from = section.indexOf('**What you see:**')
  return section.slice(from, section.indexOf('**Cause:**', from))
}

/** Inline code that quotes a message (not an input name or a value). */
function quotedMessages(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)]
    .map((match) => match[1]!.replace(/\s*\n\s*/g, ' '))
    .filter((code) => code.length >= 25)
}

/** A quote as a pattern: `…` is any text; whitespace as in the doc's wrapping. */
function patternOf(quote: string): RegExp {
  const parts = quote.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(parts.join('.*').replace(/ /g, '\\s+'), 's')
}

/** What readConfig says of one wrong input beside otherwise valid ones. */
function inputMessage(inputs: Record<string, string>): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'quoted-errors-'))
  mkdirSync(path.join(workspace, 'dist'))
  const all: Record<string, string> = {
    'client-id': '11111111-2222-3333-4444-555555555555',
    'tenant-id': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    'subscription-id': '99999999-8888-7777-6666-555555555555',
    'resource-group': 'rg-web',
    'app-name': 'octo-site',
    ...inputs
  }
  try {
    readConfig((name) => all[name] ?? '', { GITHUB_WORKSPACE: workspace })
  } catch (error) {
    return errorText(error)
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
  throw new Error(`readConfig accepted ${JSON.stringify(inputs)}`)
}

function thrownBy(work: () => unknown): string {
  try {
    work()
  } catch (error) {
    return errorText(error)
  }
  throw new Error('nothing was thrown')
}

async function rejectionOf(work: () => Promise<unknown>): Promise<string> {
  try {
    await work()
  } catch (error) {
    return errorText(error)
  }
  throw new Error('nothing was thrown')
}

describe('docs/troubleshooting.md quotes what the action prints', () => {
  test('#inputs: each quoted input and environment-name error', () => {
    const printed = [
      inputMessage({ 'auth-type': 'managed-identiy', 'client-id': '', 'tenant-id': '' }),
      inputMessage({ 'deployment-environment': 'feature/login' }),
      inputMessage({ 'deployment-environment': 'default' }),
      inputMessage({ cloud: 'AzureClod' }),
      inputMessage({ 'dry-run': 'ture' }),
      inputMessage({ 'dry-run': 'yes' }),
      inputMessage({ 'production-branch': 'refs/tags/v1' }),
      inputMessage({ 'app-location': '../site' }),
      thrownBy(() => environmentFromBranch('_-_')),
      thrownBy(() => environmentFromBranch('42'))
    ]
    const quotes = quotedMessages(whatYouSee('inputs'))
    expect(quotes.length).toBeGreaterThanOrEqual(10)
    for (const quote of quotes) {
      const said = printed.find((message) => patternOf(quote).test(message))
      expect({ quote, said: said !== undefined }).toEqual({ quote, said: true })
    }
  })

  test('#missing-id-token-permission: the quoted error', async () => {
    const printed = await rejectionOf(() =>
      requestGitHubToken('api://AzureADTokenExchange', {}, new AbortController().signal)
    )
    const quotes = quotedMessages(whatYouSee('missing-id-token-permission'))
    expect(quotes.length).toBeGreaterThanOrEqual(1)
    for (const quote of quotes) expect(printed).toMatch(patternOf(quote))
  })

  test('#app-by-name: the five refusals', async () => {
    const wanted = { subscriptionId: '99999999-8888-7777-6666-555555555555', appName: 'octo-site' }
    const site = (group: string, name: string) => ({
      id: `/subscriptions/${wanted.subscriptionId}/resourceGroups/${group}/providers/Microsoft.Web/staticSites/${name}`,
      name
    })
    const printed = [
      thrownBy(() => pickSiteGroup([site('rg-web', 'other')], wanted, ACTION_INPUT_WORDS)),
      thrownBy(() =>
        pickSiteGroup(
          [site('rg-web', 'octo-site'), site('rg-other', 'octo-site')],
          wanted,
          ACTION_INPUT_WORDS
        )
      ),
      errorText(listRefused(wanted, ACTION_INPUT_WORDS, 403)),
      thrownBy(() =>
        pickSiteGroup(
          [{ id: `/subscriptions/${wanted.subscriptionId}/providers/x`, name: 'octo-site' }],
          wanted,
          ACTION_INPUT_WORDS
        )
      )
    ]
    // A list whose nextLink never ends.
    printed.push(
      await rejectionOf(() =>
        readArmList({
          step: 'ARM find Static Web App',
          first: 'https://management.azure.com/list',
          origin: 'https://management.azure.com',
          originSetting: 'resource-manager-endpoint',
          fix: 'Set resource-group.',
          doc: 'app-by-name',
          readPage: async () => ({ value: [{}], nextLink: 'https://management.azure.com/list' })
        })
      )
    )
    expect(printed).toHaveLength(5)
    expect(printed[4]).toContain(`past ${MAX_ARM_PAGES} pages`)
    const quotes = quotedMessages(whatYouSee('app-by-name'))
    expect(quotes.length).toBe(5)
    for (const quote of quotes) {
      const said = printed.find((message) => patternOf(quote).test(message))
      expect({ quote, said: said !== undefined }).toEqual({ quote, said: true })
    }
  })

  test('#pr-comment: the marker has the shape the action writes', () => {
    const quoted = /`(<!-- keyless-swa-deploy preview: [^`]*-->)`/.exec(
      troubleshooting.replace(/\n\s*/g, ' ')
    )?.[1]
    expect(quoted).toBeDefined()
    const written = commentMarker(
      '/subscriptions/S/resourceGroups/G/providers/Microsoft.Web/staticSites/A'
    )
    const pattern = new RegExp(
      `^${quoted!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[a-z]+>/g, '[^/ ]+')}$`
    )
    expect(written).toMatch(pattern)
  })
})
