import { ExportFormat } from '../schema/export.type';
import { ExportInput } from './attributes';
import { writeBibtex } from './bibtex';
import { citationItems, writeCslJson } from './csl';
import { writeCytoscape } from './cytoscape';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeGraphology } from './graphology';
import { writeRis } from './ris';

/** How one format is written and served. */
export interface FormatSpec {
  write: (input: ExportInput) => string;
  /** The file extension of the download, which is also how the HTTP route names the format. */
  extension: string;
  contentType: string;
  /** Citations are of the documents selected and need their authors, so they are selected differently. */
  citations: boolean;
}

/** Every export format: its writer, file extension and content type. */
export const FORMATS: Readonly<Record<ExportFormat, FormatSpec>> = {
  [ExportFormat.CYTOSCAPE]: { write: writeCytoscape, extension: 'cyjs', contentType: 'application/json; charset=utf-8', citations: false },
  [ExportFormat.GRAPHML]: { write: writeGraphml, extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', citations: false },
  [ExportFormat.GEXF]: { write: writeGexf, extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', citations: false },
  [ExportFormat.GRAPHOLOGY]: { write: writeGraphology, extension: 'json', contentType: 'application/json; charset=utf-8', citations: false },
  [ExportFormat.BIBTEX]: {
    write: ({ graph }) => writeBibtex(citationItems(graph)),
    extension: 'bib',
    contentType: 'application/x-bibtex; charset=utf-8',
    citations: true,
  },
  [ExportFormat.RIS]: {
    write: ({ graph }) => writeRis(citationItems(graph)),
    extension: 'ris',
    contentType: 'application/x-research-info-systems; charset=utf-8',
    citations: true,
  },
  [ExportFormat.CSL_JSON]: {
    write: ({ graph }) => writeCslJson(citationItems(graph)),
    extension: 'csl.json',
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    citations: true,
  },
};

/** The format a download's file extension names, or null. */
export function formatForExtension(extension: string): ExportFormat | null {
  const found = Object.entries(FORMATS).find(([, spec]) => spec.extension === extension);
  return found ? (found[0] as ExportFormat) : null;
}
