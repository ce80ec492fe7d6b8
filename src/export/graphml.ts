import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { ExportInput, flatEdgeAttributes, flatNodeAttributes, FlatValue, xmlSafe } from './attributes';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** GraphML's attribute types, narrowest first. */
type GraphmlType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

function typeOf(value: FlatValue): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (!Number.isInteger(value)) return 'double';
  return value >= INT_MIN && value <= INT_MAX ? 'int' : 'long';
}

/** The narrowest type that holds values of both types. */
function widen(a: GraphmlType, b: GraphmlType): GraphmlType {
  if (a === b) return a;
  const numeric = ['int', 'long', 'double'];
  if (numeric.includes(a) && numeric.includes(b)) return a === 'double' || b === 'double' ? 'double' : 'long';
  return 'string';
}

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

const NMTOKEN = /^[A-Za-z0-9_.:-]+$/;

/** One typed key per attribute name, in the order names first appear; key ids are readable where names allow. */
function declareKeys(rows: Array<Record<string, FlatValue>>, prefix: string): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const known = keys.get(name);
      if (known) known.type = widen(known.type, typeOf(value));
      else keys.set(name, { id: NMTOKEN.test(name) ? `${prefix}_${name}` : `${prefix}${keys.size}`, name, type: typeOf(value) });
    }
  }
  return keys;
}

function writeData(element: XMLBuilder, keys: Map<string, Key>, row: Record<string, FlatValue>): void {
  for (const [name, value] of Object.entries(row)) {
    element.ele('data', { key: keys.get(name)!.id }).txt(String(value));
  }
}

/**
 * GraphML for yEd, Gephi, NetworkX and igraph: a typed `<key>` for every node and edge attribute, lists and
 * maps as JSON text, parallel relationships kept as separate edges with their ids. Built with an XML builder,
 * so every value is escaped; characters XML 1.0 cannot hold are replaced by U+FFFD first.
 */
export function writeGraphml({ graph, meta }: ExportInput): string {
  const nodeRows = graph.nodes.map(flatNodeAttributes);
  const edgeRows = graph.edges.map(flatEdgeAttributes);
  const nodeKeys = declareKeys(nodeRows, 'n');
  const edgeKeys = declareKeys(edgeRows, 'e');

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': XSI_NS,
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  root.ele('key', { id: 'g_description', for: 'graph', 'attr.name': 'description', 'attr.type': 'string' });
  for (const [target, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const key of keys.values()) root.ele('key', { id: key.id, for: target, 'attr.name': key.name, 'attr.type': key.type });
  }

  const graphElement = root.ele('graph', { id: 'r2p', edgedefault: 'directed' });
  graphElement.ele('data', { key: 'g_description' }).txt(xmlSafe(meta.description));
  graph.nodes.forEach((node, index) => writeData(graphElement.ele('node', { id: xmlSafe(node.id) }), nodeKeys, nodeRows[index]));
  graph.edges.forEach((edge, index) => {
    writeData(graphElement.ele('edge', { id: xmlSafe(edge.id), source: xmlSafe(edge.source), target: xmlSafe(edge.target) }), edgeKeys, edgeRows[index]);
  });
  return root.end({ prettyPrint: true });
}
