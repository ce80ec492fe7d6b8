import { registerEnumType } from 'type-graphql';

/** The file formats the graph is exported in: one for each family of graph tools, and three of citations for reference managers. */
export enum ExportFormat {
  CYTOSCAPE = 'CYTOSCAPE',
  GRAPHML = 'GRAPHML',
  GEXF = 'GEXF',
  GRAPHOLOGY = 'GRAPHOLOGY',
  BIBTEX = 'BIBTEX',
  RIS = 'RIS',
  CSL_JSON = 'CSL_JSON',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'A file format for graph tools, or of citations for reference managers.',
  valuesConfig: {
    CYTOSCAPE: { description: 'Cytoscape.js elements JSON (.cyjs): Cytoscape.js and Cytoscape desktop.' },
    GRAPHML: { description: 'GraphML with typed keys: yEd, Gephi, NetworkX, igraph.' },
    GEXF: { description: 'GEXF 1.2 with dates as spells: Gephi (its timeline), NetworkX.' },
    GRAPHOLOGY: { description: 'graphology serialised JSON of a directed multi-graph: graphology, sigma.js.' },
    BIBTEX: { description: 'BibTeX citations of the documents selected (.bib): LaTeX, Zotero, JabRef.' },
    RIS: { description: 'RIS citations of the documents selected (.ris): Zotero, EndNote, Mendeley.' },
    CSL_JSON: { description: 'CSL-JSON citations of the documents selected (.csl.json): Zotero, citeproc.' },
  },
});
