const { swcOptions, jestModuleNameMapper } = require('./tools/swc-options.cjs');

/**
 * Shared Jest settings. Unit tests are `*.spec.ts` beside the code; integration tests are
 * `*.int-spec.ts` and talk to the real NATS JetStream and Postgres (see libs/platform/testing).
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions(), swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: jestModuleNameMapper(),
  testMatch: ['<rootDir>/**/*.spec.ts', '<rootDir>/**/*.int-spec.ts'],
  setupFiles: [require.resolve('./tools/jest/setup-env.cjs')],
  testTimeout: 60_000,
  // Nx runs two projects at once on the 2-core CI machine; each project runs its files one by one.
  maxWorkers: 1,
  passWithNoTests: false,
  // In CI a suite whose beforeAll failed half-way (services started, others not) must fail the run,
  // not keep Jest waiting on the connections it left open until the CI time limit.
  forceExit: process.env.CI === 'true',
  reporters: ['default', require.resolve('./tools/jest/summary-reporter.cjs')],
};
