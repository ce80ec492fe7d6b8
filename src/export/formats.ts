import { ExportFormat } from '../schema/export.type';
import { ExportInput } from './attributes';
import { writeCytoscape } from './cytoscape';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeGraphology } from './graphology';

/** How one format is written and served. */
export interface FormatSpec {
  write: (input: ExportInput) => string;
  /** The file extension of the download, which is also how the HTTP route names the format. */
  extension: string;
  contentType: string;
}

/** Every export format: its writer, file extension and content type. */
export const FORMATS: Readonly<Record<ExportFormat, FormatSpec>> = {
  [ExportFormat.CYTOSCAPE]: { write: writeCytoscape, extension: 'cyjs', contentType: 'application/json; charset=utf-8' },
  [ExportFormat.GRAPHML]: { write: writeGraphml, extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  [ExportFormat.GEXF]: { write: writeGexf, extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8' },
  [ExportFormat.GRAPHOLOGY]: { write: writeGraphology, extension: 'json', contentType: 'application/json; charset=utf-8' },
};

/** The format a download's file extension names, or null. */
export function formatForExtension(extension: string): ExportFormat | null {
  const found = Object.entries(FORMATS).find(([, spec]) => spec.extension === extension);
  return found ? (found[0] as ExportFormat) : null;
}
