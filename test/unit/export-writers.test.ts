import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import cytoscape from 'cytoscape';
import { create } from 'xmlbuilder2';
import type { ExportInput } from '../../src/export/attributes';
import { writeCytoscape } from '../../src/export/cytoscape';
import { spellDate, writeGexf } from '../../src/export/gexf';
import { writeGraphml } from '../../src/export/graphml';
import { writeGraphology } from '../../src/export/graphology';

const TRICKY = `<b>Tom & "Jerry"</b> it's Côte d’Ivoire, 中文, Ελληνικά, русский, 𝄞 ]]> \u0001 \uD800end`;
// XML 1.0 cannot hold a C0 control or a lone surrogate even escaped; the XML writers put U+FFFD in their place.
const SAFE_TRICKY = TRICKY.replace('\u0001', '\uFFFD').replace('\uD800', '\uFFFD');
const SOURCE = { document: 'A/63/677', title: 'A & <B>', url: 'https://undocs.org/A/63/677?a=1&b=2', passage: '"quoted" <passage>' };

/** A hand-made graph with every kind of value, dated nodes and relationships, and two parallel relationships. */
const INPUT: ExportInput = {
  meta: { creator: 'R2P Graph', description: 'A test graph with <tricky> & "text".' },
  graph: {
    nodes: [
      {
        id: 'person:a',
        kind: 'Person',
        label: TRICKY,
        properties: { id: 'person:a', name: TRICKY, count: 3, ratio: 0.5, big: 2 ** 40, active: true, tags: ['x', 'y|z'] },
        sources: [SOURCE],
      },
      { id: 'A/63/677', kind: 'Report', label: 'Report', properties: { id: 'A/63/677', title: 'Report', date: '2009-01' }, sources: [SOURCE] },
      {
        id: 'dialogue:2009-07-23',
        kind: 'Dialogue',
        label: 'Dialogue',
        properties: { id: 'dialogue:2009-07-23', title: 'Dialogue', startDate: '2009-07-23', endDate: '2009-07-28', count: 1.25 },
        sources: [SOURCE],
      },
    ],
    edges: [
      {
        id: 'person:a|HELD|A/63/677',
        type: 'HELD',
        source: 'person:a',
        target: 'A/63/677',
        properties: { id: 'person:a|HELD|A/63/677', from: '2008', to: '2012-02' },
        sources: [SOURCE],
      },
      {
        id: 'person:a|HELD|A/63/677#2',
        type: 'HELD',
        source: 'person:a',
        target: 'A/63/677',
        properties: { id: 'person:a|HELD|A/63/677#2', from: '2014-05-01' },
        sources: [SOURCE],
      },
      {
        id: 'A/63/677|PRESENTED_AT|dialogue:2009-07-23',
        type: 'PRESENTED_AT',
        source: 'A/63/677',
        target: 'dialogue:2009-07-23',
        properties: { id: 'A/63/677|PRESENTED_AT|dialogue:2009-07-23', date: '2009-07-23', by: TRICKY },
        sources: [],
      },
    ],
  },
};

function elements(xml: string, name: string) {
  return create(xml).root().filter((node) => node.node.nodeName === name, false, true);
}

function attributesOf(element: { node: unknown }): Record<string, string> {
  const found: Record<string, string> = {};
  for (const attribute of Array.from((element.node as { attributes: ArrayLike<{ name: string; value: string }> }).attributes)) {
    found[attribute.name] = attribute.value;
  }
  return found;
}

describe('the GraphML writer', () => {
  const text = writeGraphml(INPUT);
  const parsed = parseGraphml(Graph, text);

  it('is read back by graphology-graphml with every node and every parallel edge', () => {
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(3);
    expect(parsed.hasEdge('person:a|HELD|A/63/677#2')).toBe(true);
    expect(parsed.type).toBe('directed');
  });

  it('keeps <, &, quotes and non-Latin letters, and replaces characters XML cannot hold', () => {
    expect(parsed.getNodeAttribute('person:a', 'label')).toBe(SAFE_TRICKY);
    expect(parsed.getEdgeAttribute('A/63/677|PRESENTED_AT|dialogue:2009-07-23', 'by')).toBe(SAFE_TRICKY);
    expect(JSON.parse(parsed.getNodeAttribute('person:a', 'sources'))).toEqual([SOURCE]);
  });

  it('declares a typed key for every attribute, widening where values differ', () => {
    const keys = Object.fromEntries(elements(text, 'key').map((key) => {
      const attributes = attributesOf(key);
      return [`${attributes.for}:${attributes['attr.name']}`, attributes['attr.type']];
    }));
    expect(keys).toMatchObject({
      'node:kind': 'string',
      'node:label': 'string',
      'node:sources': 'string',
      'node:active': 'boolean',
      'node:count': 'double',
      'node:ratio': 'double',
      'node:big': 'long',
      'node:tags': 'string',
      'edge:type': 'string',
      'edge:from': 'string',
      'graph:description': 'string',
    });
    expect(keys['node:id']).toBeUndefined();
    expect(parsed.getNodeAttributes('person:a')).toMatchObject({ kind: 'Person', active: true, count: 3, big: 2 ** 40, ratio: 0.5 });
    expect(JSON.parse(parsed.getNodeAttribute('person:a', 'tags'))).toEqual(['x', 'y|z']);
    expect(parsed.getEdgeAttributes('person:a|HELD|A/63/677')).toMatchObject({ type: 'HELD', from: '2008', to: '2012-02' });
  });
});

describe('the GEXF writer', () => {
  const text = writeGexf(INPUT);
  const parsed = parseGexf(Graph, text);

  it('is read back by graphology-gexf with every node and every parallel edge', () => {
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(3);
    expect(parsed.getEdgeAttributes('person:a|HELD|A/63/677#2')).toMatchObject({ kind: 'HELD', type: 'HELD', label: 'HELD' });
  });

  it('keeps <, &, quotes and non-Latin letters', () => {
    expect(parsed.getNodeAttribute('person:a', 'label')).toBe(SAFE_TRICKY);
    expect(parsed.getNodeAttribute('person:a', 'name')).toBe(SAFE_TRICKY);
    expect(JSON.parse(parsed.getEdgeAttribute('person:a|HELD|A/63/677', 'sources'))).toEqual([SOURCE]);
    expect(parsed.getNodeAttributes('person:a')).toMatchObject({ kind: 'Person', active: true, count: 3, ratio: 0.5 });
  });

  it('makes a dynamic graph with dates as spells, partial dates widened to whole days', () => {
    expect(attributesOf(elements(text, 'graph')[0])).toMatchObject({ mode: 'dynamic', timeformat: 'date', defaultedgetype: 'directed' });
    const spells = Object.fromEntries(elements(text, 'spell').map((spell) => [attributesOf(spell.up().up()).id, attributesOf(spell)]));
    expect(spells).toEqual({
      'A/63/677': { start: '2009-01-01' },
      'dialogue:2009-07-23': { start: '2009-07-23', end: '2009-07-28' },
      'person:a|HELD|A/63/677': { start: '2008-01-01', end: '2012-02-29' },
      'person:a|HELD|A/63/677#2': { start: '2014-05-01' },
      'A/63/677|PRESENTED_AT|dialogue:2009-07-23': { start: '2009-07-23' },
    });
  });

  it('declares no malformed namespace', () => {
    expect(text).not.toContain('http:///');
  });
});

describe('spellDate', () => {
  it.each([
    ['2009', 'start', '2009-01-01'],
    ['2009', 'end', '2009-12-31'],
    ['2012-02', 'end', '2012-02-29'],
    ['2011-11', 'start', '2011-11-01'],
    ['2009-07-23', 'end', '2009-07-23'],
    ['23 July 2009', 'start', null],
    [2009, 'start', null],
  ] as const)('turns %p into %p date %p', (value, edge, expected) => {
    expect(spellDate(value, edge)).toBe(expected);
  });
});

describe('the Cytoscape.js writer', () => {
  const text = writeCytoscape(INPUT);
  const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });

  it('is loaded by headless Cytoscape with every node and every parallel edge', () => {
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(3);
    expect(cy.getElementById('person:a|HELD|A/63/677#2').source().id()).toBe('person:a');
  });

  it('keeps the label, kind, properties and sources in each element', () => {
    const node = cy.getElementById('person:a');
    expect(node.data()).toMatchObject({ kind: 'Person', label: TRICKY, count: 3, tags: ['x', 'y|z'], sources: [SOURCE] });
    expect(cy.getElementById('person:a|HELD|A/63/677').data()).toMatchObject({ type: 'HELD', from: '2008', to: '2012-02' });
  });
});

describe('the graphology writer', () => {
  const parsed = Graph.from(JSON.parse(writeGraphology(INPUT)));

  it('is imported by graphology as a directed multi-graph keeping parallel edges', () => {
    expect(parsed.multi).toBe(true);
    expect(parsed.type).toBe('directed');
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(3);
    expect(parsed.edges('person:a', 'A/63/677')).toHaveLength(2);
  });

  it('keeps properties and sources as structured JSON', () => {
    expect(parsed.getNodeAttributes('person:a')).toMatchObject({ kind: 'Person', label: TRICKY, sources: [SOURCE] });
    expect(parsed.getNodeAttribute('person:a', 'properties')).toMatchObject({ tags: ['x', 'y|z'], active: true });
    expect(parsed.getAttribute('description')).toBe(INPUT.meta.description);
  });
});
