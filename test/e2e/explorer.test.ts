import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { Driver } from 'neo4j-driver';
import { Browser, chromium, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/paths';
import { TestApi } from '../helpers/api';
import { testDriver } from '../helpers/db';
import { HttpApp } from '../helpers/http-app';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');

/** The Debian chromium on PATH; the test fails (never skips) without it, as .ci/run installs it. */
function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not on PATH; install the Debian package (apt-get install -y chromium), as .ci/run does');
  }
}

// Reads from the page's Cytoscape instance; the page exposes it as window.explorer for the console and tests.
const inPage = {
  nodeCount: () => (globalThis as any).explorer.cy.nodes().length as number,
  visibleNodeCount: () => (globalThis as any).explorer.cy.nodes(':visible').length as number,
  hasNode: (id: string) => (globalThis as any).explorer.cy.getElementById(id).nonempty() as boolean,
  tap: (id: string) => {
    const node = (globalThis as any).explorer.cy.getElementById(id);
    if (node.empty()) throw new Error(`${id} is not drawn`);
    node.emit('tap');
  },
  /** A drawn node at least two relationships away from `id`. */
  farNode: (id: string) => {
    const cy = (globalThis as any).explorer.cy;
    const start = cy.getElementById(id);
    const near = start.closedNeighborhood().nodes();
    const far = cy.nodes().difference(near);
    return far.length ? (far[0].id() as string) : null;
  },
  highlighted: () => {
    const cy = (globalThis as any).explorer.cy;
    return {
      nodes: cy.nodes('.path').map((node: any) => node.id()) as string[],
      edges: cy.edges('.path').map((edge: any) => [edge.source().id(), edge.target().id()]) as Array<[string, string]>,
    };
  },
};

jest.setTimeout(180_000);

describe('the explorer page in headless Chromium', () => {
  let driver: Driver;
  let app: HttpApp;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const foreignRequests: string[] = [];

  /** Waits until the details panel shows `id`, failing at once with the page's message if it reports an error. */
  async function waitForDetails(id: string): Promise<void> {
    await page.waitForFunction((expected) => {
      const doc = (globalThis as any).document;
      return doc.getElementById('details-id')?.textContent === expected || doc.getElementById('message').classList.contains('error');
    }, id);
    const message = await page.locator('#message.error').allTextContents();
    expect(message).toEqual([]);
    expect(await page.textContent('#details-id')).toBe(id);
  }

  /**
   * Taps a drawn node through Cytoscape's own event, as a click on it would: a mouse click at its position
   * can land on a neighbour's label on a crowded canvas, which tests the layout rather than the explorer.
   */
  async function clickNode(id: string): Promise<void> {
    await page.evaluate(inPage.tap, id);
    await waitForDetails(id);
  }

  async function searchAndPick(text: string, label: string): Promise<void> {
    await page.fill('#search', text);
    const option = page.locator('#suggestions li[role="option"]', { hasText: label }).first();
    await option.waitFor();
    await option.click();
  }

  const nodeCount = () => page.evaluate(inPage.nodeCount);

  beforeAll(async () => {
    driver = testDriver();
    app = await new HttpApp(driver).start();
    app.readiness.markPrepared();
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // Generous: on a loaded CI machine the first queries are slow; what the page shows decides, not the clock.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url)) foreignRequests.push(request.url());
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await driver?.close();
  });

  it('loads /explore with Cytoscape.js served by the API itself', async () => {
    const response = await page.goto(`${app.url}/explore`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.evaluate(() => typeof (globalThis as any).cytoscape)).toBe('function');
    await expect(page.locator('#empty').isVisible()).resolves.toBe(true);
  });

  it('searches for "Luck", draws the picked node\'s neighbourhood, and shows its properties and sources', async () => {
    await searchAndPick('Luck', 'Edward Luck');
    await waitForDetails('person:edward-luck');
    expect(await nodeCount()).toBeGreaterThan(1);
    expect(await page.textContent('#details-label')).toBe('Edward Luck');
    expect(await page.locator('#details-properties dt').allTextContents()).toContain('name');
    expect(await page.locator('#details-sources li').count()).toBeGreaterThan(0);
    expect(await page.textContent('#counts')).toMatch(/^\d+ nodes, \d+ relationships/);
  });

  it('expands a neighbour and draws more nodes', async () => {
    const before = await nodeCount();
    await clickNode('post:special-adviser-r2p');
    await page.click('#expand');
    await page.waitForFunction((count) => (globalThis as any).explorer.cy.nodes().length > count, before);
    expect(await nodeCount()).toBeGreaterThan(before);
  });

  it('finds and highlights the shortest path between two picked nodes', async () => {
    const far = await page.evaluate(inPage.farNode, 'person:edward-luck');
    expect(far).not.toBeNull();
    await clickNode('person:edward-luck');
    await page.click('#path-from');
    await clickNode(far!);
    await page.click('#path-to');
    await page.click('#find-path');
    await page.waitForFunction(() => (globalThis as any).explorer.cy.edges('.path').length > 0);
    const route = await page.evaluate(inPage.highlighted);
    expect(route.nodes).toEqual(expect.arrayContaining(['person:edward-luck', far!]));
    expect(route.edges.length).toBe(route.nodes.length - 1);
    for (const [source, target] of route.edges) {
      expect(route.nodes).toContain(source);
      expect(route.nodes).toContain(target);
    }
    expect(await page.textContent('#message')).toMatch(/^Path of \d+ relationships? highlighted\.$/);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
  });

  it('offers the current view as a download that holds exactly the nodes drawn', async () => {
    const drawn = await nodeCount();
    const url = await page.evaluate(() => (globalThis as any).explorer.exportUrl('r2p.graphml') as string);
    expect(url).toMatch(/^\/export\/r2p\.graphml\?depth=0&ids=/);
    const response = await app.raw('GET', url);
    expect(response.status).toBe(200);
    expect(parseGraphml(Graph, response.text).order).toBe(drawn);
  });

  it('draws the whole graph quickly and filters it by year with the timeline', async () => {
    const api = new TestApi(driver);
    const { stats } = await api.data<{ stats: { totalNodes: number } }>('{ stats { totalNodes } }');
    const started = Date.now();
    await page.click('#whole-graph');
    await page.waitForFunction((total) => (globalThis as any).explorer.cy.nodes().length === total, stats.totalNodes);
    const drawMs = Date.now() - started;
    expect(drawMs).toBeLessThan(30_000);
    expect(await page.evaluate(() => (globalThis as any).explorer.exportUrl('r2p.gexf'))).toBe('/export/r2p.gexf');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-whole-graph.png') });

    await page.check('#timeline-on');
    await page.locator('#year').fill('2009');
    await page.waitForFunction(() => (globalThis as any).document.getElementById('year-label')?.textContent === 'up to 2009');
    const visible = await page.evaluate(inPage.visibleNodeCount);
    expect(visible).toBeLessThan(stats.totalNodes);
    expect(visible).toBeGreaterThan(0);
    expect(await page.evaluate(inPage.hasNode, 'A/63/677')).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).explorer.cy.getElementById('A/66/874').visible())).toBe(false);
    expect(await page.textContent('#counts')).toMatch(/hidden by the timeline/);
    await page.uncheck('#timeline-on');
    expect(await page.evaluate(inPage.visibleNodeCount)).toBe(stats.totalNodes);
  });

  it('made no request to any other origin and logged no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
