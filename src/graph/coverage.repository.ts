import { cypher } from './cypher-files';
import { CypherRunner } from './cypher-runner';
import { parseSources, SourceShape } from './storage-codec';

// The static query this module runs, taken at load time so that a misspelt name fails at start-up.
const READ_COVERAGE = cypher('coverage/read-coverage');

/** The organ the Secretary-General's annual reports count under. */
export const REPORT_ORGAN = 'organ:secretariat';

/** A total someone published of a kind of record, as of a day. */
export interface PublishedTotalFigure {
  id: string;
  count: number;
  /** "more than", "over": the count is a lower bound, not an exact figure. */
  qualifier: string | null;
  asOf: string;
  scope: string;
  publisher: string | null;
  sources: SourceShape[];
}

/** Two published totals of the same records that cannot both be right, and why. */
export interface TotalDisagreement {
  earlier: PublishedTotalFigure;
  later: PublishedTotalFigure;
  reason: string;
}

/** One organ and kind of record: what the graph holds, by year, and what others have counted. */
export interface CoverageRow {
  organ: { id: string; name: string };
  kind: string;
  held: number;
  byYear: Array<{ year: number; count: number }>;
  publishedTotals: PublishedTotalFigure[];
  /** The most recent total (by its date); null when nobody has published one. */
  latestTotal: PublishedTotalFigure | null;
  /** How many the most recent total counts that the graph does not hold yet (never below 0); null without a total. */
  missing: number | null;
  disagreements: TotalDisagreement[];
}

/** The least a total can mean: its count, or one more when it is "more than" / "over" its count. */
const lowerBound = (total: PublishedTotalFigure) => (total.qualifier ? total.count + 1 : total.count);

/**
 * The pairs of totals that contradict each other. Totals of one organ and kind count the same growing record
 * (resolutions since 2005, reports since 2009), so a later exact total below what an earlier one counted, or
 * two exact totals of the same day that differ, cannot both be right. `totals` are oldest first.
 */
export function findDisagreements(totals: readonly PublishedTotalFigure[]): TotalDisagreement[] {
  const found: TotalDisagreement[] = [];
  totals.forEach((later, index) => {
    if (later.qualifier) return;
    for (const earlier of totals.slice(0, index)) {
      if (earlier.asOf === later.asOf && !earlier.qualifier && earlier.count !== later.count) {
        found.push({ earlier, later, reason: `two totals of the same day differ (${earlier.count} and ${later.count})` });
      } else if (earlier.asOf < later.asOf && later.count < lowerBound(earlier)) {
        const was = `${earlier.qualifier ? `${earlier.qualifier} ` : ''}${earlier.count}`;
        found.push({ earlier, later, reason: `a later total (${later.count}, ${later.asOf}) is lower than an earlier one (${was}, ${earlier.asOf}) of the same growing record` });
      }
    }
  });
  return found;
}

interface StoredRow {
  organId: string;
  organName: string;
  kind: string;
  held: number;
  byYear: Array<{ year: number; count: number }>;
  totals: Array<Omit<PublishedTotalFigure, 'sources'> & { sources: unknown }>;
}

/** Reads how complete the graph is against published totals, for the `coverage` query. */
export class CoverageRepository {
  constructor(private readonly graph: CypherRunner) {}

  /** Every organ and kind the graph holds or someone has counted, in one round trip. */
  async coverage(options: { withSources: boolean }): Promise<CoverageRow[]> {
    const rows = await this.graph.read<StoredRow & Record<string, unknown>>(READ_COVERAGE, {
      reportOrgan: REPORT_ORGAN,
      withSources: options.withSources,
    });
    return rows.map((row) => {
      const totals = row.totals.map((total) => ({ ...total, qualifier: total.qualifier ?? null, sources: parseSources(total.sources) }));
      const latestTotal = totals.length > 0 ? totals[totals.length - 1] : null;
      return {
        organ: { id: row.organId, name: row.organName },
        kind: row.kind,
        held: row.held,
        byYear: row.byYear,
        publishedTotals: totals,
        latestTotal,
        missing: latestTotal ? Math.max(0, latestTotal.count - row.held) : null,
        disagreements: findDisagreements(totals),
      };
    });
  }
}
