import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import { ConfiguredApp } from '../helpers/configured-app';

type Queries = Partial<Record<'model' | 'disputes' | 'search' | 'neighbourhood' | 'graph' | 'path' | 'details' | 'whole', string>>;

/**
 * The GraphQL documents the explorer sends, read from its own script so that this test follows the page: its
 * `QUERIES` object, evaluated with the string constants declared before it (the field lists it interpolates).
 */
function explorerQueries(): Queries {
  const script = fs.readFileSync(path.join(PROJECT_ROOT, 'public/explore.js'), 'utf8');
  const start = script.indexOf('  const QUERIES = {');
  const end = script.indexOf('\n  };', start);
  if (start === -1 || end === -1) throw new Error('public/explore.js no longer declares its QUERIES');
  const constants = [...script.slice(0, start).matchAll(/^ {2}const [A-Z_]+ = (?:'[^'\n]*'|`[^`]*`);$/gm)].map((match) => match[0]);
  return new Function(`${constants.join('\n')}\n${script.slice(start, end + 4)}\nreturn QUERIES;`)();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('one person using the explorer, with the default limits', () => {
  let app: ConfiguredApp;
  const statuses: number[] = [];
  // The error codes the page would show; none may be RATE_LIMITED.
  const codes: string[] = [];
  let lowest = Infinity;

  beforeAll(async () => {
    app = await new ConfiguredApp().start();
  });

  afterAll(() => app.stop());

  /** Sends what the page's graphql() sends: a POST accepting only application/json. */
  async function graphql(query: string, variables: Record<string, unknown>): Promise<any> {
    const response = await app.graphql(query, { accept: 'application/json' }, variables);
    statuses.push(response.status);
    lowest = Math.min(lowest, Number(/r=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1] ?? Infinity));
    const body = (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
    for (const error of body.errors ?? []) codes.push(String(error.extensions?.code));
    return body.data ?? {};
  }

  async function download(url: string): Promise<void> {
    const response = await fetch(`${app.url}${url}`);
    await response.arrayBuffer();
    statuses.push(response.status);
  }

  /** The ids of the nodes an answer draws: a neighbourhood's nodes, or those of a Cytoscape export. */
  function drawnIds(data: any): string[] {
    if (!data.neighbourhood && !data.exportGraph) return [];
    if (data.neighbourhood) return (data.neighbourhood.nodes as Array<{ id: string }>).map((node) => node.id);
    return (JSON.parse(data.exportGraph).elements.nodes as Array<{ data: { id: string } }>).map((node) => node.data.id);
  }

  it('is never rate-limited while searching, expanding, drawing the whole graph, finding paths and downloading', async () => {
    const queries = explorerQueries();
    for (const page of ['/explore', '/explore/explore.js', '/explore/explore.css']) await download(page);
    if (queries.model) await graphql(queries.model, {});
    if (queries.disputes) await graphql(queries.disputes, {});

    // Typing "genocide" with the page's debounce: a search at each pause.
    for (const text of ['ge', 'genoc', 'genocide']) {
      await graphql(queries.search!, { text });
      await pause(300);
    }
    const hits = (await graphql(queries.search!, { text: 'responsibility to protect' })).search as Array<{ node: { id: string } }>;
    const start = hits[0].node.id;

    // Expanding node after node, faster than anyone reads them: one every 1.2 s, each also opened for its details.
    const seen = new Set<string>([start]);
    const expanded: string[] = [];
    const frontier = [start];
    for (let i = 0; i < 15 && frontier.length > 0; i += 1) {
      const id = frontier.shift()!;
      expanded.push(id);
      const data = queries.neighbourhood
        ? await graphql(queries.neighbourhood, { id })
        : await graphql(queries.graph!, { ids: expanded.slice(-300), depth: 1 });
      for (const drawn of drawnIds(data)) {
        if (!seen.has(drawn)) frontier.push(drawn);
        seen.add(drawn);
      }
      if (queries.details) await graphql(queries.details, { id });
      await pause(1_200);
    }

    const drawn = [...seen];
    await graphql(queries.path!, { from: drawn[0], to: drawn[drawn.length - 1] });
    await pause(1_000);
    await graphql(queries.whole ?? queries.graph!, {});
    await pause(1_000);

    // Every download button, for the view and for the whole graph.
    const view = new URLSearchParams({ depth: '0' });
    drawn.slice(0, 300).forEach((id) => view.append('ids', id));
    for (const file of ['r2p.graphml', 'r2p.gexf', 'r2p.cyjs', 'r2p.json']) {
      await download(`/export/${file}?${view}`);
      await pause(800);
      await download(`/export/${file}`);
      await pause(800);
    }

    console.log(`explorer session: ${statuses.length} requests, the budget never fell below ${lowest} of 50000 tokens`);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(codes).not.toContain('RATE_LIMITED');
    expect(statuses.length).toBeGreaterThan(30);
  });
});
