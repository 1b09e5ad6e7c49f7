// A process of its own that has the zip readers read one archive, as another Jest worker would:
// `node --import tsx read-independently.ts <zip> <files JSON> [PATH once the readers are found]`.
// Prints the readers' names; a refusal is printed on stderr with exit code 1.
import { installedReaders, readIndependently } from '../../emulator/content/zipReaders.js'
import type { DeployedFile } from '../../emulator/content/types.js'

const [zipFile, filesJson, pathAfterwards] = process.argv.slice(2)
await installedReaders()
if (pathAfterwards !== undefined) process.env.PATH = pathAfterwards
try {
  const reading = await readIndependently(zipFile!, JSON.parse(filesJson!) as DeployedFile[])
  process.stdout.write(`${reading.readers.join(', ')}\n`)
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  // No process.exit: a reader left running or a timer left armed would keep this process alive.
  process.exitCode = 1
}
