// Packaging benchmark: the action's zip writer against `zip -qr` on the same generated site
// the bench's 60 MB site (5,000 files: compressible text plus incompressible binary). Prints medians.
import { execFileSync } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { preparePayload } from '../src/payload/prepare.js'
import { writeZip } from '../src/payload/zip.js'
import { checkBenchHost, generateSite60 } from './bench.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const MB = 1024 * 1024

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

async function main(): Promise<void> {
  checkBenchHost(['zip'], false)
  const work = await mkdtemp(path.join(os.tmpdir(), 'zip-bench-'))
  const site = path.join(work, 'site')
  try {
    await generateSite60(site)
    const payload = await preparePayload({
      appLocation: site,
      configFile: undefined,
      workspace: work
    })
    console.log(`site: ${payload.fileCount} files, ${(payload.totalBytes / MB).toFixed(1)} MB`)
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
    }, 20)
    const ours: number[] = []
    const reference: number[] = []
    let ourBytes = 0
    let referenceBytes = 0
    for (let run = 0; run < RUNS; run++) {
      const ourZip = path.join(work, 'ours.zip')
      let started = performance.now()
      await pipeline(writeZip(payload), createWriteStream(ourZip))
      ours.push(performance.now() - started)
      ourBytes = (await stat(ourZip)).size
      const theirZip = path.join(work, 'reference.zip')
      await rm(theirZip, { force: true })
      started = performance.now()
      execFileSync('zip', ['-qr', theirZip, '.'], { cwd: site })
      reference.push(performance.now() - started)
      referenceBytes = (await stat(theirZip)).size
    }
    clearInterval(sampler)
    await payload.close()
    const ourMs = median(ours)
    const referenceMs = median(reference)
    console.log(`writeZip : median ${ourMs.toFixed(0)} ms, ${(ourBytes / MB).toFixed(1)} MB`)
    console.log(
      `zip -qr  : median ${referenceMs.toFixed(0)} ms, ${(referenceBytes / MB).toFixed(1)} MB`
    )
    console.log(`ratio ours/reference: ${(ourMs / referenceMs).toFixed(2)}`)
    console.log(
      `RSS before packaging ${(rssBefore / MB).toFixed(0)} MB (tsx loaded), peak while packaging ${(rssPeak / MB).toFixed(0)} MB`
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
