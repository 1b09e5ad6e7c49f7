// NODE_OPTIONS=--import of every action run the emulator sets up (standInNodeOptions). In a
// stand-in of the program form, a copy of Node.js named as the client is (src/engine/platform.ts),
// it starts the stand-in: from the suite's program bundle when its URL's query names one, else
// program.ts through tsx. In any other Node.js process, the action's own among them, it does
// nothing beyond this check of a name: no file is read and tsx is not loaded. Its main thread only:
// the thread tsx's module hooks run on is given this preload too.
import path from 'node:path'
import { isMainThread } from 'node:worker_threads'

if (isMainThread && /^StaticSitesClient(\.exe)?$/i.test(path.basename(process.execPath))) {
  const bundle = new URL(import.meta.url).searchParams.get('program')
  if (bundle) {
    // Its entry calls runBuiltIn(), which never returns.
    await import(bundle)
  } else {
    await import('tsx')
    const { runBuiltIn } = await import('./program.ts')
    await runBuiltIn()
  }
}
