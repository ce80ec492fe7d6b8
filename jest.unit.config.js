/**
 * `npm run test:unit`: the suites that need no database and no Java (test/unit), without the global setup that
 * starts the test Neo4j. `npm test` runs them too, with every other suite.
 */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/test/unit'], globalSetup: undefined, globalTeardown: undefined };
