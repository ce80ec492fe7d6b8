/**
 * `npm run test:overload`: the overload test alone (400 connections for 5 s against one API process). It is kept
 * out of `npm test` because its /health goal holds with a margin of a few milliseconds at most on a 2-core machine
 * (docs/reliability.md), and a red `npm test` must mean a defect, not a busy machine.
 */
const base = require('./jest.config');

module.exports = { ...base, testPathIgnorePatterns: ['/node_modules/'], testMatch: ['**/test/e2e/overload.test.ts'] };
