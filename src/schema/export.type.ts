import { registerEnumType } from 'type-graphql';

/** The file formats the graph is exported in, one for each family of graph tools. */
export enum ExportFormat {
  CYTOSCAPE = 'CYTOSCAPE',
  GRAPHML = 'GRAPHML',
  GEXF = 'GEXF',
  GRAPHOLOGY = 'GRAPHOLOGY',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'A file format for graph tools.',
  valuesConfig: {
    CYTOSCAPE: { description: 'Cytoscape.js elements JSON (.cyjs): Cytoscape.js and Cytoscape desktop.' },
    GRAPHML: { description: 'GraphML with typed keys: yEd, Gephi, NetworkX, igraph.' },
    GEXF: { description: 'GEXF 1.2 with dates as spells: Gephi (its timeline), NetworkX.' },
    GRAPHOLOGY: { description: 'graphology serialised JSON of a directed multi-graph: graphology, sigma.js.' },
  },
});
