/**
 * The overload test alone (400 connections for 5 s against one API process): the last step of `npm test`, and
 * `npm run test:overload`. It runs after every other suite, in a jest of its own, because what it measures (the
 * `/health` median while the process sheds) is the machine's to give: nothing else of the suite may run beside it.
 * The test itself retries once, 10 s after a failed attempt (see test/e2e/overload.test.ts).
 */
const base = require('./jest.config');

module.exports = { ...base, testPathIgnorePatterns: ['/node_modules/'], testMatch: ['**/test/e2e/overload.test.ts'] };
