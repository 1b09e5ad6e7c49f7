// The clients nobody here wrote that the tests hold the emulator to: Microsoft's Azure CLI, and
// Python's zipfile, libarchive's bsdtar and Info-ZIP unzip, which read every uploaded archive.
// `npm test` runs this first. All present: silent. Missing on Debian or Ubuntu, as root or with
// password-less sudo: installed with apt-get. Otherwise it stops at once with the exact command.
// Plain JavaScript on purpose: .ci/run calls it before `npm ci`, with whatever Node the machine has.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Per tool: the commands that provide it on each OS (macOS and Windows ship libarchive as `tar`,
 * Windows names Python `python`), and its package per package manager. `null`: not needed there
 * (Windows has no Info-ZIP; two readers are enough, emulator/content/zipReaders.ts).
 */
const TOOLS = [
  {
    name: 'Azure CLI',
    commands: { linux: ['az'], darwin: ['az'], win32: ['az'] },
    packages: { apt: 'azure-cli', brew: 'azure-cli', winget: 'Microsoft.AzureCLI' }
  },
  {
    name: 'Python 3',
    commands: { linux: ['python3'], darwin: ['python3'], win32: ['python', 'python3'] },
    packages: { apt: 'python3', brew: 'python', winget: 'Python.Python.3.13' }
  },
  {
    name: 'libarchive bsdtar',
    commands: { linux: ['bsdtar'], darwin: ['bsdtar', 'tar'], win32: ['bsdtar', 'tar'] },
    packages: { apt: 'libarchive-tools', brew: 'libarchive', winget: null }
  },
  {
    name: 'Info-ZIP unzip',
    commands: { linux: ['unzip'], darwin: ['unzip'], win32: null },
    packages: { apt: 'unzip', brew: 'unzip', winget: null }
  }
]

/** Whether `command` is an executable file on the PATH (with PATHEXT's extensions on Windows). */
function onPath(command) {
  const extensions =
    process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const extension of extensions) {
      const candidate = path.join(folder, command + extension)
      try {
        if (!statSync(candidate).isFile()) continue
        accessSync(candidate, constants.X_OK)
        return true
      } catch {
        // not here
      }
    }
  }
  return false
}

function installCommand(manager, packages) {
  switch (manager) {
    case 'apt':
      return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`
    case 'brew':
      return `brew install ${packages.join(' ')}`
    case 'winget':
      return packages.map((id) => `winget install -e --id ${id}`).join(' && ')
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
  return result.status === 0
}

const commandsHere = (tool) => tool.commands[process.platform] ?? tool.commands.linux
const missing = TOOLS.filter((tool) => {
  const commands = commandsHere(tool)
  return commands !== null && !commands.some(onPath)
})
if (missing.length === 0) process.exit(0)

const manager = { darwin: 'brew', win32: 'winget' }[process.platform] ?? 'apt'
const packages = missing.map((tool) => tool.packages[manager]).filter(Boolean)
const names = missing.map((tool) => tool.name).join(', ')

if (manager === 'apt' && onPath('apt-get')) {
  const asRoot = process.getuid?.() === 0
  const sudo = asRoot ? [] : onPath('sudo') && run('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null
  if (sudo !== null) {
    console.log(`The tests need ${names}: installing ${packages.join(' ')} with apt-get.`)
    const apt = (args) =>
      sudo.length ? run(sudo[0], [...sudo.slice(1), ...args]) : run(args[0], args.slice(1))
    // A fresh machine's package lists are empty or stale: without an update the install fails.
    if (apt(['apt-get', 'update']) && apt(['apt-get', 'install', '-y', ...packages])) {
      const still = missing.filter((tool) => !commandsHere(tool).some(onPath))
      if (still.length === 0) process.exit(0)
    }
    console.error(`Installing ${packages.join(' ')} did not provide ${names}.`)
    process.exit(1)
  }
}

console.error(
  `The tests need ${names}, which ${missing.length === 1 ? 'is' : 'are'} not on the PATH.\n` +
    `Install ${missing.length === 1 ? 'it' : 'them'}, then run the tests again:\n\n  ${installCommand(manager, packages)}\n`
)
process.exit(1)
