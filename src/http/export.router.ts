import { Request, Response, Router } from 'express';
import { validate } from 'class-validator';
import type { Context } from '../context';
import { AppError, badInput, createFormatError, ErrorCode } from '../errors';
import { FORMATS, formatForExtension } from '../export/formats';
import { exportGraph } from '../export/selection';
import { ExportArgs } from '../schema/export.args';
import { isRelationshipType, RelationshipType } from '../schema/kinds';

const PARAMETERS = new Set(['ids', 'depth', 'relationshipTypes']);
const FILE = /^r2p\.([a-z.]+)$/;

const STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/** A list parameter given as `?ids=a&ids=b`, `?ids=a,b` or both. */
function listParameter(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter((item) => item.length > 0);
}

/** The export's arguments from a download URL, checked by the same rules as the GraphQL field's. */
export async function exportArgsFromQuery(format: ExportArgs['format'], query: Request['query']): Promise<ExportArgs> {
  for (const name of Object.keys(query)) {
    if (!PARAMETERS.has(name)) throw badInput(name, `Unknown parameter "${name.slice(0, 40)}"; an export takes ids, depth and relationshipTypes.`);
  }
  const args = new ExportArgs();
  args.format = format;
  args.ids = listParameter(query.ids);
  args.depth = 1;
  if (query.depth !== undefined) {
    if (typeof query.depth !== 'string' || !/^\d{1,2}$/.test(query.depth)) throw badInput('depth', 'depth must be between 0 and 4');
    args.depth = Number(query.depth);
  }
  const types = listParameter(query.relationshipTypes);
  if (types) {
    const unknown = types.find((type) => !isRelationshipType(type));
    if (unknown !== undefined) throw badInput('relationshipTypes', `relationshipTypes holds "${unknown.slice(0, 40)}", which is not a relationship type.`);
    args.relationshipTypes = types as RelationshipType[];
  }
  const [problem] = await validate(args, { forbidUnknownValues: false });
  if (problem) {
    throw badInput(problem.property, `Invalid argument. ${problem.property}: ${Object.values(problem.constraints ?? {}).join('; ')}`);
  }
  return args;
}

/**
 * Downloads for graph tools (`GET /export/r2p.graphml`, `.gexf`, `.cyjs`, `.json`) and reference managers
 * (`GET /export/r2p.bib`, `.ris`, `.csl.json`), with the selection of the
 * GraphQL `exportGraph` field as query parameters (`ids`, `depth`, `relationshipTypes`). Errors answer JSON in
 * the shape of GraphQL errors, with the same codes, and 400, 404 or 503.
 */
export function createExportRouter(contextFor: () => Context, log: (line: string) => void): Router {
  const router = Router();
  const formatError = createFormatError((error) => log(`unexpected export error: ${(error as Error)?.stack ?? String(error)}`));

  router.get('/export/:file', async (req: Request, res: Response) => {
    try {
      const file = String(req.params.file);
      const format = formatForExtension(FILE.exec(file)?.[1] ?? '');
      if (!format) {
        throw new AppError(ErrorCode.NOT_FOUND, `No such export; the files are ${Object.values(FORMATS).map((spec) => `r2p.${spec.extension}`).join(', ')}.`, { file });
      }
      const args = await exportArgsFromQuery(format, req.query);
      const body = await exportGraph(contextFor().repositories.export, args);
      const spec = FORMATS[format];
      res.attachment(`r2p.${spec.extension}`);
      res.type(spec.contentType);
      res.send(body);
    } catch (error) {
      const formatted = formatError({ message: 'Internal server error.' }, error);
      const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
      res.status(STATUS[code] ?? 500).json({ errors: [formatted] });
    }
  });
  return router;
}
