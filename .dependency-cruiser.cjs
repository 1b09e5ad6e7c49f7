// The layering of STYLE.md, checked by `npm run lint` (depcruise): entry points -> actions ->
// service clients -> http/payload -> small helpers. Type-only imports count: a cycle through
// types still ties two modules' designs together.
/** Modules every layer may use: leaves with no imports of their own from src/. */
const HELPERS =
  '^src/(errors|format|json|jwtClaims|paths|secrets|knobs|timing|log|cancel|clouds|suggest)\\.ts$'

/** One client per remote service, and what they stand on. */
const SERVICE_CLIENTS = '^src/(arm|content|entra|github|graph|rbac|payload|http)/'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'An import cycle in src/ or emulator/: one of the modules belongs lower.',
      severity: 'error',
      from: { path: '^(src|emulator)/' },
      to: { circular: true }
    },
    {
      name: 'src-stands-alone',
      comment: 'The shipped code never loads the emulator, the tests or the scripts.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(emulator|__tests__|scripts)/' }
    },
    {
      name: 'http-knows-nothing-above',
      comment: 'The transport, retries and limits serve every client: they import only helpers.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/', pathNot: ['^src/http/', HELPERS, '^package\\.json$'] }
    },
    {
      name: 'payload-knows-nothing-above',
      comment:
        'The payload (folder or zip -> checked package and archive) knows no service or input.',
      severity: 'error',
      from: { path: '^src/payload/' },
      to: { path: '^src/', pathNot: ['^src/payload/', '^src/http/', HELPERS] }
    },
    {
      name: 'inputs-call-no-service',
      comment: 'Reading the inputs happens before any network call: src/inputs/ imports no client.',
      severity: 'error',
      from: { path: '^src/inputs/' },
      to: { path: '^src/(arm|content|entra|github|graph|rbac|http)/' }
    },
    {
      name: 'helpers-are-leaves',
      comment: 'The small helpers import only each other.',
      severity: 'error',
      from: { path: HELPERS },
      to: { path: '^src/', pathNot: [HELPERS] }
    },
    {
      name: 'clients-know-no-action',
      comment:
        'The service clients serve every action: they import neither the actions nor the sign-in stage.',
      severity: 'error',
      from: { path: SERVICE_CLIENTS },
      to: { path: '^src/(actions|signIn)/' }
    },
    {
      name: 'sign-in-knows-no-action',
      comment: 'Sign-in is one stage under every action: it imports none of them.',
      severity: 'error',
      from: { path: '^src/signIn/' },
      to: { path: '^src/actions/' }
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (entry points and tests excepted).',
      severity: 'error',
      from: {
        orphan: true,
        path: '^src/',
        pathNot: ['^src/index\\.ts$', '^src/setup\\.ts$', '\\.d\\.ts$']
      },
      to: {}
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json']
    }
  }
}
