// Reads a user's .zip as the site (or the API): the central directory is checked entry by entry (names,
// symlinks, encryption, methods, declared sizes) before a byte of content is inflated, and yauzl
// verifies while streaming that no entry inflates past what it declared (zip bombs).
import type { Entry, ZipFile } from 'yauzl'
import { InputError } from '../errors.js'
import { counted, endSentence, printable } from '../format.js'
import type { HeadObserver } from './credentials.js'
import { checkEntryName } from './names.js'
import { tooManyFiles, formatMegabytes } from './limits.js'
import { SITE_PACKAGE, type PackageKind, type PayloadFile, type PayloadLimits } from './types.js'

const UNIX_HOST = 3
/**
 * "Version made by" hosts (APPNOTE 4.4.2) whose tools may write `\` between folders, as Windows
 * PowerShell 5.1's Compress-Archive does: MS-DOS/FAT (0, .NET Framework writes this), NTFS, VFAT.
 */
const DOS_HOSTS: ReadonlySet<number> = new Set([0, 10, 14])
const SYMLINK_MODE = 0o120000
const FILE_TYPE_MASK = 0o170000
const STORED = 0
const DEFLATED = 8

/**
 * Opens the archive and lists its files; the archive stays open for the zip writer to read.
 * `observer` sees each entry's first bytes as they are inflated (the credential check).
 */
export async function readZipInput(
  zipPath: string,
  limits: PayloadLimits,
  observer?: HeadObserver,
  kind: PackageKind = SITE_PACKAGE
): Promise<{ archive: ZipFile; files: PayloadFile[] }> {
  // Loaded here, not at start-up: a folder input, the usual one, never needs it (issue 26).
  const { default: yauzl } = await import('yauzl')
  const archive = await openArchive(yauzl, zipPath, kind)
  try {
    const files = await listEntries(yauzl, archive, limits, kind)
    await verifyInflatedSizes(files, observer)
    return { archive, files }
  } catch (error) {
    archive.close()
    throw error
  }
}

type Yauzl = typeof import('yauzl')

function openArchive(yauzl: Yauzl, zipPath: string, kind: PackageKind): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      zipPath,
      // decodeStrings off: names are decoded and judged here, so the error can name the entry.
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
        strictFileNames: true
      },
      (error, archive) => {
        if (error) reject(unreadable(zipPath, error, kind))
        else resolve(archive)
      }
    )
  })
}

function listEntries(
  yauzl: Yauzl,
  archive: ZipFile,
  limits: PayloadLimits,
  kind: PackageKind
): Promise<PayloadFile[]> {
  return new Promise((resolve, reject) => {
    const files: PayloadFile[] = []
    let declaredBytes = 0
    const fail = (error: unknown): void => {
      archive.removeAllListeners('entry')
      reject(error)
    }
    archive.on('error', (error: unknown) => fail(unreadable('the .zip', error, kind)))
    archive.on('end', () => resolve(files))
    archive.on('entry', (entry: Entry) => {
      try {
        const file = judgeEntry(yauzl, archive, entry)
        if (file !== undefined) {
          files.push(file)
          declaredBytes += file.size
          if (files.length > limits.maxFiles)
            throw tooManyFiles(limits, `more than ${limits.maxFiles}`, kind)
          // Refused on the declared sizes, before anything is inflated.
          if (declaredBytes > limits.maxTotalBytes) {
            throw new InputError(
              `The .zip declares more than ${formatMegabytes(limits.maxTotalBytes)} of content (${declaredBytes} bytes once entry ${files.length}, '${printable(file.name)}', is counted), over the limit of ${kind.limitOwner}.`,
              {
                doc: 'payload-limits',
                fix: `${kind.shrink} A .zip is measured by its uncompressed size.`
              }
            )
          }
        }
        archive.readEntry()
      } catch (error) {
        fail(error)
      }
    })
    archive.readEntry()
  })
}

/** A file entry, undefined for a folder entry; throws for anything unsafe. */
function judgeEntry(yauzl: Yauzl, archive: ZipFile, entry: Entry): PayloadFile | undefined {
  const rawName = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true
  )
  // Read as its host meant it; the converted name then passes every check ('..\\x' is traversal).
  const written = DOS_HOSTS.has(entry.versionMadeBy >> 8) ? rawName.replaceAll('\\', '/') : rawName
  const isFolder = written.endsWith('/') && entry.uncompressedSize === 0
  const name = checkEntryName(isFolder ? written.slice(0, -1) : written, '.zip entry')
  const refuse = (problem: string): InputError =>
    new InputError(`Refused .zip entry '${printable(name)}': ${problem}.`, {
      doc: 'payload-unsafe',
      fix: 'Rebuild the .zip from its folder (plain files, no links, no encryption); nothing was uploaded.'
    })
  const mode = (entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK
  if (entry.versionMadeBy >> 8 === UNIX_HOST && mode === SYMLINK_MODE)
    throw refuse('it is a symbolic link')
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) throw refuse('it is encrypted')
  if (isFolder) return undefined
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw refuse(
      `it uses compression method ${entry.compressionMethod} (only stored and deflate are read)`
    )
  }
  return { name, size: entry.uncompressedSize, source: { kind: 'zip-entry', archive, entry } }
}

const VERIFY_CONCURRENCY = 4

/**
 * Inflates every entry once, keeping nothing, so that an entry whose data inflates past (or
 * short of) its declared size is refused here, before any network call, not halfway through
 * the upload. yauzl stops reading at the first byte over the declared size.
 */
async function verifyInflatedSizes(
  files: readonly PayloadFile[],
  observer: HeadObserver | undefined
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++] as PayloadFile
      await inflateAndDiscard(file, observer)
    }
  }
  await Promise.all(Array.from({ length: VERIFY_CONCURRENCY }, worker))
}

function inflateAndDiscard(file: PayloadFile, observer: HeadObserver | undefined): Promise<void> {
  const source = file.source
  if (source.kind !== 'zip-entry') return Promise.resolve()
  const refuse = (error: unknown): InputError => {
    const reason = error instanceof Error ? error.message : String(error)
    const problem = /too many bytes/i.test(reason)
      ? `it inflates to more than the ${counted(file.size, 'byte')} it declares (a zip bomb, or a corrupt archive)`
      : /not enough bytes/i.test(reason)
        ? `it inflates to fewer than the ${counted(file.size, 'byte')} it declares (a corrupt archive)`
        : `its data cannot be read (${printable(reason)})`
    return new InputError(`Refused .zip entry '${printable(file.name)}': ${problem}.`, {
      doc: 'payload-unsafe',
      fix: 'Rebuild the .zip from its folder; nothing was uploaded.'
    })
  }
  return new Promise((resolve, reject) => {
    source.archive.openReadStream(source.entry, (error, stream) => {
      if (error) return reject(refuse(error))
      stream.on('error', (streamError) => reject(refuse(streamError)))
      stream.on('end', () => {
        observer?.observe(file, Buffer.concat(head))
        resolve()
      })
      // The first bytes are kept for the observer, the rest is discarded.
      const head: Buffer[] = []
      let kept = 0
      stream.on('data', (chunk: Buffer) => {
        if (observer === undefined || kept >= observer.bytes) return
        head.push(chunk.subarray(0, observer.bytes - kept))
        kept += head.at(-1)!.length
      })
    })
  })
}

function unreadable(what: string, error: unknown, kind: PackageKind): InputError {
  const reason = error instanceof Error ? error.message : String(error)
  return new InputError(`Cannot read ${what} as a zip archive: ${endSentence(printable(reason))}`, {
    doc: 'payload-unsafe',
    fix: `Point ${kind.input} at a valid .zip or at the build folder.`
  })
}
