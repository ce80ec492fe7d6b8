import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { GraphEdgeShape, GraphNodeShape } from '../graph/traversal.repository';
import { DATE_PROPERTY, isNodeKind } from '../model';
import { ExportInput, flatEdgeAttributes, flatNodeAttributes, xmlSafe } from './attributes';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A stored date (YYYY, YYYY-MM or YYYY-MM-DD) as the full date GEXF's `timeformat="date"` needs: a partial
 * date opens a spell on its first day and closes one on its last day. Null for anything else.
 */
export function spellDate(value: unknown, edge: 'start' | 'end'): string | null {
  if (typeof value !== 'string') return null;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day) return value;
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${edge === 'start' ? '01' : String(last).padStart(2, '0')}`;
  }
  return `${year}-${edge === 'start' ? '01-01' : '12-31'}`;
}

/** When something exists on Gephi's timeline: from `start` (open when absent) to `end` (open when absent). */
export interface Spell {
  start: string | null;
  end: string | null;
}

function spell(start: unknown, end: unknown): Spell | null {
  const from = spellDate(start, 'start');
  let to = spellDate(end, 'end');
  if (from && to && to < from) to = null;
  return from || to ? { start: from, end: to } : null;
}

/** A node exists from its date (a report's issue, a dialogue's first day, an office's founding) to its end date. */
export function nodeSpell(node: GraphNodeShape): Spell | null {
  const property = isNodeKind(node.kind) ? DATE_PROPERTY[node.kind] : undefined;
  return property ? spell(node.properties[property], node.properties.endDate) : null;
}

/** A relationship exists from `from` to `to` (a term of office), or from its `date` (a presentation). */
export function edgeSpell(edge: GraphEdgeShape): Spell | null {
  return spell(edge.properties.from ?? edge.properties.date, edge.properties.to);
}

/**
 * GEXF 1.2 for Gephi and NetworkX, written by graphology-gexf from a directed multi-graph (the relationship
 * type is the edge's `kind`, so Gephi keeps parallel relationships of different types apart). graphology-gexf
 * has no dynamics, so the written document is then opened with an XML builder to make the graph dynamic and
 * give every dated node and relationship its spell, which is what Gephi's timeline plays.
 */
export function writeGexf({ graph, meta }: ExportInput): string {
  const multi = new Graph({ multi: true, type: 'directed' });
  multi.mergeAttributes({ creator: xmlSafe(meta.creator), description: xmlSafe(meta.description) });
  for (const node of graph.nodes) multi.addNode(xmlSafe(node.id), node);
  for (const edge of graph.edges) multi.addDirectedEdgeWithKey(xmlSafe(edge.id), xmlSafe(edge.source), xmlSafe(edge.target), edge);

  const written = write(multi, {
    version: '1.2',
    pretty: false,
    formatNode: (_key, node) => {
      const { label, ...attributes } = flatNodeAttributes(node as unknown as GraphNodeShape);
      return { label: String(label), attributes };
    },
    formatEdge: (_key, edge) => {
      const { label, ...attributes } = flatEdgeAttributes(edge as unknown as GraphEdgeShape);
      return { label: String(label), kind: String(label), attributes };
    },
  });

  const document = create({ encoding: 'UTF-8' }, written);
  const root = document.root();
  // The writer declares the viz namespace with a malformed URI; this export draws no viz data, so it goes.
  root.removeAtt(XMLNS_NS, 'viz');
  const graphElement = child(root, 'graph');
  graphElement.att({ mode: 'dynamic', timeformat: 'date' });
  addSpells(child(graphElement, 'nodes'), new Map(graph.nodes.map((node) => [xmlSafe(node.id), nodeSpell(node)])));
  addSpells(child(graphElement, 'edges'), new Map(graph.edges.map((edge) => [xmlSafe(edge.id), edgeSpell(edge)])));
  return document.end({ prettyPrint: true });
}

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

function child(parent: XMLBuilder, name: string): XMLBuilder {
  const found = parent.find((candidate) => candidate.node.nodeName === name, false, false);
  if (!found) throw new Error(`graphology-gexf wrote no <${name}>`);
  return found;
}

function addSpells(parent: XMLBuilder, spells: Map<string, Spell | null>): void {
  parent.each((element) => {
    const id = (element.node as unknown as { getAttribute(name: string): string | null }).getAttribute?.('id');
    const found = id === undefined || id === null ? undefined : spells.get(id);
    if (!found) return;
    const attributes: Record<string, string> = {};
    if (found.start) attributes.start = found.start;
    if (found.end) attributes.end = found.end;
    element.ele('spells').ele('spell', attributes);
  }, false, false);
}
