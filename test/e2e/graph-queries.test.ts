import { TestApi } from '../helpers/api';

describe('graph queries', () => {
  const api = new TestApi();
  afterAll(() => api.close());

  describe('neighbourhood', () => {
    it('returns the node, its neighbours and the relationships among them', async () => {
      const data = await api.data('{ neighbourhood(id: "person:edward-luck") { truncated nodes { id kind properties sources { document } } edges { id type source target } } }');
      const ids = data.neighbourhood.nodes.map((n: { id: string }) => n.id);
      expect(ids[0]).toBe('person:edward-luck');
      expect(ids).toEqual(expect.arrayContaining(['post:special-adviser-r2p', 'dialogue:2010-08-09']));
      expect(data.neighbourhood.truncated).toBe(false);
      for (const edge of data.neighbourhood.edges) {
        expect(ids).toContain(edge.source);
        expect(ids).toContain(edge.target);
      }
      expect(data.neighbourhood.nodes[0].properties).toMatchObject({ id: 'person:edward-luck', name: 'Edward Luck' });
    });

    it('follows only the types and direction asked', async () => {
      const data = await api.data('{ neighbourhood(id: "person:edward-luck", relationshipTypes: [HELD], direction: OUT) { nodes { id } edges { type } } }');
      expect(data.neighbourhood.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['person:edward-luck', 'post:special-adviser-r2p']);
      expect(data.neighbourhood.edges.map((e: { type: string }) => e.type)).toEqual(['HELD']);
    });

    it('cuts at limit nodes, nearest first, and says so', async () => {
      const data = await api.data('{ neighbourhood(id: "organ:general-assembly", depth: 3, limit: 10) { truncated nodes { id } } }');
      expect(data.neighbourhood.nodes).toHaveLength(10);
      expect(data.neighbourhood.nodes[0].id).toBe('organ:general-assembly');
      expect(data.neighbourhood.truncated).toBe(true);
    });

    it.each([
      ['depth: 0', 'depth must be between 1 and 4'],
      ['depth: 5', 'depth must be between 1 and 4'],
      ['limit: 0', 'limit must be between 1 and 1000'],
      ['limit: 1001', 'limit must be between 1 and 1000'],
    ])('rejects %s with BAD_USER_INPUT naming the range', async (args, message) => {
      const result = await api.run(`{ neighbourhood(id: "pillar:1", ${args}) { truncated } }`);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toContain(message);
    });

    it('returns NOT_FOUND for an unknown id', async () => {
      expect(await api.errorCode('{ neighbourhood(id: "person:nobody") { truncated } }')).toBe('NOT_FOUND');
    });
  });

  describe('shortestPath', () => {
    it('connects A/RES/60/1 to S/RES/2150(2014)', async () => {
      const data = await api.data('{ shortestPath(from: "A/RES/60/1", to: "S/RES/2150(2014)") { nodes { id } edges { type source target } } }');
      const ids = data.shortestPath.nodes.map((n: { id: string }) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['A/RES/60/1', 'S/RES/2150(2014)']));
      expect(data.shortestPath.edges.length).toBe(ids.length - 1);
    });

    it('returns null when no path exists within maxDepth', async () => {
      const data = await api.data('{ shortestPath(from: "crime:genocide", to: "person:nathan-beriro", maxDepth: 1) { nodes { id } } }');
      expect(data.shortestPath).toBeNull();
    });

    it('returns every shortest path with all: true', async () => {
      // The seed holds three shortest paths (three relationships each) between these two people.
      const one = await api.data('{ shortestPath(from: "person:edward-luck", to: "person:adama-dieng") { nodes { id } edges { id } } }');
      const all = await api.data('{ shortestPath(from: "person:edward-luck", to: "person:adama-dieng", all: true) { nodes { id } edges { id } } }');
      expect(one.shortestPath.nodes).toHaveLength(4);
      expect(one.shortestPath.edges).toHaveLength(3);
      expect(all.shortestPath.nodes.length).toBeGreaterThan(4);
      expect(all.shortestPath.edges.length).toBeGreaterThan(3);
      expect(all.shortestPath.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining(one.shortestPath.nodes.map((n: { id: string }) => n.id)));
    });

    it('rejects maxDepth 11 and unknown ends', async () => {
      expect(await api.errorCode('{ shortestPath(from: "pillar:1", to: "pillar:2", maxDepth: 11) { nodes { id } } }')).toBe('BAD_USER_INPUT');
      expect(await api.errorCode('{ shortestPath(from: "pillar:1", to: "pillar:9") { nodes { id } } }')).toBe('NOT_FOUND');
    });
  });

  describe('timeline', () => {
    it('lists what happened in 2011 in date order, nodes and relationships', async () => {
      const data = await api.data('{ timeline(from: "2011", to: "2011") { date entryKind description node { id } edge { type } } }');
      const dates = data.timeline.map((e: { date: string }) => e.date);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) expect(date.startsWith('2011')).toBe(true);
      const ids = data.timeline.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toEqual(expect.arrayContaining(['S/RES/1973(2011)', 'A/65/877', 'dialogue:2011-07-12']));
      expect(data.timeline.some((e: { entryKind: string }) => e.entryKind === 'RELATIONSHIP')).toBe(true);
    });

    it('keeps only the kinds asked', async () => {
      const data = await api.data('{ timeline(kinds: ["Report"]) { node { kind } } }');
      expect(data.timeline.length).toBeGreaterThanOrEqual(14);
      for (const entry of data.timeline) expect(entry.node.kind).toBe('Report');
    });

    it('rejects an unknown kind and a date that does not exist', async () => {
      expect(await api.errorCode('{ timeline(kinds: ["Nope"]) { date } }')).toBe('BAD_USER_INPUT');
      expect(await api.errorCode('{ timeline(from: "2011-02-30") { date } }')).toBe('BAD_USER_INPUT');
    });
  });

  describe('search', () => {
    it('finds Edward Luck first for "Luck"', async () => {
      const data = await api.data('{ search(text: "Luck") { score node { id kind label } } }');
      expect(data.search[0].node.id).toBe('person:edward-luck');
    });

    it('filters by kind and takes Lucene syntax as plain words', async () => {
      const data = await api.data('{ search(text: "genocide AND (prevention", kinds: ["Report"], first: 5) { node { kind } } }');
      expect(data.search.length).toBeGreaterThan(0);
      for (const hit of data.search) expect(hit.node.kind).toBe('Report');
    });

    it('rejects first: 101 and empty text', async () => {
      expect(await api.errorCode('{ search(text: "x", first: 101) { score } }')).toBe('BAD_USER_INPUT');
      expect(await api.errorCode('{ search(text: "") { score } }')).toBe('BAD_USER_INPUT');
    });
  });

  describe('related', () => {
    it('ranks the ICRtoP summary first for A/63/677 and says why', async () => {
      const data = await api.data('{ related(id: "A/63/677", first: 3) { score sharedCount reason node { id } shared { id } } }');
      expect(data.related[0].node.id).toBe('document:icrtop-summary-2009');
      expect(data.related[0].reason).toMatch(/^shares \d+ neighbours: /);
      expect(data.related[0].shared.length).toBeGreaterThan(0);
      expect(data.related[0].score).toBeGreaterThan(data.related[1].score);
    });

    it('returns NOT_FOUND for an unknown id', async () => {
      expect(await api.errorCode('{ related(id: "A/1/1") { score } }')).toBe('NOT_FOUND');
    });
  });

  describe('disputes and stats', () => {
    it('lists the date of A/RES/63/308 as disputed, with both claims and their sources', async () => {
      const data = await api.data('{ disputes { subject { id } property preferred { value reason } claims { value preferred sources { document passage } } } }');
      const dispute = data.disputes.find((d: { subject: { id: string }; property: string }) => d.subject.id === 'A/RES/63/308' && d.property === 'date');
      expect(dispute.preferred.value).toBe('2009-09-14');
      expect(dispute.claims.map((c: { value: string }) => c.value).sort()).toEqual(['2009-09-14', '2009-10-02']);
      for (const claim of dispute.claims) expect(claim.sources[0].passage.length).toBeGreaterThan(0);
    });

    it('counts nodes and relationships, none without a source', async () => {
      const data = await api.data('{ stats { totalNodes totalRelationships nodesWithoutSource relationshipsWithoutSource disputedFacts nodes { name count } relationships { name count } } }');
      expect(data.stats.nodesWithoutSource).toBe(0);
      expect(data.stats.relationshipsWithoutSource).toBe(0);
      expect(data.stats.nodes.find((c: { name: string }) => c.name === 'Pillar').count).toBe(3);
      expect(data.stats.totalNodes).toBe(data.stats.nodes.reduce((a: number, c: { count: number }) => a + c.count, 0));
      expect(data.stats.disputedFacts).toBeGreaterThanOrEqual(10);
    });
  });
});
