import { label, relType } from '../src/graph/fragments';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../src/graph/cypher-files';
import { modelSchemaStatements } from '../src/graph/schema-statements';
import { storedNode, storedRelationship } from '../src/graph/storage-codec';
import { NodeKind, RelationshipType } from '../src/schema/kinds';
import { NodeRecord, relationshipId, SourceRecord } from '../src/seed/records';

/** A deterministic pseudo-random source (mulberry32): the same seed number gives the same graph. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words of the R2P record, so that full-text search meets the term frequencies of real titles.
export const WORDS = [
  'responsibility', 'protect', 'genocide', 'prevention', 'atrocity', 'crimes', 'humanity', 'ethnic', 'cleansing', 'war',
  'early', 'warning', 'assessment', 'international', 'assistance', 'capacity', 'building', 'timely', 'decisive', 'response',
  'accountability', 'implementing', 'mobilizing', 'collective', 'action', 'regional', 'arrangements', 'civil', 'society',
  'sovereignty', 'populations', 'commitment', 'state', 'human', 'rights', 'council', 'assembly', 'security', 'dialogue',
  'framework', 'analysis', 'risk', 'justice', 'peacekeeping', 'mediation', 'mandate', 'report', 'secretary', 'general',
];

const FORMATS = ['informal-interactive-dialogue', 'plenary-debate', 'informal-thematic-dialogue', 'informal-meeting'];
const CATEGORIES = ['recommendation', 'form-of-assistance', 'proposed-action', 'way-forward', 'early-warning'];
const DOC_TYPES = ['letter', 'web-page', 'summary', 'statement', 'publication', 'press-release'];
const CRIMES = ['genocide', 'war-crimes', 'ethnic-cleansing', 'crimes-against-humanity'];

/** How many nodes of each generated kind a graph of `relationships` relationships holds. */
export function counts(relationships: number) {
  const per100 = (n: number) => Math.max(2, Math.round((relationships / 100) * n));
  return {
    report: per100(3),
    resolution: per100(3),
    document: per100(5),
    dialogue: per100(2),
    person: per100(8),
    post: per100(2),
    measure: per100(5),
    organ: 60,
    organization: 30,
    country: 193,
    instrument: Math.max(10, Math.round(relationships / 1000)),
  };
}

type Counts = ReturnType<typeof counts>;

/** The id of the i-th node of each generated kind, in the project's formats (UN symbols, `kind:slug`). */
export const ids = {
  report: (i: number) => `A/${60 + (i % 30)}/${100 + Math.floor(i / 30)}`,
  resolution: (i: number) => `A/RES/${60 + (i % 30)}/${1 + Math.floor(i / 30)}`,
  document: (i: number) => `document:bench-${i}`,
  dialogue: (i: number) => `dialogue:${dateOf(i)}-${i}`,
  person: (i: number) => `person:speaker-${i}`,
  post: (i: number) => `post:post-${i}`,
  measure: (i: number) => `measure:measure-${i}`,
  organ: (i: number) => (i === 0 ? 'organ:general-assembly' : `organ:organ-${i}`),
  organization: (i: number) => `organization:organization-${i}`,
  country: (i: number) => `country:country-${i}`,
  instrument: (i: number) => `instrument:instrument-${i}`,
  pillar: (i: number) => `pillar:${i + 1}`,
  crime: (i: number) => `crime:${CRIMES[i]}`,
};

function dateOf(i: number): string {
  const day = (i * 7919) % (15 * 365);
  const date = new Date(Date.UTC(2009, 0, 1) + day * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** A generated graph: its nodes by kind, then its relationships by type, in batches; nothing held in full. */
export interface SyntheticGraph {
  counts: Counts;
  nodes(): Generator<{ kind: NodeKind; records: NodeRecord[] }>;
  relationships(): Generator<{ type: RelationshipType; rows: Array<{ id: string; from: string; to: string; properties: Record<string, unknown> }> }>;
}

/** A synthetic graph shaped like the R2P graph with about `relationships` relationships, deterministic from `seed`. */
export function synthesise(seed: number, size: number, batch = 20_000): SyntheticGraph {
  const c = counts(size);
  const words = (rand: () => number, n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const source = (rand: () => number, document: string): SourceRecord[] => [{ document, passage: words(rand, 12) }];
  // Squaring a uniform number favours low indexes: a few hubs (busy dialogues, much-cited resolutions), as in the record.
  const skewed = (rand: () => number, n: number) => Math.floor(n * rand() * rand());

  function* nodes(): Generator<{ kind: NodeKind; records: NodeRecord[] }> {
    const rand = random(seed);
    const kinds: Array<[NodeKind, number, (i: number) => Record<string, unknown>]> = [
      [NodeKind.Pillar, 3, (i) => ({ number: i + 1, title: `Pillar ${i + 1} ${words(rand, 4)}`, wording: words(rand, 20) })],
      [NodeKind.Crime, 4, (i) => ({ name: CRIMES[i].replace(/-/g, ' ') })],
      [NodeKind.Organ, c.organ, (i) => ({ name: i === 0 ? 'General Assembly' : `Organ ${words(rand, 2)} ${i}` })],
      [NodeKind.Organization, c.organization, (i) => ({ name: `Organization ${words(rand, 2)} ${i}` })],
      [NodeKind.Country, c.country, (i) => ({ name: `Country ${i}` })],
      [NodeKind.Instrument, c.instrument, (i) => ({ name: `Instrument ${words(rand, 3)} ${i}` })],
      [NodeKind.Report, c.report, (i) => ({ title: words(rand, 6), date: dateOf(i), symbols: [ids.report(i)], ordinal: i + 1 })],
      [NodeKind.Resolution, c.resolution, (i) => ({ title: words(rand, 6), date: dateOf(i + 3), symbols: [ids.resolution(i)] })],
      [NodeKind.Document, c.document, (i) => ({ title: words(rand, 5), documentType: DOC_TYPES[i % DOC_TYPES.length], date: dateOf(i + 5) })],
      [NodeKind.Dialogue, c.dialogue, (i) => ({ title: `Dialogue on ${words(rand, 4)}`, format: FORMATS[i % FORMATS.length], startDate: dateOf(i) })],
      [NodeKind.Person, c.person, (i) => ({ name: `${words(rand, 1)} Speaker ${i}` })],
      [NodeKind.Post, c.post, (i) => ({ name: `Post ${words(rand, 2)} ${i}` })],
      [NodeKind.Measure, c.measure, (i) => ({ text: words(rand, 10), category: CATEGORIES[i % CATEGORIES.length], ordinal: i + 1 })],
    ];
    const idOf: Record<string, (i: number) => string> = {
      Pillar: ids.pillar, Crime: ids.crime, Organ: ids.organ, Organization: ids.organization, Country: ids.country,
      Instrument: ids.instrument, Report: ids.report, Resolution: ids.resolution, Document: ids.document,
      Dialogue: ids.dialogue, Person: ids.person, Post: ids.post, Measure: ids.measure,
    };
    for (const [kind, n, properties] of kinds) {
      for (let start = 0; start < n; start += batch) {
        const records: NodeRecord[] = [];
        for (let i = start; i < Math.min(n, start + batch); i += 1) {
          records.push({ kind, id: idOf[kind](i), properties: properties(i), sources: source(rand, ids.report(i % c.report)) });
        }
        yield { kind, records };
      }
    }
  }

  function* relationships() {
    const rand = random(seed + 1);
    // [type, how many per source node, source count, source id, target chooser]
    const plans: Array<[RelationshipType, number, number, (i: number) => string, (i: number) => string]> = [
      [RelationshipType.ISSUED_BY, 1, c.report, ids.report, () => ids.person(skewed(rand, c.person))],
      [RelationshipType.PRESENTED_AT, 1, c.report, ids.report, () => ids.dialogue(skewed(rand, c.dialogue))],
      [RelationshipType.DISCUSSED_AT, 1, c.report, ids.report, () => ids.dialogue(skewed(rand, c.dialogue))],
      [RelationshipType.ADDRESSES, 2, c.report, ids.report, () => ids.pillar(Math.floor(rand() * 3))],
      [RelationshipType.ADDRESSES, 1, 3, ids.pillar, () => ids.crime(Math.floor(rand() * 4))],
      [RelationshipType.ADOPTED_BY, 1, c.resolution, ids.resolution, () => ids.organ(skewed(rand, 10))],
      [RelationshipType.TAKES_NOTE_OF, 1, c.resolution, ids.resolution, () => ids.report(skewed(rand, c.report))],
      [RelationshipType.CITES, 2, c.resolution, ids.resolution, () => ids.resolution(skewed(rand, c.resolution))],
      [RelationshipType.BUILDS_ON, 1, c.resolution, ids.resolution, () => ids.resolution(skewed(rand, c.resolution))],
      [RelationshipType.CONCERNS, 1, c.resolution, ids.resolution, () => ids.country(Math.floor(rand() * c.country))],
      [RelationshipType.SUMMARISES, 1, c.document, ids.document, () => ids.report(Math.floor(rand() * c.report))],
      [RelationshipType.FEATURES, 1, c.document, ids.document, () => ids.person(skewed(rand, c.person))],
      [RelationshipType.CITES, 1, c.document, ids.document, () => ids.instrument(skewed(rand, c.instrument))],
      [RelationshipType.CONVENED_BY, 1, c.dialogue, ids.dialogue, () => ids.organ(skewed(rand, 5))],
      [RelationshipType.SPOKE_AT, 3, c.person, ids.person, () => ids.dialogue(skewed(rand, c.dialogue))],
      [RelationshipType.HELD, 1, c.person, ids.person, () => ids.post(Math.floor(rand() * c.post))],
      [RelationshipType.PART_OF, 1, c.post, ids.post, () => ids.organ(skewed(rand, c.organ))],
      [RelationshipType.BELONGS_TO, 1, c.measure, ids.measure, () => ids.pillar(Math.floor(rand() * 3))],
      [RelationshipType.PROPOSED_IN, 1, c.measure, ids.measure, () => ids.report(skewed(rand, c.report))],
      [RelationshipType.INVOLVES, 1, c.measure, ids.measure, () => ids.organ(skewed(rand, c.organ))],
    ];
    for (const [type, per, n, from, to] of plans) {
      let rows: Array<{ id: string; from: string; to: string; properties: Record<string, unknown> }> = [];
      for (let i = 0; i < n; i += 1) {
        for (let k = 0; k < per; k += 1) {
          const a = from(i);
          const b = to(i);
          // Two draws may pick the same end: the key keeps both ids distinct, as `#key` does in the seed.
          const id = relationshipId(type, a, b, per > 1 ? String(k) : undefined);
          rows.push({ id, from: a, to: b, properties: storedRelationship({ id, type, from: a, to: b, properties: {}, sources: source(rand, a) }) });
          if (rows.length >= batch) {
            yield { type, rows };
            rows = [];
          }
        }
      }
      if (rows.length > 0) yield { type, rows };
    }
  }

  return { counts: c, nodes, relationships };
}

/**
 * Loads a synthetic graph into an empty database the way a bulk load should: `CREATE` (no per-row MERGE), many
 * rows per statement, committed in `CALL { } IN TRANSACTIONS` batches, with only the id constraint in place;
 * the rest of the schema (relationship constraints, the full-text indexes) is built once, after the data, and
 * the load ends when every index is online.
 */
export async function loadSynthetic(
  driver: Driver,
  database: string,
  synthetic: SyntheticGraph,
  log: (line: string) => void,
): Promise<{ nodes: number; relationships: number }> {
  let nodes = 0;
  let relationships = 0;
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  // CALL ... IN TRANSACTIONS commits by itself, so it runs in an auto-commit transaction, not a managed one.
  const run = async (query: string, params: Record<string, unknown> = {}) => {
    const session = driver.session({ database });
    try {
      await session.run(query, params);
    } finally {
      await session.close();
    }
  };
  const schema = schemaStatements();
  await run(schema.find((statement) => statement.includes('CONSTRAINT entity_id'))!);
  await run('CALL db.awaitIndexes(600)');
  for (const { kind, records } of synthetic.nodes()) {
    await run(cypher('bulk/create-nodes').replaceAll('`$KIND`', label(kind)), { rows: records.map((node) => ({ properties: storedNode(node) })) });
    nodes += records.length;
  }
  log(`  ${nodes} nodes after ${seconds()} s`);
  let next = 100_000;
  for (const { type, rows } of synthetic.relationships()) {
    await run(cypher('bulk/create-relationships').replaceAll('`$TYPE`', relType(type)), { rows });
    relationships += rows.length;
    if (relationships >= next) {
      log(`  ${relationships} relationships after ${seconds()} s`);
      next += 100_000;
    }
  }
  for (const statement of schema) await run(statement);
  await run('CALL db.awaitIndexes(600)');
  log(`  schema online after ${seconds()} s`);
  return { nodes, relationships };
}

/** The statements of cypher/schema.cypher and those the model implies, as the seed loader applies them. */
function schemaStatements(): string[] {
  const file = cypher('schema')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter(Boolean);
  return [...file, ...modelSchemaStatements()];
}
