import { ExportInput } from './attributes';

/**
 * Cytoscape.js elements JSON (`.cyjs`, which Cytoscape desktop also opens): each node's data holds its id,
 * kind, label, sources and its own properties side by side (where Cytoscape makes table columns of them);
 * each edge's data its id, source, target, type, label, sources and properties. The element fields win over
 * a property of the same name, so the ids and ends are always the graph's.
 */
export function writeCytoscape({ graph, meta }: ExportInput): string {
  return JSON.stringify({
    format_version: '1.0',
    generated_by: meta.creator,
    target_cytoscapejs_version: '~3',
    data: { name: 'R2P Graph', description: meta.description },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: { ...node.properties, id: node.id, kind: node.kind, label: node.label, sources: node.sources },
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          ...edge.properties,
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          label: edge.type,
          sources: edge.sources,
        },
      })),
    },
  });
}
