// Jest's TypeScript transform: esbuild strips the types, as ts-jest did here (tsconfig's
// isolatedModules made it transpile only; `npm run typecheck` checks the types). ts-jest loaded
// the TypeScript compiler into every worker and transpiled each file with it: on a fresh clone,
// whose Jest cache is empty, that cost the unit tests alone ~7 s of CPU.
import { createHash } from 'node:crypto'
import esbuild from 'esbuild'

const VERSION = `esbuild ${esbuild.version}`

export default {
  getCacheKey(source, file, options) {
    return createHash('sha256')
      .update(VERSION)
      .update('\0')
      .update(file)
      .update('\0')
      .update(String(options.supportsStaticESM))
      .update('\0')
      .update(source)
      .digest('hex')
  },
  process(source, file, options) {
    const { code } = esbuild.transformSync(source, {
      loader: 'ts',
      format: options.supportsStaticESM ? 'esm' : 'cjs',
      target: 'node24',
      sourcefile: file,
      sourcemap: 'inline'
    })
    return { code }
  }
}
