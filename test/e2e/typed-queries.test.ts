import { TestApi } from '../helpers/api';

describe('typed queries', () => {
  const api = new TestApi();
  afterAll(() => api.close());

  describe('node', () => {
    it.each([
      ['A/65/877', 'A/65/877'],
      ['S/2011/393', 'A/65/877'],
      ['A/65/877–S/2011/393', 'A/65/877'],
      ['A/65/877 - S/2011/393', 'A/65/877'],
      ['a/65/877-s/2011/393', 'A/65/877'],
      ['Person:Edward-Luck', 'person:edward-luck'],
    ])('finds %s as %s', async (asked, id) => {
      const data = await api.data('query($id: ID!) { node(id: $id) { id kind } }', { id: asked });
      expect(data.node.id).toBe(id);
    });

    it('returns NOT_FOUND for an unknown report symbol', async () => {
      const result = await api.run('{ node(id: "A/99/999") { id } }');
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'A/99/999' });
    });

    it('returns nodes in the order asked, with null for an unknown id', async () => {
      const data = await api.data('{ nodes(ids: ["pillar:2", "nope:x", "A/RES/63/308"]) { id } }');
      expect(data.nodes).toEqual([{ id: 'pillar:2' }, null, { id: 'A/RES/63/308' }]);
    });

    it('exposes the claims where sources disagree, the preferred one first', async () => {
      const data = await api.data('{ node(id: "A/RES/63/308") { ... on Resolution { date } claims { property value preferred reason sources { document passage } } } }');
      const dateClaims = data.node.claims.filter((c: { property: string }) => c.property === 'date');
      expect(data.node.date).toBe('2009-09-14');
      expect(dateClaims[0]).toMatchObject({ value: '2009-09-14', preferred: true });
      expect(dateClaims.map((c: { value: string }) => c.value)).toContain('2009-10-02');
      for (const claim of dateClaims) expect(claim.sources.length).toBeGreaterThan(0);
    });
  });

  describe('typed relationship fields', () => {
    it("gives a report's dialogue with the relationship type and the dialogue's date", async () => {
      const data = await api.data('{ node(id: "A/66/874") { ... on Report { dialogues { type sources { document } node { id startDate } } } } }');
      expect(data.node.dialogues).toEqual(
        expect.arrayContaining([expect.objectContaining({ node: { id: 'dialogue:2012-09-05', startDate: '2012-09-05' } })]),
      );
    });

    it('gives the 2012 dialogue its panelists and, both ways, the report discussed', async () => {
      const data = await api.data(
        '{ node(id: "dialogue:2012-09-05") { ... on Dialogue { panelists { properties { role } node { id name } } reports { node { id } } } } }',
      );
      const panelists = data.node.panelists.map((p: { node: { id: string } }) => p.node.id);
      expect(panelists).toEqual(
        expect.arrayContaining(['person:jan-eliasson', 'person:ivan-simonovic', 'person:gert-rosenthal', 'person:youssoufou-bamba', 'person:alex-bellamy']),
      );
      expect(data.node.reports.map((r: { node: { id: string } }) => r.node.id)).toContain('A/66/874');
    });

    it("gives a person's posts with the term's dates", async () => {
      const data = await api.data('{ node(id: "person:edward-luck") { ... on Person { posts { properties { from to } node { id } } } } }');
      expect(data.node.posts).toEqual(
        expect.arrayContaining([expect.objectContaining({ node: { id: 'post:special-adviser-r2p' }, properties: expect.objectContaining({ from: expect.stringMatching(/^2008/) }) })]),
      );
    });

    it("gives a pillar's measures and a resolution's organ", async () => {
      const data = await api.data(
        '{ p: node(id: "pillar:3") { ... on Pillar { measures { node { category } } } } r: node(id: "S/RES/1674(2006)") { ... on Resolution { adoptedBy { node { id } } } } }',
      );
      expect(data.p.measures.length).toBeGreaterThanOrEqual(10);
      expect(data.r.adoptedBy.map((l: { node: { id: string } }) => l.node.id)).toEqual(['organ:security-council']);
    });
  });

  describe('lists', () => {
    it('filters reports by a related dialogue in 2012', async () => {
      const data = await api.data(
        '{ reports(filter: { related: [{ type: DISCUSSED_AT, direction: OUT, kind: Dialogue, date: { eq: "2012" } }] }) { totalCount nodes { id } } }',
      );
      expect(data.reports.nodes.map((n: { id: string }) => n.id)).toEqual(['A/66/874']);
    });

    it('filters by text, date range, in and equality', async () => {
      const data = await api.data(`{
        a: reports(filter: { title: { contains: "PREVENTION" } }) { nodes { title } }
        b: resolutions(filter: { date: { from: "2011", to: "2011-03" } }, orderBy: { field: date, direction: ASC }) { nodes { id date } }
        c: pillars(filter: { number: { in: [1, 3] } }) { nodes { id } }
        d: measures(filter: { category: { eq: "way-forward" } }) { totalCount }
        e: people(filter: { name: { startsWith: "adama" } }) { nodes { id } }
      }`);
      expect(data.a.nodes.length).toBeGreaterThan(0);
      for (const node of data.a.nodes) expect(node.title.toLowerCase()).toContain('prevention');
      expect(data.b.nodes.map((n: { id: string }) => n.id)).toEqual(['S/RES/1970(2011)', 'S/RES/1973(2011)', 'S/RES/1975(2011)']);
      expect(data.c.nodes.map((n: { id: string }) => n.id)).toEqual(['pillar:1', 'pillar:3']);
      expect(data.d.totalCount).toBe(6);
      expect(data.e.nodes).toEqual([{ id: 'person:adama-dieng' }]);
    });

    it('pages forwards and backwards without gaps or repeats', async () => {
      const all = await api.data('{ people(first: 100, orderBy: { field: name }) { totalCount nodes { id } } }');
      const expected = all.people.nodes.map((n: { id: string }) => n.id);
      expect(expected.length).toBe(all.people.totalCount);

      const forwards: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await api.data(
          'query($after: String) { people(first: 7, after: $after, orderBy: { field: name }) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
          { after },
        );
        forwards.push(...page.people.edges.map((e: { node: { id: string } }) => e.node.id));
        expect(page.people.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!page.people.pageInfo.hasNextPage) break;
        after = page.people.pageInfo.endCursor;
      }
      expect(forwards).toEqual(expected);

      const backwards: string[] = [];
      let before: string | null = null;
      for (;;) {
        const page: any = await api.data(
          'query($before: String) { people(last: 5, before: $before, orderBy: { field: name }) { nodes { id } pageInfo { hasPreviousPage startCursor } } }',
          { before },
        );
        backwards.unshift(...page.people.nodes.map((n: { id: string }) => n.id));
        if (!page.people.pageInfo.hasPreviousPage) break;
        before = page.people.pageInfo.startCursor;
      }
      expect(backwards).toEqual(expected);
    });

    it('counts the whole list on an empty page: the total is a row of its own, not one of the page', async () => {
      const all = await api.data('{ people(first: 100, orderBy: { field: name }) { nodes { id } pageInfo { endCursor hasNextPage } } }');
      expect(all.people.pageInfo.hasNextPage).toBe(false);
      const past: any = await api.data(
        'query($after: String) { people(first: 5, after: $after, orderBy: { field: name }) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } }',
        { after: all.people.pageInfo.endCursor },
      );
      expect(past.people).toEqual({ totalCount: all.people.nodes.length, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
      const none = await api.data('{ reports(filter: { date: { from: "2999" } }) { totalCount nodes { id } } }');
      expect(none.reports).toEqual({ totalCount: 0, nodes: [] });
    });

    it('sorts descending and breaks ties by id', async () => {
      const data = await api.data('{ measures(first: 100, orderBy: { field: category, direction: DESC }) { nodes { id category } } }');
      const rows = data.measures.nodes as Array<{ id: string; category: string }>;
      const expected = [...rows].sort((a, b) => b.category.localeCompare(a.category) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      expect(rows.map((row) => row.id)).toEqual(expected.map((row) => row.id));
      // The 40 measures fall into five categories: most of the order comes from the tie-break.
      expect(new Set(rows.map((row) => row.category)).size).toBeLessThan(rows.length / 4);
    });

    it.each([
      ['first: 0', /first must be between 1 and 100/],
      ['first: 101', /first must be between 1 and 100/],
      ['last: 1000', /last must be between 1 and 100/],
      ['after: "not-a-cursor"', /after is not a cursor of this list/],
      ['first: 2, last: 2', /first or last, not both/],
    ])('rejects %s with BAD_USER_INPUT', async (args, message) => {
      const result = await api.run(`{ reports(${args}) { totalCount } }`);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(message);
    });

    it('rejects a cursor made for another order', async () => {
      const page = await api.data('{ reports(first: 1, orderBy: { field: title }) { pageInfo { endCursor } } }');
      const result = await api.run('query($c: String) { reports(first: 1, after: $c) { totalCount } }', { c: page.reports.pageInfo.endCursor });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects a date filter that is not an ISO date', async () => {
      const result = await api.run('{ reports(filter: { date: { from: "July 2009" } }) { totalCount } }');
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('round trips', () => {
    const nested = `query($first: Int) { reports(first: $first) { nodes { id
      dialogues { node { id speakers { node { id } } panelists { node { id } } } }
      pillars { node { id measures { node { id } } } } issuedBy { node { id } } } } }`;

    it('sends one Neo4j statement per top-level field, however nested and however many rows', async () => {
      const few = await api.run(nested, { first: 2 });
      const many = await api.run(nested, { first: 20 });
      expect(few.errors).toBeUndefined();
      expect(many.errors).toBeUndefined();
      expect(many.data?.reports.nodes.length).toBeGreaterThanOrEqual(14);
      expect(few.context.stats.roundTrips).toBe(1);
      expect(many.context.stats.roundTrips).toBe(1);
    });

    it('sends one statement for each top-level field of a request, typed side and graph side', async () => {
      const result = await api.run(`{
        a: reports(first: 3) { nodes { id dialogues { node { id speakers { node { id ... on Person { posts { node { id } } } } } } } } }
        b: node(id: "A/63/677") { id ... on Report { pillars { node { id measures { node { id } } } } } claims { id } }
        c: nodes(ids: ["A/63/677", "A/66/874"]) { id relationships(direction: OUT) { node { id relationships { type } } } }
        d: neighbourhood(id: "A/63/677", depth: 2) { nodes { id } edges { id } }
        e: search(text: "genocide", first: 5) { node { id } }
      }`);
      expect(result.errors).toBeUndefined();
      expect(result.context.stats.roundTrips).toBe(5);
    });

    it('falls back to one batched round trip per nesting level when selections are not projected', async () => {
      const many = await api.run(nested, { first: 20 }, { projectSelections: false });
      expect(many.errors).toBeUndefined();
      // The list, then reports' relations, then dialogues' and pillars' relations: three levels.
      expect(many.context.stats.roundTrips).toBe(3);
    });
  });
});
