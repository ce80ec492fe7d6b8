import { TestApi } from '../helpers/api';

describe('pillars', () => {
  const api = new TestApi();
  afterAll(() => api.close());

  it('returns the three pillars with the wording of the UN page, in order', async () => {
    const data = await api.data('{ pillars { totalCount nodes { id number wording sources { document passage } } } }');
    expect(data.pillars.totalCount).toBe(3);
    expect(data.pillars.nodes.map((p: { id: string }) => p.id)).toEqual(['pillar:1', 'pillar:2', 'pillar:3']);
    expect(data.pillars.nodes[0].wording).toMatch(/^The State carries the primary responsibility for protecting populations from genocide/);
    expect(data.pillars.nodes[1].wording).toMatch(/encourage and assist States in fulfilling this responsibility/);
    expect(data.pillars.nodes[2].wording).toMatch(/manifestly failing to protect its populations/);
    for (const pillar of data.pillars.nodes) expect(pillar.sources.length).toBeGreaterThan(0);
  });
});
