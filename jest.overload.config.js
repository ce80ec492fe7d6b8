/**
 * The overload test alone (400 connections for 5 s against one API process): `npm test` runs it after every other
 * suite, so that no other suite shares the cores with it; `npm run test:overload` runs it by itself.
 */
const base = require('./jest.config');

module.exports = { ...base, testPathIgnorePatterns: ['/node_modules/'], testMatch: ['**/test/e2e/overload.test.ts'] };
