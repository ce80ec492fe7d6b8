import { auditServer } from 'graphql-http';
import { HttpApp } from '../helpers/http-app';

let app: HttpApp;

beforeAll(async () => {
  app = await HttpApp.prepared();
});

afterAll(() => app.stop());

describe('GraphQL over HTTP', () => {
  it("passes graphql-http's server audit with no error and no warning", async () => {
    const results = await auditServer({ url: `${app.url}/graphql` });
    const failing = results.filter((result) => result.status === 'error' || result.status === 'warn').map((result) => `${result.status} ${result.name}`);
    expect(failing).toEqual([]);
    // What is left are notices (MAY): GET requests without apollo-require-preflight, refused as CSRF prevention.
    const notices = results.filter((result) => result.status === 'notice').map((result) => result.name);
    expect(notices.every((name) => /GET/.test(name))).toBe(true);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThanOrEqual(58);
  });
});
