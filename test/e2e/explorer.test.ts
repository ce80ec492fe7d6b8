import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { Driver } from 'neo4j-driver';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/paths';
import { TestApi } from '../helpers/api';
import { testDriver } from '../helpers/db';
import { HttpApp } from '../helpers/http-app';

// `npm run screenshots` sets SCREENSHOT_DIR=docs to regenerate the README's pictures; otherwise they are test artifacts.
const SHOTS = path.join(PROJECT_ROOT, process.env.SCREENSHOT_DIR ?? 'test-artifacts');
const AXE = require.resolve('axe-core/axe.min.js');

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
  ready: () => (globalThis as any).explorer?.ready === true,
  nodeCount: () => (globalThis as any).explorer.cy.nodes().length as number,
  visibleNodeCount: () => (globalThis as any).explorer.cy.nodes().not('.hidden').length as number,
  visibleKinds: () => [...new Set((globalThis as any).explorer.cy.nodes().not('.hidden').map((node: any) => node.data('kind')))].sort() as string[],
  visibleTypes: () => [...new Set((globalThis as any).explorer.cy.edges().not('.hidden').map((edge: any) => edge.data('type')))].sort() as string[],
  kindCounts: () => {
    const counts: Record<string, number> = {};
    (globalThis as any).explorer.cy.nodes().forEach((node: any) => { counts[node.data('kind')] = (counts[node.data('kind')] ?? 0) + 1; });
    return counts;
  },
  isVisible: (id: string) => {
    const node = (globalThis as any).explorer.cy.getElementById(id);
    return node.nonempty() && !node.hasClass('hidden');
  },
  classesOf: (id: string) => (globalThis as any).explorer.cy.getElementById(id).classes() as string[],
  tap: (id: string) => {
    const node = (globalThis as any).explorer.cy.getElementById(id);
    if (node.empty()) throw new Error(`${id} is not drawn`);
    node.emit('tap');
  },
  /** A drawn node at least two relationships away from `id`. */
  farNode: (id: string) => {
    const cy = (globalThis as any).explorer.cy;
    const near = cy.getElementById(id).closedNeighborhood().nodes();
    const far = cy.nodes().not('.hidden').difference(near);
    return far.length ? (far[0].id() as string) : null;
  },
  highlighted: () => {
    const cy = (globalThis as any).explorer.cy;
    return {
      nodes: cy.nodes('.path').map((node: any) => node.id()) as string[],
      edges: cy.edges('.path').map((edge: any) => [edge.source().id(), edge.target().id()]) as Array<[string, string]>,
    };
  },
  /** The drawn labels' boxes on screen, and how many pairs of them overlap. */
  labelOverlaps: () => {
    const cy = (globalThis as any).explorer.cy;
    const boxes = cy.nodes().not('.hidden').filter((node: any) => node.data('shown'))
      .map((node: any) => node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
    const ids = cy.nodes().not('.hidden').filter((node: any) => node.data('shown')).map((node: any) => node.id());
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.x1 < b.x2 - 1 && a.x2 > b.x1 + 1 && a.y1 < b.y2 - 1 && a.y2 > b.y1 + 1) pairs.push(`${ids[i]} ${JSON.stringify(a)} / ${ids[j]} ${JSON.stringify(b)} zoom ${cy.zoom()}`);
      }
    }
    return { labels: boxes.length, overlaps: pairs.length, pairs, nodes: cy.nodes().not('.hidden').length };
  },
  sizeAndDegree: () => (globalThis as any).explorer.cy.nodes().not('.hidden').map((node: any) =>
    [node.connectedEdges().not('.hidden').length, node.data('size')]) as Array<[number, number]>,
};

/** Frame intervals (ms) from requestAnimationFrame timestamps while `act` pans and zooms. */
async function frameTimes(page: Page, act: () => Promise<void>): Promise<{ frames: number; median: number; p95: number; max: number }> {
  await page.evaluate(() => {
    const g = globalThis as any;
    g.__frames = [];
    g.__recording = true;
    const tick = (time: number) => {
      g.__frames.push(time);
      if (g.__recording) g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
  });
  await act();
  const stamps = await page.evaluate(() => {
    const g = globalThis as any;
    g.__recording = false;
    return g.__frames as number[];
  });
  const intervals = stamps.slice(1).map((time, index) => time - stamps[index]).sort((a, b) => a - b);
  const at = (q: number) => intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))];
  return { frames: intervals.length, median: at(0.5), p95: at(0.95), max: intervals[intervals.length - 1] };
}

jest.setTimeout(240_000);

describe('the explorer page in headless Chromium', () => {
  let driver: Driver;
  let app: HttpApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let totals: { totalNodes: number; totalRelationships: number; nodes: Array<{ name: string; count: number }> };
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const measured: Record<string, unknown> = {};

  function watch(target: Page): void {
    target.setDefaultTimeout(60_000);
    target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    target.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    target.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
    });
  }

  async function openPage(target: Page, query = ''): Promise<void> {
    const response = await target.goto(`${app.url}/explore${query}`);
    expect(response?.status()).toBe(200);
    await target.waitForFunction(inPage.ready);
  }

  /** Waits until the details panel shows `id` and its relationships have come, failing at once on the page's error. */
  async function waitForDetails(id: string, on: Page = page): Promise<void> {
    await on.waitForFunction((expected) => {
      const doc = (globalThis as any).document;
      const shown = doc.getElementById('details-id')?.textContent === expected && doc.querySelectorAll('#details-relationships details').length > 0;
      return shown || doc.getElementById('message').classList.contains('error');
    }, id);
    expect(await on.locator('#message.error').allTextContents()).toEqual([]);
    expect(await on.textContent('#details-id')).toBe(id);
  }

  async function clickNode(id: string): Promise<void> {
    await page.evaluate(inPage.tap, id);
    await waitForDetails(id);
  }

  const nodeCount = () => page.evaluate(inPage.nodeCount);

  beforeAll(async () => {
    driver = testDriver();
    app = await new HttpApp(driver).start();
    app.readiness.markPrepared();
    totals = (await new TestApi(driver).data<{ stats: typeof totals }>('{ stats { totalNodes totalRelationships nodes { name count } } }')).stats;
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    page = await context.newPage();
    watch(page);
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    if (Object.keys(measured).length) {
      fs.mkdirSync(path.join(PROJECT_ROOT, 'test-artifacts'), { recursive: true });
      fs.writeFileSync(path.join(PROJECT_ROOT, 'test-artifacts', 'explorer-timings.json'), `${JSON.stringify(measured, null, 2)}\n`);
    }
    await browser?.close();
    await app?.stop();
    await driver?.close();
  });

  it('loads /explore with Cytoscape.js and fCoSE served by the API itself', async () => {
    const response = await page.goto(`${app.url}/explore`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForFunction(inPage.ready);
    expect(await page.evaluate(() => typeof (globalThis as any).cytoscapeFcose)).toBe('function');
    expect(await page.locator('#empty').isVisible()).toBe(true);
  });

  it('groups search suggestions by kind, shows symbols and dates, and takes the first on Enter', async () => {
    await page.fill('#search', 'responsibility to protect');
    await page.locator('#suggestions [role="option"]').first().waitFor();
    const groups = await page.locator('#suggestions [role="group"] .group-label').allTextContents();
    expect(groups.length).toBeGreaterThan(1);
    expect(new Set(groups).size).toBe(groups.length);
    const resolution = page.locator('#suggestions [role="group"]', { has: page.locator('.group-label', { hasText: /^Resolution$/ }) });
    if (await resolution.count()) expect(await resolution.locator('.meta').first().textContent()).toMatch(/^[AS]\/.+ · \d{4}-\d{2}-\d{2}$/);

    await page.fill('#search', 'Edward Luck');
    await page.locator('#suggestions[data-for="Edward Luck"] [role="option"]').first().waitFor();
    const first = await page.locator('#suggestions [role="option"]').first().getAttribute('data-id');
    expect(first).toBe('person:edward-luck');
    await page.press('#search', 'Enter');
    await waitForDetails(first!);
    expect(await nodeCount()).toBeGreaterThan(1);
    expect(await page.locator('#details-sources li').count()).toBeGreaterThan(0);
  });

  it('lists the kinds drawn with their counts in a legend that filters, and hides claims by default', async () => {
    await page.fill('#search', 'Jennifer Welsh');
    await page.locator('#suggestions [role="option"]', { hasText: 'Jennifer Welsh' }).first().click();
    await waitForDetails('person:jennifer-welsh');
    const counts = await page.evaluate(inPage.kindCounts);
    const legend = await page.locator('#legend li').evaluateAll((items) => items.map((item) => [
      item.querySelector('span:not(.swatch):not(.count)')!.textContent, Number(item.querySelector('.count')!.textContent),
      (item.querySelector('input') as any).checked,
    ]));
    expect(Object.fromEntries(legend.map(([kind, count]) => [kind, count]))).toEqual(counts);
    for (const [kind, , checked] of legend) expect(checked).toBe(kind !== 'Claim');
    expect(await page.evaluate(inPage.visibleKinds)).not.toContain('Claim');

    const kind = legend.map(([name]) => name as string).find((name) => name !== 'Person' && name !== 'Claim')!;
    const before = await page.evaluate(inPage.visibleNodeCount);
    await page.locator('#legend input[value="' + kind + '"]').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction((hidden) => !(globalThis as any).explorer.cy.nodes().not('.hidden').some((node: any) => node.data('kind') === hidden), kind);
    expect(await page.evaluate(inPage.visibleNodeCount)).toBe(before - counts[kind]);
    await page.locator('#legend input[value="' + kind + '"]').check();
    await page.waitForFunction((count) => (globalThis as any).explorer.cy.nodes().not('.hidden').length === count, before);
  });

  it('filters by relationship type', async () => {
    const types = await page.evaluate(inPage.visibleTypes);
    await page.click('#types-box summary');
    await page.locator(`#types input[value="${types[0]}"]`).uncheck();
    await page.waitForFunction((type) => !(globalThis as any).explorer.cy.edges().not('.hidden').some((edge: any) => edge.data('type') === type), types[0]);
    expect(await page.evaluate(inPage.visibleTypes)).toEqual(types.slice(1));
    await page.locator(`#types input[value="${types[0]}"]`).check();
    await page.waitForFunction((count) => new Set((globalThis as any).explorer.cy.edges().not('.hidden').map((edge: any) => edge.data('type'))).size === count, types.length);
  });

  it('sizes nodes by degree and draws labels that never overlap', async () => {
    const pairs = await page.evaluate(inPage.sizeAndDegree);
    for (const [degreeA, sizeA] of pairs) for (const [degreeB, sizeB] of pairs) if (degreeA > degreeB) expect(sizeA).toBeGreaterThan(sizeB);
    const labels = await page.evaluate(inPage.labelOverlaps);
    expect(labels.labels).toBeGreaterThan(1);
    expect(labels.pairs).toEqual([]);
    await page.evaluate(() => { (globalThis as any).document.getElementById('panel').scrollTop = 0; });
    await page.screenshot({ path: path.join(SHOTS, 'explorer-neighbourhood.png') });
  });

  it('shows relationships grouped by type with counts, each opening the related node', async () => {
    const summaries = await page.locator('#details-relationships summary').allTextContents();
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(summary).toMatch(/^[A-Z_]+( \(from\))? \(\d+\)$/);
    const group = page.locator('#details-relationships details', { has: page.locator('summary', { hasText: /^HELD / }) });
    await group.locator('summary').click();
    await group.locator('button').first().click();
    await waitForDetails('post:special-adviser-r2p');
  });

  it('keeps the view in the URL: a copied link restores it in a fresh page, and back returns to the previous view', async () => {
    await clickNode('person:jennifer-welsh');
    await page.locator('#legend input[value="Post"]').uncheck();
    await page.waitForFunction(() => !(globalThis as any).explorer.cy.nodes().not('.hidden').some((node: any) => node.data('kind') === 'Post'));
    await page.click('#copy-link');
    await page.waitForFunction(() => (globalThis as any).document.getElementById('message').textContent === 'Link copied.');
    const link = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>);
    expect(link).toBe(page.url());

    const fresh = await context.newPage();
    watch(fresh);
    await fresh.goto(link);
    await fresh.waitForFunction(inPage.ready);
    await waitForDetails('person:jennifer-welsh', fresh);
    expect(await fresh.evaluate(inPage.visibleKinds)).not.toContain('Post');
    expect(await fresh.locator('#legend input[value="Post"]').isChecked()).toBe(false);
    expect(await fresh.evaluate(inPage.nodeCount)).toBe(await nodeCount());
    await fresh.close();

    await page.goBack();
    await page.waitForFunction(() => (globalThis as any).explorer.cy.nodes().not('.hidden').some((node: any) => node.data('kind') === 'Post'));
    expect(await page.locator('#legend input[value="Post"]').isChecked()).toBe(true);
    await page.goBack();
    await waitForDetails('post:special-adviser-r2p');
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => !(globalThis as any).explorer.cy.nodes().not('.hidden').some((node: any) => node.data('kind') === 'Post'));
    await page.locator('#legend input[value="Post"]').check();
  });

  it('finds and highlights the shortest path between two picked nodes, and the path is in the URL', async () => {
    const far = await page.evaluate(inPage.farNode, 'person:jennifer-welsh');
    expect(far).not.toBeNull();
    await clickNode('person:jennifer-welsh');
    await page.click('#path-from');
    await clickNode(far!);
    await page.click('#path-to');
    await page.click('#find-path');
    await page.waitForFunction(() => (globalThis as any).explorer.cy.edges('.path').length > 0);
    const route = await page.evaluate(inPage.highlighted);
    expect(route.nodes).toEqual(expect.arrayContaining(['person:jennifer-welsh', far!]));
    expect(route.edges.length).toBe(route.nodes.length - 1);
    expect(new URL(page.url()).searchParams.get('path')).toBe('1');
    expect(await page.textContent('#message')).toMatch(/^Path of \d+ relationships? highlighted\.$/);
    await page.click('#clear-path');
    await page.waitForFunction(() => (globalThis as any).explorer.cy.edges('.path').length === 0);
  });

  it('offers the current view as a download that holds exactly the nodes in view', async () => {
    const visible = await page.evaluate(inPage.visibleNodeCount);
    const url = await page.evaluate(() => (globalThis as any).explorer.exportUrl('r2p.graphml') as string);
    expect(url).toMatch(/^\/export\/r2p\.graphml\?depth=0&ids=/);
    const response = await app.raw('GET', url);
    expect(parseGraphml(Graph, response.text).order).toBe(visible);
  });

  it('marks a disputed node and lists its claims with their sources and the preferred one; cites a document', async () => {
    await page.fill('#search', 'Implementing the responsibility to protect');
    await page.locator('#suggestions [role="option"][data-id="A/63/677"]').click();
    await waitForDetails('A/63/677');
    expect(await page.evaluate(inPage.classesOf, 'A/63/677')).toContain('disputed');
    await page.locator('#dispute-box').waitFor();
    const claims = page.locator('#details-disputes .claim');
    expect(await claims.count()).toBeGreaterThan(1);
    expect(await page.locator('#details-disputes .claim.preferred').count()).toBeGreaterThan(0);
    expect(await page.locator('#details-disputes .claim.preferred .flag').first().textContent()).toBe('preferred');
    expect(await claims.first().locator('.claim-sources li').count()).toBeGreaterThan(0);

    await page.waitForFunction(() => /A\/63\/677/.test((globalThis as any).document.getElementById('citation').textContent));
    expect(await page.textContent('#citation')).toBe('Ban Ki-moon. Implementing the responsibility to protect. UN document A/63/677. 12 January 2009. https://undocs.org/A/63/677.');
    const bib = await app.raw('GET', (await page.getAttribute('#cite-bib', 'href'))!);
    expect(bib.text).toMatch(/^@techreport\{A_63_677,/);
    const ris = await app.raw('GET', (await page.getAttribute('#cite-ris', 'href'))!);
    expect(ris.text).toMatch(/^TY {2}- RPRT\r\n/);
    await page.locator('#dispute-box').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'explorer-dispute.png') });
  });

  it('plays the timeline year by year, keeping what came before and marking what is new', async () => {
    await page.fill('#search', 'Libya');
    await page.locator('#suggestions [role="option"][data-id="country:libya"]').click();
    await waitForDetails('country:libya');
    await page.check('#timeline-on');
    await page.locator('#year').fill('2011');
    await page.waitForFunction(() => /^up to 2011/.test((globalThis as any).document.getElementById('year-label').textContent));
    const newIn2011 = await page.evaluate(() => (globalThis as any).explorer.cy.nodes('.new-this-year').map((node: any) => node.data('startYear')));
    expect(newIn2011.length).toBeGreaterThan(0);
    expect(new Set(newIn2011)).toEqual(new Set([2011]));
    const later = await page.evaluate(() => (globalThis as any).explorer.cy.nodes().filter((node: any) => node.data('startYear') > 2011 && !node.hasClass('hidden')).map((node: any) => node.id()));
    expect(later).toEqual([]);
    const earlier = await page.evaluate(() => (globalThis as any).explorer.cy.nodes().filter((node: any) => node.data('startYear') < 2011 && !node.hasClass('hidden')).length);
    expect(earlier).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-timeline.png') });

    await page.locator('#year').fill(await page.getAttribute('#year', 'min') as string);
    const start = Number(await page.inputValue('#year'));
    await page.click('#play');
    await page.waitForFunction((year) => Number((globalThis as any).document.getElementById('year').value) >= year + 2, start);
    await page.click('#play');
    expect(await page.textContent('#play')).toMatch(/Play/);
    expect(Number(new URL(page.url()).searchParams.get('year'))).toBeGreaterThanOrEqual(start + 2);
    await page.uncheck('#timeline-on');
    await page.waitForFunction(() => (globalThis as any).document.getElementById('year-label').textContent === 'all years');
  });

  it('draws the whole graph, interactive, within the goals, and measures it', async () => {
    const claims = totals.nodes.find((kind) => kind.name === 'Claim')?.count ?? 0;
    await page.click('#whole-graph');
    await page.waitForFunction(() => typeof (globalThis as any).explorer.timings.wholeMs === 'number');
    const timings = await page.evaluate(() => ({ ...(globalThis as any).explorer.timings }));
    const wholeMs = timings.wholeMs as number;
    expect(await nodeCount()).toBe(totals.totalNodes);
    expect(await page.evaluate(inPage.visibleNodeCount)).toBe(totals.totalNodes - claims);
    expect((await page.evaluate(inPage.labelOverlaps)).pairs).toEqual([]);

    await page.waitForFunction(() => (globalThis as any).explorer.timings.refined === true);
    const refineMs = await page.evaluate(() => (globalThis as any).explorer.timings.refineMs as number);
    expect((await page.evaluate(inPage.labelOverlaps)).pairs).toEqual([]);
    const box = (await page.locator('#graph').boundingBox())!;
    const pan = await frameTimes(page, async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let step = 0; step < 40; step += 1) await page.mouse.move(box.x + box.width / 2 + 6 * step, box.y + box.height / 2 + 3 * step);
      await page.mouse.up();
      for (let step = 0; step < 20; step += 1) await page.mouse.wheel(0, step < 10 ? -120 : 120);
    });
    Object.assign(measured, { nodes: totals.totalNodes, relationships: totals.totalRelationships, visibleNodes: totals.totalNodes - claims, wholeMs, fetchMs: timings.fetchMs, layoutMs: timings.layoutMs, refineMs, pan });
    // The goals: the whole graph drawn in under 1.5 s, frames under 50 ms while panning and zooming. They hold on
    // a quiet machine; on a machine busier than its cores (a shared CI runner) the figures are recorded, and only
    // what no load excuses is asserted.
    const quiet = os.loadavg()[0] < os.cpus().length;
    Object.assign(measured, { loadAverage: os.loadavg()[0], cores: os.cpus().length });
    expect(wholeMs).toBeLessThan(quiet ? 1500 : 15_000);
    expect(pan.median).toBeLessThan(50);
    await page.click('#fit');
    // The labels are placed again once the view has settled; the picture waits for that frame.
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-whole-graph.png') });

    await clickNode('person:edward-luck');
    expect(await page.evaluate(() => (globalThis as any).explorer.cy.getElementById('person:edward-luck').data('shown'))).toBe('Edward Luck');
    // Claims are hidden, so the view is not the whole graph: the download names what is in view.
    if (totals.totalNodes - claims <= 300) {
      const named = new URLSearchParams((await page.evaluate(() => (globalThis as any).explorer.exportUrl('r2p.gexf') as string)).split('?')[1]);
      expect(named.getAll('ids').length).toBe(totals.totalNodes - claims);
    }
    await page.locator('#legend input[value="Claim"]').check();
    await page.waitForFunction((total) => (globalThis as any).explorer.cy.nodes().not('.hidden').length === total, totals.totalNodes);
    expect(await page.evaluate(() => (globalThis as any).explorer.exportUrl('r2p.gexf'))).toBe('/export/r2p.gexf');
    await page.locator('#legend input[value="Claim"]').uncheck();
  });

  it('has no serious or critical accessibility violation (axe-core), and every control takes the keyboard with visible focus', async () => {
    await page.evaluate(fs.readFileSync(AXE, 'utf8'));
    const result = await page.evaluate(() => (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((violation: any) => ['serious', 'critical'].includes(violation.impact));
    expect(serious.map((violation: any) => `${violation.id}: ${violation.nodes.map((node: any) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.locator('#search').focus();
    const reached = new Set<string>(['search']);
    for (let step = 0; step < 400 && !reached.has('r2p.ris'); step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = (globalThis as any).document.activeElement;
        const style = (globalThis as any).getComputedStyle(element);
        return { id: element.id || element.dataset.file || element.value || element.textContent.trim().slice(0, 20), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      expect(focused.outline).toBe(true);
      reached.add(focused.id);
    }
    for (const control of ['search', 'whole-graph', 'copy-link', 'expand', 'Person', 'timeline-on', 'play', 'r2p.bib']) expect(reached).toContain(control);
  });

  it('on a 390x844 phone shows the panel as a sheet and never scrolls sideways', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    watch(phone);
    await openPage(phone, '?expand=person%3Ajennifer-welsh&node=person%3Ajennifer-welsh');
    await waitForDetails('person:jennifer-welsh', phone);
    const layout = await phone.evaluate(() => {
      const doc = (globalThis as any).document;
      const panel = doc.getElementById('panel').getBoundingClientRect();
      return { scrollWidth: doc.documentElement.scrollWidth, width: doc.documentElement.clientWidth,
        position: (globalThis as any).getComputedStyle(doc.getElementById('panel')).position, panelBottom: panel.bottom, panelWidth: panel.width };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.width);
    expect(layout.position).toBe('fixed');
    expect(layout.panelWidth).toBe(390);
    expect(Math.round(layout.panelBottom)).toBe(844);
    await phone.click('#sheet-toggle');
    expect(await phone.locator('#panel-body').isVisible()).toBe(false);
    await phone.close();
  });

  it('made no request to any other origin and logged no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  });
});
