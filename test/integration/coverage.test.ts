import { CoverageRepository } from '../../src/graph/coverage.repository';
import { TestApi } from '../helpers/api';
import { testDriver, testGraph } from '../helpers/db';

interface Figure {
  id: string;
  count: number;
  qualifier: string | null;
  asOf: string;
  publisher: string | null;
  sources: Array<{ url: string | null; passage: string | null }>;
}
interface Row {
  organ: { id: string; name: string };
  kind: string;
  held: number;
  byYear: Array<{ year: number; count: number }>;
  publishedTotals: Figure[];
  latestTotal: Figure | null;
  missing: number | null;
  disagreements: Array<{ earlier: { id: string }; later: { id: string }; reason: string }>;
}

const FIGURE = 'id count qualifier asOf publisher sources { url passage }';
const COVERAGE = `{ coverage {
  organ { id name } kind held byYear { year count } missing
  publishedTotals { ${FIGURE} } latestTotal { ${FIGURE} }
  disagreements { earlier { id } later { id } reason } } }`;

describe('coverage', () => {
  const api = new TestApi();
  afterAll(() => api.close());

  let rows: Row[];
  beforeAll(async () => {
    rows = (await api.data<{ coverage: Row[] }>(COVERAGE)).coverage;
  });
  const row = (organ: string, kind: string) => {
    const found = rows.find((r) => r.organ.id === organ && r.kind === kind);
    expect(found).toBeDefined();
    return found!;
  };

  it('counts the Security Council resolutions the graph holds, by year, as the resolutions list does', async () => {
    const data = await api.data(
      '{ resolutions(first: 1, filter: { related: [{ type: ADOPTED_BY, direction: OUT, id: "organ:security-council" }] }) { totalCount } }',
    );
    const sc = row('organ:security-council', 'Resolution');
    expect(sc.held).toBe(data.resolutions.totalCount);
    expect(sc.held).toBeGreaterThan(0);
    expect(sc.byYear.reduce((sum, y) => sum + y.count, 0)).toBe(sc.held);
    expect(sc.byYear.map((y) => y.year)).toEqual([...sc.byYear.map((y) => y.year)].sort((a, b) => a - b));
  });

  it('sets the Global Centre\'s totals beside the Security Council resolutions, oldest first, each with its source', () => {
    const sc = row('organ:security-council', 'Resolution');
    expect(sc.publishedTotals.filter((t) => t.publisher === 'Global Centre for the Responsibility to Protect').map((t) => [t.asOf, t.count])).toEqual([
      ['2016-06-28', 48],
      ['2019-06-07', 81],
      ['2020-06-18', 84],
      ['2021-06-11', 92],
      ['2024-06-06', 93],
      ['2025-06-03', 97],
    ]);
    expect(sc.latestTotal).toMatchObject({ count: 97, asOf: '2025-06-03' });
    expect(sc.latestTotal!.sources[0].passage).toMatch(/adopted 97 resolutions and 17 presidential statements/);
    expect(sc.latestTotal!.sources[0].url).toBe('https://www.globalr2p.org/publications/2026-2027-un-security-council-elections-and-the-responsibility-to-protect');
    expect(sc.missing).toBe(Math.max(0, 97 - sc.held));
  });

  it('shows the presidential-statement totals that fall from 21 to 17 as disagreements', () => {
    const prst = row('organ:security-council', 'PresidentialStatement');
    const pairs = prst.disagreements.map((d) => `${d.earlier.id} > ${d.later.id}`);
    expect(pairs).toContain('total:gcr2p-sc-statements-2021-06-11 > total:gcr2p-sc-statements-2024-06-06');
    expect(pairs).toContain('total:gcr2p-sc-statements-2019-06-07 > total:gcr2p-sc-statements-2025-06-03');
    expect(prst.disagreements[0].reason).toMatch(/later total \(17, .*\) is lower than an earlier one \(21,/);
    expect(row('organ:security-council', 'Resolution').disagreements).toEqual([]);
  });

  it('holds a lower-bound total with its qualifier and does not count it as a disagreement', () => {
    const hrc = row('organ:human-rights-council', 'Resolution');
    expect(hrc.publishedTotals.map((t) => [t.asOf, t.qualifier, t.count])).toEqual([
      ['2016-09-06', 'over', 15],
      ['2020-07-17', 'more than', 50],
      ['2020-10-13', null, 54],
    ]);
    expect(hrc.disagreements).toEqual([]);
  });

  it('counts the seventeen annual reports under the Secretariat beside the published count of reports', () => {
    const reports = row('organ:secretariat', 'Report');
    expect(reports.held).toBe(17);
    expect(reports.latestTotal).toMatchObject({ count: 16, asOf: '2024-07-25' });
    expect(reports.missing).toBe(0);
  });

  it('answers in one round trip', async () => {
    const result = await api.run('{ coverage { kind held publishedTotals { id count } } }');
    expect(result.errors).toBeUndefined();
    expect(result.context.stats.roundTrips).toBe(1);
  });

  it('reads the totals\' passages only when sources are asked for', async () => {
    const driver = testDriver();
    try {
      const repository = new CoverageRepository(testGraph(driver));
      const bare = (await repository.coverage({ withSources: false })).flatMap((r) => r.publishedTotals);
      const full = (await repository.coverage({ withSources: true })).flatMap((r) => r.publishedTotals);
      expect(bare.length).toBeGreaterThan(0);
      expect(bare.every((t) => t.sources.length === 0)).toBe(true);
      expect(full.every((t) => t.sources.length > 0 && t.sources.every((src) => (src.passage ?? '').length > 0))).toBe(true);
    } finally {
      await driver.close();
    }
  });
});
