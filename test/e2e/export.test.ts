// citation-js loads node-fetch 3, an ES module jest cannot require; Node's own fetch has the same interface and
// is never called here (every input is text).
jest.mock('node-fetch', () => ({ __esModule: true, default: globalThis.fetch, Headers: globalThis.Headers }));
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { Driver } from 'neo4j-driver';
import { create } from 'xmlbuilder2';
import { citationKey, isCitable } from '../../src/export/csl';
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
  describe('of citations', () => {
    /** What the graph says of each citable document, from the graphology export (not from the citation writers). */
    interface Cited { id: string; kind: string; title: string; date?: string; symbols: string[] }
    let documents: Map<string, Cited>;
    let citableCount = 0;

    const parts = (date?: string) => (date ? date.split('-').map(Number) : undefined);
    const read = (text: string) => new Cite(text).data as Array<Record<string, any>>;

    beforeAll(async () => {
      const graph = Graph.from(JSON.parse(await exported({ format: 'GRAPHOLOGY' })));
      documents = new Map();
      graph.forEachNode((id, attributes) => {
        if (!isCitable(attributes.kind)) return;
        citableCount += 1;
        const properties = attributes.properties;
        documents.set(citationKey(id), { id, kind: attributes.kind, title: attributes.label, date: properties.date, symbols: properties.symbols ?? [] });
      });
    });

    it('hold every document kind there is, and no two documents share a key', () => {
      const kinds = new Set([...documents.values()].map((document) => document.kind));
      expect(kinds).toEqual(new Set(['Report', 'Resolution', 'Document', ...(kinds.has('PresidentialStatement') ? ['PresidentialStatement'] : [])]));
      expect(documents.size).toBe(citableCount);
    });

    it.each([
      ['r2p.bib', 'application/x-bibtex; charset=utf-8'],
      ['r2p.ris', 'application/x-research-info-systems; charset=utf-8'],
      ['r2p.csl.json', 'application/vnd.citationstyles.csl+json; charset=utf-8'],
    ])('GET /export/%s without parameters cites every document with the graph\'s title, symbols and date', async (file, type) => {
      const response = await app.raw('GET', `/export/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['content-disposition']).toBe(`attachment; filename=${file}`);
      const entries = read(response.text);
      expect(entries.length).toBe(documents.size);
      for (const entry of entries) {
        const key = file === 'r2p.csl.json' ? entry['citation-key'] : file === 'r2p.ris' ? entry.id : entry['citation-key'];
        const document = documents.get(key);
        expect(document).toBeDefined();
        expect(entry.title).toBe(document!.title);
        if (document!.symbols.length > 0) {
          // BibTeX @misc and RIS GEN records carry the symbol where those formats put a number.
          expect(entry.number ?? entry.note?.replace(/^UN document /, '')).toBe(document!.symbols.join(', '));
          expect(entry.URL).toBe(`https://undocs.org/${document!.symbols[0]}`);
        }
        const date = parts(document!.date);
        if (date && file !== 'r2p.ris') expect(entry.issued['date-parts'][0]).toEqual(date);
        if (date && file === 'r2p.ris') expect(entry.issued['date-parts'][0][0]).toBe(date[0]);
      }
    });

    it('RIS records follow the line grammar and date every dated document in full', async () => {
      const text = (await app.raw('GET', '/export/r2p.ris')).text;
      expect(text.endsWith('ER  - \r\n')).toBe(true);
      const records = text.slice(0, -2).split('\r\n\r\n');
      expect(records.length).toBe(documents.size);
      for (const record of records) {
        const lines = record.split('\r\n');
        expect(lines[0]).toMatch(/^TY {2}- (RPRT|GOVDOC|GEN)$/);
        expect(lines[lines.length - 1]).toBe('ER  - ');
        for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
        const document = documents.get(lines.find((line) => line.startsWith('ID  - '))!.slice(6))!;
        const date = parts(document.date);
        const da = lines.find((line) => line.startsWith('DA  - '));
        if (date) expect(da).toBe(`DA  - ${date[0]}/${(date.slice(1).map((part) => String(part).padStart(2, '0')).concat(['', '']).slice(0, 2)).join('/')}/`);
        else expect(da).toBeUndefined();
      }
    });

    it('give each kind the type reference managers file it under, and its issuing person or organ as author', async () => {
      const ids = 'A/63/677,S/RES/1975(2011),document:icrtop-summary-2009';
      const bib = read((await app.raw('GET', `/export/r2p.bib?ids=${encodeURIComponent(ids)}&depth=0`)).text);
      const csl = JSON.parse((await app.raw('GET', `/export/r2p.csl.json?ids=${encodeURIComponent(ids)}&depth=0`)).text);
      const ris = (await app.raw('GET', `/export/r2p.ris?ids=${encodeURIComponent(ids)}&depth=0`)).text;
      expect(csl.map((item: any) => [item.id, item.type])).toEqual([
        ['A/63/677', 'report'],
        ['document:icrtop-summary-2009', 'document'],
        ['S/RES/1975(2011)', 'legislation'],
      ]);
      expect(csl[0].author).toEqual([{ literal: 'Ban Ki-moon' }]);
      expect(csl[2].author).toEqual([{ literal: 'Security Council' }]);
      expect(ris.match(/^TY {2}- \w+/gm)).toEqual(['TY  - RPRT', 'TY  - GEN', 'TY  - GOVDOC']);
      expect(bib.map((entry) => [entry['citation-key'], entry.type])).toEqual([
        ['A_63_677', 'report'],
        ['icrtop-summary-2009', 'document'],
        ['S_RES_1975_2011', 'document'],
      ]);
      expect(bib[2].author).toEqual([{ family: 'Security Council' }]);
    });

    it('keep non-ASCII titles as the graph has them in every format', async () => {
      const ids = encodeURIComponent('S/RES/1975(2011),document:icrtop-summary-2009');
      for (const file of ['r2p.bib', 'r2p.ris', 'r2p.csl.json']) {
        const titles = read((await app.raw('GET', `/export/${file}?ids=${ids}&depth=0`)).text).map((entry) => entry.title).sort();
        expect(titles).toEqual([documents.get('S_RES_1975_2011')!.title, documents.get('icrtop-summary-2009')!.title].sort());
        expect(titles.join()).toMatch(/Côte d'Ivoire.*“Implementing the Responsibility to Protect”|“Implementing the Responsibility to Protect”.*Côte d'Ivoire/);
      }
    });

    it('of a selection cite exactly its documents, and the download equals exportGraph', async () => {
      const neighbourhood = (await api.data(NEIGHBOURHOOD, { id: 'person:ban-ki-moon', depth: 1 })).neighbourhood;
      const expected = neighbourhood.nodes.map((node: { id: string }) => node.id).filter((id: string) => [...documents.values()].some((d) => d.id === id));
      expect(expected.length).toBeGreaterThan(0);
      const response = await app.raw('GET', '/export/r2p.csl.json?ids=person:ban-ki-moon&depth=1');
      expect(response.status).toBe(200);
      expect(new Set(JSON.parse(response.text).map((item: { id: string }) => item.id))).toEqual(new Set(expected));
      for (const [file, format] of [['r2p.bib', 'BIBTEX'], ['r2p.ris', 'RIS'], ['r2p.csl.json', 'CSL_JSON']]) {
        const download = await app.raw('GET', `/export/${file}?ids=person:ban-ki-moon&depth=1&relationshipTypes=ISSUED_BY`);
        expect(download.text).toBe(await exported({ format, ids: ['person:ban-ki-moon'], depth: 1, types: ['ISSUED_BY'] }));
      }
    });

    it('of a selection without documents is an empty file', async () => {
      const response = await app.raw('GET', '/export/r2p.bib?ids=pillar:1&depth=0');
      expect(response.status).toBe(200);
      expect(response.text).toBe('');
    });
  });
});
