import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { Driver } from 'neo4j-driver';
import { create } from 'xmlbuilder2';
import { TestApi } from '../helpers/api';
import { testDriver } from '../helpers/db';
import { HttpApp } from '../helpers/http-app';

const EXPORT = `query Export($format: ExportFormat!, $ids: [ID!], $depth: Int, $types: [RelationshipType!]) {
  exportGraph(format: $format, ids: $ids, depth: $depth, relationshipTypes: $types)
}`;
const NEIGHBOURHOOD = `query N($id: ID!, $depth: Int) {
  neighbourhood(id: $id, depth: $depth, limit: 1000) { truncated nodes { id label properties } edges { id } }
}`;

interface Counts {
  totalNodes: number;
  totalRelationships: number;
  relationships: Array<{ name: string; count: number }>;
}

describe('graph exports', () => {
  let driver: Driver;
  let api: TestApi;
  let app: HttpApp;
  let counts: Counts;

  const exported = (variables: Record<string, unknown>) =>
    api.data<{ exportGraph: string }>(EXPORT, variables).then((data) => data.exportGraph);

  beforeAll(async () => {
    driver = testDriver();
    api = new TestApi(driver);
    app = await new HttpApp(driver).start();
    counts = (await api.data<{ stats: Counts }>('{ stats { totalNodes totalRelationships relationships { name count } } }')).stats;
  });
  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  describe('of the whole graph', () => {
    it('GraphML is read by graphology-graphml with the graph\'s node and relationship counts and attributes', async () => {
      const graph = parseGraphml(Graph, await exported({ format: 'GRAPHML' }));
      expect(graph.order).toBe(counts.totalNodes);
      expect(graph.size).toBe(counts.totalRelationships);
      expect(graph.getNodeAttributes('person:edward-luck')).toMatchObject({ kind: 'Person', label: 'Edward Luck', name: 'Edward Luck' });
      expect(JSON.parse(graph.getNodeAttribute('person:edward-luck', 'sources')).length).toBeGreaterThan(0);
      const held = graph.outEdges('person:edward-luck').filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'HELD');
      expect(held.length).toBeGreaterThan(0);
      expect(graph.getEdgeAttribute(held[0], 'from')).toMatch(/^\d{4}/);
      expect(graph.getNodeAttribute('A/63/677', 'kind')).toBe('Report');
    });

    it('GEXF is read by graphology-gexf with the counts, and is dynamic with dated nodes and terms as spells', async () => {
      const text = await exported({ format: 'GEXF' });
      const graph = parseGexf(Graph, text);
      expect(graph.order).toBe(counts.totalNodes);
      expect(graph.size).toBe(counts.totalRelationships);
      expect(graph.getNodeAttributes('country:cote-divoire')).toMatchObject({ kind: 'Country', label: 'Côte d’Ivoire' });

      const root = create(text).root();
      const graphElement = root.find((node) => node.node.nodeName === 'graph', false, true)!;
      expect(graphElement.toObject()).toMatchObject({ graph: { '@mode': 'dynamic', '@timeformat': 'date' } });
      const report = root.find((node) => node.node.nodeName === 'node' && (node.node as any).getAttribute('id') === 'A/63/677', false, true)!;
      expect(report.toString()).toMatch(/<spell start="2009-01-\d\d"\/>/);
      const held = root.filter((node) => node.node.nodeName === 'edge' && /^person:edward-luck\|HELD\|/.test((node.node as any).getAttribute('id')), false, true);
      expect(held.length).toBeGreaterThan(0);
      expect(held[0].toString()).toMatch(/<spell start="\d{4}-\d\d-\d\d"( end="\d{4}-\d\d-\d\d")?\/>/);
    });

    it('Cytoscape JSON loads in headless Cytoscape with the counts and each element\'s data', async () => {
      const cy = cytoscape({ headless: true, elements: JSON.parse(await exported({ format: 'CYTOSCAPE' })).elements });
      expect(cy.nodes().length).toBe(counts.totalNodes);
      expect(cy.edges().length).toBe(counts.totalRelationships);
      expect(cy.getElementById('person:edward-luck').data()).toMatchObject({ kind: 'Person', label: 'Edward Luck' });
      expect(cy.getElementById('person:edward-luck').data('sources')[0]).toHaveProperty('document');
      expect(cy.getElementById('person:edward-luck').outgoers('edge').map((edge) => edge.data('type'))).toContain('HELD');
    });

    it('graphology JSON imports as a multi-graph with the counts, parallel relationships kept apart', async () => {
      const graph = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY' })));
      expect(graph.multi).toBe(true);
      expect(graph.order).toBe(counts.totalNodes);
      expect(graph.size).toBe(counts.totalRelationships);
      expect(graph.getNodeAttribute('person:edward-luck', 'properties')).toMatchObject({ name: 'Edward Luck' });
      // A key makes an id distinct, but a keyed relationship need not have a twin (every REFERENCES is keyed
      // by its paragraph), so the parallel ones are those whose id shares its `from|TYPE|to` with another.
      const sharing = new Map<string, string[]>();
      for (const edge of graph.edges().filter((id) => id.includes('#'))) {
        const base = edge.slice(0, edge.indexOf('#'));
        sharing.set(base, [...(sharing.get(base) ?? []), edge]);
      }
      const parallel = [...sharing.values()].filter((edges) => edges.length > 1);
      expect(parallel.length).toBeGreaterThan(0);
      for (const edges of parallel) {
        expect(graph.edges(graph.source(edges[0]), graph.target(edges[0]))).toEqual(expect.arrayContaining(edges));
      }
    });

    it('keeps only relationships of the types asked, and every node', async () => {
      const graph = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY', types: ['HELD'] })));
      expect(graph.order).toBe(counts.totalNodes);
      expect(graph.size).toBe(counts.relationships.find((type) => type.name === 'HELD')!.count);
      expect(new Set(graph.mapEdges((_edge, attributes) => attributes.type))).toEqual(new Set(['HELD']));
    });

    it('is one Neo4j round trip', async () => {
      const result = await api.run(EXPORT, { format: 'GRAPHML' });
      expect(result.context.stats.roundTrips).toBe(1);
    });
  });

  describe('of a selection', () => {
    it('with one id and depth exports exactly the neighbourhood query\'s nodes and relationships', async () => {
      const neighbourhood = (await api.data(NEIGHBOURHOOD, { id: 'person:edward-luck', depth: 2 })).neighbourhood;
      expect(neighbourhood.truncated).toBe(false);
      const graph = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY', ids: ['person:edward-luck'], depth: 2 })));
      expect(new Set(graph.nodes())).toEqual(new Set(neighbourhood.nodes.map((node: { id: string }) => node.id)));
      expect(new Set(graph.edges())).toEqual(new Set(neighbourhood.edges.map((edge: { id: string }) => edge.id)));
    });

    it('with several ids exports the union of their neighbourhoods and every relationship among it, in one round trip', async () => {
      const ids = ['person:edward-luck', 'country:cote-divoire'];
      const hoods = await Promise.all(ids.map((id) => api.data(NEIGHBOURHOOD, { id, depth: 1 })));
      const union = new Set(hoods.flatMap((hood) => hood.neighbourhood.nodes.map((node: { id: string }) => node.id)));
      const result = await api.run<{ exportGraph: string }>(EXPORT, { format: 'GRAPHOLOGY', ids, depth: 1 });
      expect(result.context.stats.roundTrips).toBe(1);
      const graph = Graph.from(JSON.parse(result.data!.exportGraph));
      expect(new Set(graph.nodes())).toEqual(union);
      for (const hood of hoods) for (const edge of hood.neighbourhood.edges) expect(graph.hasEdge(edge.id)).toBe(true);
    });

    it('with depth 0 exports just the nodes asked and the relationships among them', async () => {
      const full = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY', ids: ['person:edward-luck'], depth: 1 })));
      const neighbour = full.outNeighbors('person:edward-luck')[0];
      const graph = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY', ids: ['person:edward-luck', neighbour], depth: 0 })));
      expect(graph.nodes().sort()).toEqual(['person:edward-luck', neighbour].sort());
      const between = full.filterEdges((_edge, _attributes, source, target) => [source, target].sort().join() === graph.nodes().sort().join());
      expect(graph.edges().sort()).toEqual(between.sort());
      expect(graph.size).toBeGreaterThan(0);
    });

    it('keeps quotes and non-Latin letters through GraphML and GEXF exactly as the API shows them', async () => {
      const ids = ['country:cote-divoire', 'person:ban-ki-moon'];
      const shown = (await api.data(NEIGHBOURHOOD, { id: 'person:ban-ki-moon', depth: 1 })).neighbourhood.nodes[0];
      expect(shown.properties.description).toContain('"');
      for (const [format, parse] of [['GRAPHML', parseGraphml], ['GEXF', parseGexf]] as const) {
        const graph = parse(Graph, await exported({ format, ids, depth: 0 }));
        expect(graph.getNodeAttribute('country:cote-divoire', 'label')).toBe('Côte d’Ivoire');
        expect(graph.getNodeAttribute('person:ban-ki-moon', 'description')).toBe(shown.properties.description);
        expect(graph.getNodeAttribute('person:ban-ki-moon', 'label')).toBe(shown.label);
      }
    });

    it('writes what it holds into the file', async () => {
      const graph = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY', ids: ['pillar:1'], depth: 2, types: ['ADDRESSES'] })));
      expect(graph.getAttribute('description')).toBe('The nodes within 2 relationships of pillar:1, and the relationships among them; relationships: ADDRESSES.');
    });
  });

  describe('validation', () => {
    it.each([
      [{ depth: 5, ids: ['pillar:1'] }, 'depth', 'depth must be between 0 and 4'],
      [{ depth: -1, ids: ['pillar:1'] }, 'depth', 'depth must be between 0 and 4'],
      [{ ids: [] }, 'ids', 'ids must hold at least one id'],
      [{ ids: Array.from({ length: 301 }, (_, i) => `pillar:${i}`) }, 'ids', 'ids must hold at most 300 ids'],
      [{ ids: ['x'.repeat(201)] }, 'ids', 'each id must be 1 to 200 characters long'],
    ])('rejects %j with BAD_USER_INPUT naming %s', async (variables, argument, message) => {
      const result = await api.run(EXPORT, { format: 'GRAPHML', ...variables });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [argument] });
      expect(result.errors?.[0].message).toContain(message);
    });

    it('returns NOT_FOUND naming the first unknown id', async () => {
      const result = await api.run(EXPORT, { format: 'GEXF', ids: ['pillar:1', 'person:nobody'] });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'person:nobody' });
    });
  });

  describe('over HTTP', () => {
    it.each([
      ['r2p.graphml', 'GRAPHML', 'application/graphml+xml; charset=utf-8'],
      ['r2p.gexf', 'GEXF', 'application/gexf+xml; charset=utf-8'],
      ['r2p.cyjs', 'CYTOSCAPE', 'application/json; charset=utf-8'],
      ['r2p.json', 'GRAPHOLOGY', 'application/json; charset=utf-8'],
    ])('GET /export/%s downloads the same file as exportGraph(format: %s), with its content type and name', async (file, format, type) => {
      const response = await app.raw('GET', `/export/${file}?ids=person:edward-luck,A/63/677&depth=2&relationshipTypes=HELD&relationshipTypes=ISSUED_BY`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['content-disposition']).toBe(`attachment; filename=${file}`);
      expect(response.text).toBe(
        await exported({ format, ids: ['person:edward-luck', 'A/63/677'], depth: 2, types: ['HELD', 'ISSUED_BY'] }),
      );
    });

    it('downloads the whole graph without parameters', async () => {
      const response = await app.raw('GET', '/export/r2p.graphml');
      expect(parseGraphml(Graph, response.text).order).toBe(counts.totalNodes);
    });

    it.each([
      ['/export/r2p.graphml?depth=9&ids=pillar:1', 400, 'BAD_USER_INPUT', 'depth'],
      ['/export/r2p.graphml?depth=two&ids=pillar:1', 400, 'BAD_USER_INPUT', 'depth'],
      ['/export/r2p.gexf?ids=', 400, 'BAD_USER_INPUT', 'ids'],
      ['/export/r2p.cyjs?relationshipTypes=HELD,LIKES', 400, 'BAD_USER_INPUT', 'relationshipTypes'],
      ['/export/r2p.json?id=pillar:1', 400, 'BAD_USER_INPUT', 'id'],
      ['/export/r2p.json?ids=person:nobody', 404, 'NOT_FOUND', undefined],
      ['/export/r2p.csv', 404, 'NOT_FOUND', undefined],
    ])('GET %s answers %i with %s as JSON', async (path, status, code, argument) => {
      const response = await app.raw('GET', path);
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json.errors[0].extensions.code).toBe(code);
      if (argument) expect(response.json.errors[0].extensions.argument).toBe(argument);
    });
  });
});
