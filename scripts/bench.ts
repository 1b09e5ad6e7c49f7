// `npm run bench`: the bundled action (node dist/index.js) deploying a 60 MB / 5,000-file site, a
// 300 MB site and a 500 MB / 15,000-file site (the Standard plan's limits) to the emulator, beside the obvious pipeline over the same loopback (`zip -qr`, then
// `curl -T` of the zip to a SAS URL of the same blob endpoint); each site in blocks and through the
// Put Blob fallback (a SAS that refuses blocks). Prints medians, the ratio, the action's peak RSS,
// its archive's size beside `zip -6`'s, its start-up time beside bare Node, and the load average
// beside each figure (the machine may be shared), and issue 26's goals as met / NOT met. BENCH_RUNS
// sets the runs (default 3); BENCH_SITES=site60 (or site300, site500, comma-separated) measures
// those sites only. The sites are generated once into BENCH_DIR (default .tmp/bench-sites) and
// reused; delete the folder to free its ~850 MB.
//
// Like with like: the action's time runs from its spawn to the moment the emulator receives its
// `updatestatus` call (sign-in, the payload check, packaging and the committed upload included);
// the reference's from starting `zip` to `curl` exiting. Neither includes what the emulator does
// afterwards (fetching the blob, unpacking it, the independent zip readers).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createCipheriv, createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { UploadStore } from '../emulator/content/storage.js'
import { startEmulator, type Emulator } from '../emulator/index.js'
import { measureZip, preparePayload } from '../src/payload/index.js'
import { ACTION_ENTRY, runAction } from '../emulator/runner.js'
import { eventInfoBody, uploadInfoBody } from '../__tests__/support/wire.js'
import { onEndingSignal } from './ending.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
/**
 * Issue 26's goals: the action's time as a fraction of zip + curl's (blocks, and the Put Blob
 * fallback where the issue sets one) and its peak RSS, the same for both paths.
 */
const GOALS = {
  site60: { ratio: 0.42, fallbackRatio: 0.5, rssMb: 128 },
  site300: { ratio: 0.22, fallbackRatio: undefined, rssMb: 150 },
  site500: { ratio: 0.22, fallbackRatio: undefined, rssMb: 150 }
}
/** Start-up (spawn to first request) at most this many times `node -e 0`'s. */
const START_UP_GOAL = 2.5
const BENCH_DIR = path.resolve(process.env.BENCH_DIR ?? path.join('.tmp', 'bench-sites'))
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met')
const SITES = process.env.BENCH_SITES?.split(',')
const MB = 1024 * 1024
const KB = 1024

// ---------------------------------------------------------------- site generation

/** Deterministic incompressible bytes: AES-CTR keystream of a seed, fast and repeatable. */
function noise(bytes: number, seed: string): Buffer {
  const key = createHash('sha256').update(seed).digest()
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
  return cipher.update(Buffer.alloc(bytes))
}

const WORDS = [
  'const',
  'function',
  'return',
  'static',
  'web',
  'app',
  '<div class="card">',
  '</div>',
  'margin: 0 auto;',
  'deploy',
  'import',
  'export default',
  '{',
  '}',
  'color: #336699;',
  'window.addEventListener',
  '"name":',
  'null,',
  'true',
  'let x = 1;'
]

/** Deterministic text that deflates like real site sources (about 3-4x). */
function text(bytes: number, seed: string): Buffer {
  const choices = noise(Math.ceil(bytes / 4) + 16, seed)
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < bytes; index++) {
    const byte = choices[index % choices.length] as number
    const word =
      byte % 23 === 0 ? String(byte * 7919 + index) : (WORDS[byte % WORDS.length] as string)
    parts.push(word, byte % 9 === 0 ? '\n' : ' ')
    length += word.length + 1
  }
  return Buffer.from(parts.join('').slice(0, bytes))
}

async function put(root: string, name: string, bytes: Buffer): Promise<void> {
  const file = path.join(root, name)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, bytes)
}

/** 4,500 text files (~30 MB) and 500 binary files (~30 MB, a few of them 2 MB). */
export async function generateSite60(root: string): Promise<void> {
  await put(root, 'index.html', text(4000, 'index'))
  for (let index = 0; index < 5000; index++) {
    const folder = `section${index % 50}/part${index % 7}`
    if (index < 4500) {
      const extension = ['html', 'js', 'css', 'json', 'svg'][index % 5] as string
      const size = 2000 + ((index * 7919) % 11_000)
      await put(root, `${folder}/page${index}.${extension}`, text(size, `t${index}`))
    } else {
      const size = index % 100 === 0 ? 2 * MB : 30 * KB + ((index * 104_729) % 30_000)
      const extension = index % 2 === 0 ? 'png' : 'bin'
      await put(root, `${folder}/asset${index}.${extension}`, noise(size, `b${index}`))
    }
  }
}

/** ~300 MB: eight large files (media, data, bundles) and 2,500 small ones. */
export async function generateSite300(root: string): Promise<void> {
  await put(root, 'index.html', text(4000, 'index'))
  for (let index = 0; index < 2500; index++) {
    const folder = `docs/chapter${index % 40}`
    if (index < 2000) {
      const extension = ['html', 'js', 'css', 'json'][index % 4] as string
      await put(
        root,
        `${folder}/page${index}.${extension}`,
        text(4000 + (index % 9000), `s${index}`)
      )
    } else {
      await put(
        root,
        `${folder}/image${index}.webp`,
        noise(20 * KB + (index % 30) * KB, `i${index}`)
      )
    }
  }
  for (let index = 0; index < 4; index++) {
    await put(root, `media/video${index}.mp4`, noise(45 * MB, `v${index}`))
    await put(root, `data/set${index}.json`, text(22 * MB, `d${index}`))
  }
}

/**
 * ~490 MB in 14,990 files, under the Standard plan's 500 MB and 15,000 files: 13,000 small text
 * files, 1,980 images, and ten large files (media and data) that make up half the bytes.
 */
export async function generateSite500(root: string): Promise<void> {
  await put(root, 'index.html', text(4000, 'index'))
  for (let index = 0; index < 14_979; index++) {
    const folder = `area${index % 60}/topic${index % 11}`
    if (index < 13_000) {
      const extension = ['html', 'js', 'css', 'json', 'svg', 'md'][index % 6] as string
      const size = 1500 + ((index * 7919) % 14_000)
      await put(root, `${folder}/page${index}.${extension}`, text(size, `p${index}`))
    } else {
      const size = 40 * KB + ((index * 104_729) % 80_000)
      const extension = ['webp', 'png', 'jpg', 'woff2'][index % 4] as string
      await put(root, `${folder}/asset${index}.${extension}`, noise(size, `a${index}`))
    }
  }
  for (let index = 0; index < 5; index++) {
    await put(root, `media/clip${index}.mp4`, noise(30 * MB, `c${index}`))
    await put(root, `data/table${index}.json`, text(18 * MB, `j${index}`))
  }
}

/** The site in BENCH_DIR, generated once: a marker file says a generation finished. */
async function ensureSite(
  workspace: string,
  name: string,
  generate: (root: string) => Promise<void>
): Promise<void> {
  const root = path.join(workspace, name)
  const marker = path.join(workspace, `${name}.complete`)
  if (existsSync(marker)) return
  await rm(root, { recursive: true, force: true })
  const started = performance.now()
  await generate(root)
  await writeFile(marker, '')
  console.log(`generated ${name} in ${seconds(performance.now() - started)}`)
}

// ---------------------------------------------------------------- measurements

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/**
 * Where the benches run: the reference pipeline needs the `zip` (and `curl`) programs, and the
 * action's peak RSS is read from Linux's /proc. Elsewhere they stop here and say so (README).
 */
export function checkBenchHost(programs: readonly string[], needsProc: boolean): void {
  const problems: string[] = []
  if (needsProc && !existsSync('/proc/self/status'))
    problems.push(`the action's peak RSS is read from /proc, which ${process.platform} has not`)
  for (const program of programs) {
    if (spawnSync(program, ['--version'], { stdio: 'ignore' }).error !== undefined)
      problems.push(`the reference needs \`${program}\` on PATH`)
  }
  if (problems.length === 0) return
  console.error(
    `This bench runs on Linux (WSL on Windows), with zip and curl installed: ${problems.join('; ')}.`
  )
  process.exit(1)
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on every Linux ABI). */
const CLOCK_TICKS = 100

interface ProcessFigures {
  peakRss: number
  /** CPU time (user + system, every thread) to exit, and to `at` (a Date.now()), 10 ms late at most. */
  cpuMs: number
  cpuMsAt: (at: number) => number
}

/**
 * Samples the child's high-water RSS (VmHWM covers every thread, workers included) and its CPU
 * time until it exits.
 */
export function sampleProcess(child: ChildProcess): () => ProcessFigures {
  let peakKb = 0
  let cpuTicks = 0
  const samples: { at: number; ticks: number }[] = []
  const read = (): void => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
      if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]))
      // utime and stime are the 14th and 15th fields; the 2nd, (comm), may hold spaces.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]))
      samples.push({ at: Date.now(), ticks: cpuTicks })
    } catch {
      // The process is gone; the last sample stands.
    }
  }
  const timer = setInterval(read, 10)
  child.once('exit', () => clearInterval(timer))
  const ms = (ticks: number): number => (ticks * 1000) / CLOCK_TICKS
  return () => ({
    peakRss: peakKb * KB,
    cpuMs: ms(cpuTicks),
    cpuMsAt: (at) => ms(samples.find((sample) => sample.at >= at)?.ticks ?? cpuTicks)
  })
}

interface ActionFigures {
  /** Spawn to exit, including the emulator unpacking and publishing the upload. */
  ms: number
  /** Spawn to the `updatestatus` call: packaged, uploaded, committed; what zip + curl does. */
  uploadedMs: number
  peakRss: number
  /** The action's CPU time (user + system, all threads), spawn to exit. */
  cpuMs: number
  /** The same, spawn to the `updatestatus` call. */
  uploadedCpuMs: number
  phases: string
}

async function deployWithAction(
  emulator: Emulator,
  workspace: string,
  site: string
): Promise<ActionFigures> {
  let sampled: () => ProcessFigures = () => ({ peakRss: 0, cpuMs: 0, cpuMsAt: () => 0 })
  let spawnedAt = 0
  const from = emulator.host.requests.length
  const run = await runAction({
    emulatorEnv: emulator.actionEnv(),
    inputs: { 'app-location': site },
    env: { GITHUB_WORKSPACE: workspace },
    onSpawn: (child) => {
      spawnedAt = Date.now()
      sampled = sampleProcess(child)
    },
    timeoutMs: 600_000
  })
  if (run.exitCode !== 0) {
    throw new Error(`the action failed (${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
  }
  const phases = [...run.summary.matchAll(/<tr><td>([^<]+)<\/td><td>([\d.]+)<\/td><\/tr>/g)]
    .map((match) => `${match[1]} ${match[2]} s`)
    .join(', ')
  const reported = emulator.host.requests
    .slice(from)
    .find((request) => request.service === 'content' && /updatestatus/i.test(request.url))
  await rm(run.root, { recursive: true, force: true })
  const figures = sampled()
  return {
    ms: run.durationMs,
    uploadedMs: (reported?.at ?? Number.NaN) - spawnedAt,
    peakRss: figures.peakRss,
    cpuMs: figures.cpuMs,
    uploadedCpuMs: figures.cpuMsAt(reported?.at ?? Number.NaN),
    phases
  }
}

/** A SAS URL for a fresh blob, asked of the content plane as the action would. */
async function requestSasUrl(emulator: Emulator, totalBytes: number): Promise<string> {
  const site = emulator.world.sites[0]!
  const body = JSON.stringify({
    EventInfo: eventInfoBody(),
    UploadInfo: uploadInfoBody({
      totalBytes,
      fileCount: 1,
      largestFileBytes: totalBytes,
      hasRoutes: false
    }),
    PollingInfo: null
  })
  const url = new URL('/api/upload/request', emulator.urls.content)
  url.searchParams.set('apiVersion', 'v1')
  url.searchParams.set('deploymentCorrelationId', crypto.randomUUID())
  const reply = await new Promise<string>((resolve, reject) => {
    const request = https.request(
      url,
      {
        method: 'POST',
        ca: readFileSync(emulator.caFile),
        headers: { authorization: `token ${site.apiKey}`, 'content-type': 'application/json' }
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve(text))
      }
    )
    request.on('error', reject)
    request.end(body)
  })
  const envelope = JSON.parse(reply) as { response?: { packageUris?: { app?: string } } }
  const sasUrl = envelope.response?.packageUris?.app
  if (!sasUrl) throw new Error(`no SAS URL from the content plane: ${reply}`)
  return sasUrl
}

function runCommand(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))
    )
  })
}

/** `zip -qr` of the folder, then `curl -T` of the zip to the blob endpoint. */
async function referencePipeline(
  emulator: Emulator,
  folder: string,
  work: string,
  totalBytes: number
): Promise<{ ms: number; zipBytes: number }> {
  const zipFile = path.join(work, 'reference.zip')
  await rm(zipFile, { force: true })
  const sasUrl = await requestSasUrl(emulator, totalBytes)
  const started = performance.now()
  await runCommand('zip', ['-qr', zipFile, '.'], folder)
  await runCommand(
    'curl',
    [
      '--silent',
      '--show-error',
      '--fail',
      '--cacert',
      emulator.caFile,
      '-H',
      'x-ms-blob-type: BlockBlob',
      '-T',
      zipFile,
      sasUrl
    ],
    work
  )
  const ms = performance.now() - started
  await forgetReferenceBlob(emulator, sasUrl)
  return { ms, zipBytes: (await stat(zipFile)).size }
}

/**
 * Nothing processes the reference's upload, so nothing would delete it: Azurite keeps every blob
 * in memory up to --extentMemoryLimit, and the 500 MB site's runs filled it (curl got a 409).
 */
async function forgetReferenceBlob(emulator: Emulator, sasUrl: string): Promise<void> {
  // <blob front>/<account>/<container>/<blob name>?<SAS>
  const [, , , ...name] = new URL(sasUrl).pathname.split('/')
  const blobName = name.map(decodeURIComponent).join('/')
  const store = new UploadStore(emulator.content!.azuriteUrl, readFileSync(emulator.caFile, 'utf8'))
  await store.delete(blobName)
  // The store's delete does not judge Azurite's reply; a blob still there is this bench's bug.
  if (await store.download(blobName, path.join(os.tmpdir(), `swa-bench-gone-${process.pid}`))) {
    throw new Error(`the reference blob ${blobName} was not deleted`)
  }
}

/** Spawn to the first request the emulator's GitHub service receives (the OIDC token). */
async function startUpMs(emulator: Emulator): Promise<number> {
  let spawnedAt = 0
  const from = emulator.host.requests.length
  const run = await runAction({
    emulatorEnv: emulator.actionEnv(),
    onSpawn: () => (spawnedAt = Date.now())
  })
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}`)
  await rm(run.root, { recursive: true, force: true })
  const first = emulator.host.requests.slice(from).find((request) => request.service === 'github')
  if (!first) throw new Error('the action made no request to the GitHub service')
  return first.at - spawnedAt
}

async function bareNodeMs(): Promise<number> {
  const started = Date.now()
  await runCommand(process.execPath, ['-e', '0'], os.tmpdir())
  return Date.now() - started
}

// ---------------------------------------------------------------- report

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
const megabytes = (bytes: number): string => `${(bytes / MB).toFixed(bytes < 100 * MB ? 1 : 0)} MB`
const signedPercent = (fraction: number): string =>
  `${fraction >= 0 ? '+' : ''}${(fraction * 100).toFixed(1)}%`

/** The action's archive is deterministic: the bytes its writer yields here are the bytes it uploads. */
async function archiveBytes(workspace: string, site: string): Promise<number> {
  const payload = await preparePayload({
    appLocation: path.join(workspace, site),
    configFile: undefined,
    workspace
  })
  try {
    return await measureZip(payload)
  } finally {
    await payload.close()
  }
}

async function folderBytes(folder: string): Promise<{ files: number; bytes: number }> {
  const listing = execFileSync('find', [folder, '-type', 'f', '-printf', '%s\n'], {
    encoding: 'utf8',
    maxBuffer: 64 * MB
  })
  const sizes = listing.trim().split('\n').map(Number)
  return { files: sizes.length, bytes: sizes.reduce((sum, size) => sum + size, 0) }
}

async function standardPlanEmulator(): Promise<Emulator> {
  const emulator = await startEmulator()
  // 300 MB is over the Free plan's 250 MB quota.
  emulator.world.sites[0]!.sku = 'Standard'
  return emulator
}

async function main(): Promise<void> {
  checkBenchHost(['zip', 'curl'], true)
  if (!existsSync(ACTION_ENTRY)) throw new Error('dist/index.js is missing: run npm run bundle')
  const work = await mkdtemp(path.join(os.tmpdir(), 'swa-bench-'))
  // Everything the bench makes in the temporary folder (each run's folder, each emulator's) goes
  // in work, removed when it ends, by an error or Ctrl-C too, as well as when it completes.
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = work
  onEndingSignal((signal) => {
    console.error(`\nReceived ${signal}: removing ${work} and stopping.`)
    rmSync(work, { recursive: true, force: true, maxRetries: 5 })
    process.exit(1)
  })
  let emulator = await standardPlanEmulator().catch(async (error: unknown) => {
    await rm(work, { recursive: true, force: true })
    throw error
  })
  try {
    const workspace = BENCH_DIR
    const sites = [
      { name: 'site60', generate: generateSite60 },
      { name: 'site300', generate: generateSite300 },
      { name: 'site500', generate: generateSite500 }
    ].filter((site) => SITES === undefined || SITES.includes(site.name))
    for (const site of sites) await ensureSite(workspace, site.name, site.generate)

    const startUps: number[] = []
    const bare: number[] = []
    const startUpLoad = os.loadavg()[0]!
    for (let run = 0; run < Math.max(RUNS, 5); run++) {
      startUps.push(await startUpMs(emulator))
      bare.push(await bareNodeMs())
    }

    // Each site with blocks (the fast path), then with a SAS that refuses blocks: the Put Blob
    // fallback spools the archive to RUNNER_TEMP and sends it in one PUT.
    const variants = [
      ...sites.map((site) => ({ site, blocks: 'accepted' as const })),
      ...sites.map((site) => ({ site, blocks: 'refused-403' as const }))
    ]
    const rows: string[][] = []
    const verdicts: string[] = []
    const archives = new Map<string, number>()
    for (const site of sites) archives.set(site.name, await archiveBytes(workspace, site.name))
    for (const [index, { site, blocks }] of variants.entries()) {
      // A fresh emulator (and Azurite) for each variant: Azurite frees a deleted blob's memory
      // only at its periodic clean-up, and the 500 MB site's uploads reached its memory limit
      // (a 409) within one emulator's life.
      if (index > 0) {
        await emulator.stop()
        emulator = await standardPlanEmulator()
      }
      const label = blocks === 'accepted' ? site.name : `${site.name}, Put Blob fallback`
      const folder = path.join(workspace, site.name)
      const measured = await folderBytes(folder)
      const action: ActionFigures[] = []
      const reference: { ms: number; zipBytes: number }[] = []
      const loads: number[] = []
      for (let run = 0; run < RUNS; run++) {
        emulator.content!.behaviour.blockUploads = blocks
        loads.push(os.loadavg()[0]!)
        action.push(await deployWithAction(emulator, workspace, site.name))
        reference.push(await referencePipeline(emulator, folder, work, measured.bytes))
        const last = action.at(-1)!
        console.log(
          `${label} run ${run + 1} (load ${loads.at(-1)!.toFixed(2)}): action uploaded at ${seconds(last.uploadedMs)} (CPU ${seconds(last.uploadedCpuMs)}), exited at ${seconds(last.ms)} (CPU ${seconds(last.cpuMs)}, peak RSS ${megabytes(last.peakRss)}); zip + curl ${seconds(reference.at(-1)!.ms)}`
        )
        if (last.phases) console.log(`  phases: ${last.phases}`)
      }
      const uploadedMs = median(action.map((figure) => figure.uploadedMs))
      const totalMs = median(action.map((figure) => figure.ms))
      const cpuMs = median(action.map((figure) => figure.cpuMs))
      const uploadedCpuMs = median(action.map((figure) => figure.uploadedCpuMs))
      const referenceMs = median(reference.map((figure) => figure.ms))
      const referenceZip = median(reference.map((figure) => figure.zipBytes))
      const ours = archives.get(site.name)!
      const goal = GOALS[site.name as keyof typeof GOALS]
      const peakRss = Math.max(...action.map((figure) => figure.peakRss))
      const archiveExcess = ours / referenceZip - 1
      // Memory has one goal for both paths; time has the fallback's own where the issue sets one.
      const ratioGoal = blocks === 'accepted' ? goal.ratio : goal.fallbackRatio
      const ratio = uploadedMs / referenceMs
      const timeVerdict =
        ratioGoal === undefined
          ? 'no goal, measured beside'
          : `goal <= ${ratioGoal}: ${met(ratio <= ratioGoal)}`
      verdicts.push(
        `${label}: time ${ratio.toFixed(2)}x the reference (${timeVerdict}); ` +
          `peak RSS ${megabytes(peakRss)} (goal < ${goal.rssMb} MB: ${met(peakRss < goal.rssMb * MB)}); ` +
          `archive ${signedPercent(archiveExcess)} vs zip -6 (goal within 2%: ${met(Math.abs(archiveExcess) <= 0.02)}); load ${median(loads).toFixed(2)}`
      )
      rows.push([
        `${label} (${measured.files} files, ${megabytes(measured.bytes)})`,
        seconds(uploadedMs),
        seconds(uploadedCpuMs),
        seconds(referenceMs),
        (uploadedMs / referenceMs).toFixed(2),
        seconds(totalMs),
        seconds(cpuMs),
        megabytes(peakRss),
        `${megabytes(ours)} (${signedPercent(ours / referenceZip - 1)} vs zip -6's ${megabytes(referenceZip)})`,
        median(loads).toFixed(2)
      ])
    }

    const startUp = median(startUps)
    const bareNode = median(bare)
    console.log('')
    console.log(
      `median of ${RUNS} runs, node ${process.version}, ${os.availableParallelism()} cores; the action's time: spawn to its updatestatus call (sign-in, checks, packaging, committed upload), the emulator's processing after it excluded`
    )
    const header = [
      'site',
      'action: start to upload committed',
      'action CPU (user + sys) to then',
      'zip -qr + curl -T',
      'ratio',
      'action: start to exit (incl. emulator publishing)',
      'action CPU (user + sys, to exit)',
      'action peak RSS',
      "action's archive",
      'load (1 min)'
    ]
    console.log(`| ${header.join(' | ')} |`)
    console.log(`|${header.map(() => ' --- ').join('|')}|`)
    for (const row of rows) console.log(`| ${row.join(' | ')} |`)
    console.log('')
    console.log('goals (issue 26):')
    for (const verdict of verdicts) console.log(`- ${verdict}`)
    console.log('')
    console.log(
      `start-up (spawn to first request): ${startUp} ms; node -e 0: ${bareNode} ms; ratio ${(startUp / bareNode).toFixed(2)} (goal <= ${START_UP_GOAL}: ${met(startUp / bareNode <= START_UP_GOAL)}; load ${startUpLoad.toFixed(2)})`
    )
  } finally {
    await emulator.stop()
    await rm(work, { recursive: true, force: true })
  }
}

// Only when run as the script, so that the experiments can import the generators.
if (import.meta.main) await main()
