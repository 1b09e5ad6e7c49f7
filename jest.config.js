// Tests run as ESM because @actions/core 3 and @actions/http-client 4 ship ESM only.
// Most test time is waiting (action runs, emulator replies, deliberate hangs), so more workers
// than cores keep both cores busy; KEYLESS_SWA_TEST_WORKERS overrides the figure measured here.
// Measured again on a shared 2-core machine: 4 workers 1227 s (load ~14), 2 workers 1338 s (~11).
export default {
  testEnvironment: '<rootDir>/__tests__/support/temp-environment.mjs',
  globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/support/global-teardown.mjs',
  testSequencer: '<rootDir>/__tests__/support/sequencer.mjs',
  maxWorkers: Number(process.env.KEYLESS_SWA_TEST_WORKERS) || 4,
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/__tests__/support/transform-ts.mjs' },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Above e2e.ts's RUN_KILL_MS, so a hung run is killed, and fails its test, before Jest gives up.
  testTimeout: 120000,
  verbose: true
}
