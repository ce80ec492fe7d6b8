/** Jest runs unit, integration and e2e suites against the Neo4j that test/global-setup.ts starts. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The overload test runs by itself, after the rest (npm test, npm run test:overload): see jest.overload.config.js.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/overload.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
};
