import Graph from 'graphology';
import { ExportInput } from './attributes';

/**
 * graphology's serialised JSON (`graph.export()`) of a directed multi-graph, for graphology and sigma.js:
 * each edge keyed by its relationship id, so parallel relationships stay apart, and every node and edge
 * with its kind or type, label, properties and sources as structured JSON.
 */
export function writeGraphology({ graph, meta }: ExportInput): string {
  const multi = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  multi.mergeAttributes({ name: 'R2P Graph', creator: meta.creator, description: meta.description });
  for (const node of graph.nodes) {
    multi.addNode(node.id, { kind: node.kind, label: node.label, properties: node.properties, sources: node.sources });
  }
  for (const edge of graph.edges) {
    multi.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      type: edge.type,
      label: edge.type,
      properties: edge.properties,
      sources: edge.sources,
    });
  }
  return JSON.stringify(multi.export());
}
