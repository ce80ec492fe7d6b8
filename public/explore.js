/* R2P Graph explorer: draws the graph with Cytoscape.js and the fCoSE layout from the public GraphQL API
   (POST /graphql) only, and downloads the current view from /export. No build step: plain browser JavaScript.
   The view (what is drawn, selected, filtered, the path and the year) lives in the URL, so a link reopens it. */
'use strict';

(function main() {
  const DEFAULT_HIDDEN_KINDS = ['Claim'];
  const MAX_EXPORT_IDS = 300;
  const LABEL_LENGTH = 30;
  const FONT = 12;
  const PLAY_STEP_MS = 900;
  const LABEL_FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';
  const measure = document.createElement('canvas').getContext('2d');

  const SOURCE_FIELDS = 'sources { document title url passage }';
  const QUERIES = {
    model: `query Model { model { kinds { kind colour dateProperty citable description }
      relationshipTypes { type from to } } }`,
    disputes: 'query Disputes { disputes { subject { id } } }',
    search: 'query Search($text: String!) { search(text: $text, first: 12) { node { id kind label properties } } }',
    graph: 'query Graph($ids: [ID!], $depth: Int) { exportGraph(format: CYTOSCAPE, ids: $ids, depth: $depth) }',
    path: `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 8) {
      nodes { id kind label properties ${SOURCE_FIELDS} } edges { id type source target properties ${SOURCE_FIELDS} } } }`,
    details: `query Details($id: ID!) { node(id: $id) {
      relationships { type direction node { id kind label } }
      claims { id property value preferred reason ${SOURCE_FIELDS} } } }`,
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    search: $('search'), suggestions: $('suggestions'), empty: $('empty'), details: $('details'), counts: $('counts'),
    message: $('message'), legend: $('legend'), types: $('types'), timelineOn: $('timeline-on'), play: $('play'),
    year: $('year'), yearLabel: $('year-label'), pathFromLabel: $('path-from-label'), pathToLabel: $('path-to-label'),
    findPath: $('find-path'), clearPath: $('clear-path'), panel: $('panel'), sheetToggle: $('sheet-toggle'),
  };

  /** What the URL says: the drawn neighbourhoods (or the whole graph), selection, filters, path and year. */
  function emptyView() {
    return { whole: false, expanded: [], selected: null, hiddenKinds: [...DEFAULT_HIDDEN_KINDS], hiddenTypes: [],
      pathFrom: null, pathTo: null, pathShown: false, year: null };
  }
  let view = emptyView();

  /** What is drawn now, to tell which parts of a new view need the API. */
  const drawn = { key: '', pathKey: '', pathIds: new Set() };
  /** The graph model as the API declares it (kinds with colours, dates and citable flags; relationship endpoints), and the disputed nodes. */
  const model = { kinds: new Map(), relationshipTypes: new Map(), disputed: new Set() };
  const timings = {};
  let hovered = null;
  let suggestionIndex = -1;
  let searchSeq = 0;
  let playTimer = null;

  const colourOf = (kind) => (model.kinds.get(kind) || { colour: '#999' }).colour;

  const cy = cytoscape({
    container: $('graph'),
    minZoom: 0.03,
    maxZoom: 5,
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    motionBlur: false,
    pixelRatio: 1,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (node) => colourOf(node.data('kind')),
          label: 'data(shown)',
          'font-size': 'data(fs)',
          'text-valign': 'data(lv)',
          'text-halign': 'data(lh)',
          'text-margin-y': (node) => (node.data('lv') === 'bottom' ? 2 : node.data('lv') === 'top' ? -2 : 0),
          'text-wrap': 'none',
          'font-family': LABEL_FONT,
          color: '#1d2330',
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          width: 'data(size)',
          height: 'data(size)',
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 1,
          'line-color': '#c3c9d3',
          'target-arrow-color': '#c3c9d3',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.6,
          'curve-style': 'haystack',
          'haystack-radius': 0,
          label: '',
          'font-size': 8,
          color: '#555e6e',
          'text-rotation': 'autorotate',
          'text-background-color': '#fff',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
        },
      },
      { selector: 'edge.focus', style: { 'curve-style': 'bezier', width: 1.6, 'line-color': '#7d8797', 'target-arrow-color': '#7d8797', 'z-index': 5 } },
      { selector: 'node.disputed', style: { 'border-width': 3, 'border-color': '#b42318', 'border-style': 'double' } },
      { selector: 'node.new-this-year', style: { 'underlay-color': '#f59f00', 'underlay-opacity': 0.55, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b5cad', 'border-style': 'solid' } },
      { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#d9480f' } },
      { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d9480f', opacity: 1, 'text-opacity': 1 } },
      {
        selector: 'edge.path',
        style: { 'curve-style': 'bezier', width: 3.5, 'line-color': '#d9480f', 'target-arrow-color': '#d9480f', color: '#d9480f', label: 'data(type)', opacity: 1, 'z-index': 10 },
      },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  // For the browser console and the end-to-end test.
  window.explorer = { cy, timings, view: () => view };

  async function graphql(name, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: QUERIES[name], variables }),
    });
    const body = await response.json().catch(() => null);
    if (!body) throw new Error(`The server answered ${response.status}.`);
    if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
    return body.data;
  }

  function say(text, isError) {
    ui.message.textContent = text || '';
    ui.message.classList.toggle('error', Boolean(isError));
  }

  async function busy(work) {
    document.body.style.cursor = 'progress';
    try {
      await work();
    } catch (error) {
      say(error.message, true);
    } finally {
      document.body.style.cursor = '';
    }
  }

  // --- The view in the URL ---------------------------------------------------------------------------------

  function viewToQuery(next) {
    const params = new URLSearchParams();
    if (next.whole) params.set('whole', '1');
    for (const id of next.expanded) params.append('expand', id);
    if (next.selected) params.set('node', next.selected);
    if (next.hiddenKinds.join() !== DEFAULT_HIDDEN_KINDS.join()) params.set('hide', next.hiddenKinds.join(','));
    if (next.hiddenTypes.length) params.set('hideTypes', next.hiddenTypes.join(','));
    if (next.pathFrom) params.set('from', next.pathFrom);
    if (next.pathTo) params.set('to', next.pathTo);
    if (next.pathShown) params.set('path', '1');
    if (next.year !== null) params.set('year', String(next.year));
    const text = params.toString();
    return text ? `?${text}` : location.pathname;
  }

  function viewFromQuery(search) {
    const params = new URLSearchParams(search);
    const list = (name) => (params.get(name) || '').split(',').filter(Boolean);
    const year = Number(params.get('year'));
    return {
      whole: params.get('whole') === '1',
      expanded: params.getAll('expand'),
      selected: params.get('node'),
      hiddenKinds: params.has('hide') ? list('hide') : [...DEFAULT_HIDDEN_KINDS],
      hiddenTypes: list('hideTypes'),
      pathFrom: params.get('from'),
      pathTo: params.get('to'),
      pathShown: params.get('path') === '1',
      year: params.has('year') && Number.isInteger(year) ? year : null,
    };
  }

  // Views are drawn one after another: a change made while one is drawn applies to the view it leaves.
  let queue = Promise.resolve();
  function enqueue(work) {
    queue = queue.then(() => busy(work));
    return queue;
  }

  /** Moves to a new view: a new history entry (or, for steps like the timeline's, the same one), so that back returns. */
  function change(patch, options) {
    return enqueue(() => show({ ...view, ...patch }, { history: options && options.replace ? 'replace' : 'push' }));
  }

  window.addEventListener('popstate', () => enqueue(() => show(viewFromQuery(location.search), { history: 'none' })));

  // --- Elements ----------------------------------------------------------------------------------------------

  function yearOf(value) {
    const match = typeof value === 'string' ? /^(\d{4})/.exec(value) : null;
    return match ? Number(match[1]) : null;
  }

  function shorten(text) {
    return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
  }

  function nodeElement(node) {
    const props = node.properties || {};
    const kind = model.kinds.get(node.kind);
    const dateProperty = kind && kind.dateProperty;
    return {
      group: 'nodes',
      data: {
        id: node.id, kind: node.kind, label: node.label, short: shorten(node.label), properties: props,
        sources: node.sources || [], startYear: dateProperty ? yearOf(props[dateProperty]) : null, endYear: yearOf(props.endDate),
        shown: '', fs: FONT, lv: 'bottom', lh: 'center', size: 16,
      },
    };
  }

  function edgeElement(edge) {
    const props = edge.properties || {};
    return {
      group: 'edges',
      data: {
        id: edge.id, source: edge.source, target: edge.target, type: edge.type, properties: props, sources: edge.sources || [],
        startYear: yearOf(props.from !== undefined && props.from !== null ? props.from : props.date), endYear: yearOf(props.to),
      },
    };
  }

  /** The Cytoscape export's elements as the API's nodes and edges: properties beside the fixed fields. */
  function fromCytoscapeExport(text) {
    const { elements } = JSON.parse(text);
    const split = ({ data }, fixed) => {
      const properties = {};
      for (const [name, value] of Object.entries(data)) if (!fixed.includes(name)) properties[name] = value;
      const own = {};
      for (const name of fixed) own[name] = data[name];
      return { ...own, properties };
    };
    return {
      nodes: elements.nodes.map((node) => split(node, ['id', 'kind', 'label', 'sources'])),
      edges: elements.edges.map((edge) => split(edge, ['id', 'source', 'target', 'type', 'label', 'sources'])),
    };
  }

  /** Makes the drawing hold exactly these nodes and edges: keeps what stays (and where it is), adds the rest near a neighbour. */
  function setElements(nodes, edges) {
    const wantedNodes = new Set(nodes.map((node) => node.id));
    const wantedEdges = new Set(edges.map((edge) => edge.id));
    cy.batch(() => {
      cy.edges().filter((edge) => !wantedEdges.has(edge.id())).remove();
      cy.nodes().filter((node) => !wantedNodes.has(node.id())).remove();
      const fresh = nodes.filter((node) => cy.getElementById(node.id).empty()).map(nodeElement);
      const placed = new Map(cy.nodes().map((node) => [node.id(), node.position()]));
      for (const element of fresh) {
        const neighbour = edges.find((edge) => (edge.source === element.data.id && placed.has(edge.target)) || (edge.target === element.data.id && placed.has(edge.source)));
        const anchor = neighbour ? placed.get(neighbour.source === element.data.id ? neighbour.target : neighbour.source) : null;
        if (anchor) element.position = { x: anchor.x + (Math.random() - 0.5) * 120, y: anchor.y + (Math.random() - 0.5) * 120 };
      }
      cy.add(fresh);
      const byId = new Set(cy.nodes().map((node) => node.id()));
      cy.add(edges.filter((edge) => cy.getElementById(edge.id).empty() && byId.has(edge.source) && byId.has(edge.target)).map(edgeElement));
    });
  }

  // --- Drawing a view ----------------------------------------------------------------------------------------

  const drawnKey = (next) => (next.whole ? 'whole' : next.expanded.join('\n'));
  const pathKey = (next) => (next.pathShown && next.pathFrom && next.pathTo ? `${next.pathFrom}\n${next.pathTo}` : '');
  let baseGraph = { nodes: [], edges: [] };
  let pathGraph = { nodes: [], edges: [] };

  async function fetchBase(next) {
    if (next.whole) return fromCytoscapeExport((await graphql('graph', {})).exportGraph);
    if (next.expanded.length === 0) return { nodes: [], edges: [] };
    return fromCytoscapeExport((await graphql('graph', { ids: next.expanded.slice(-MAX_EXPORT_IDS), depth: 1 })).exportGraph);
  }

  /** Draws `next`: asks the API only for what changed, applies the filters, lays out what is visible, records the URL. */
  async function show(next, { history }) {
    const started = performance.now();
    let layoutNeeded = false;
    let randomize = false;
    if (drawnKey(next) !== drawn.key) {
      baseGraph = await fetchBase(next);
      timings.fetchMs = performance.now() - started;
      randomize = next.whole || cy.nodes().length === 0;
      drawn.key = drawnKey(next);
      layoutNeeded = true;
    }
    if (pathKey(next) !== drawn.pathKey) {
      pathGraph = { nodes: [], edges: [] };
      drawn.pathIds = new Set();
      if (pathKey(next)) {
        const data = await graphql('path', { from: next.pathFrom, to: next.pathTo });
        if (data.shortestPath) {
          pathGraph = data.shortestPath;
          drawn.pathIds = new Set([...pathGraph.nodes.map((node) => node.id), ...pathGraph.edges.map((edge) => edge.id)]);
        } else {
          say('No path within 8 relationships.', true);
        }
      }
      drawn.pathKey = pathKey(next);
      layoutNeeded = true;
    }
    if (layoutNeeded) {
      const nodes = new Map([...baseGraph.nodes, ...pathGraph.nodes].map((node) => [node.id, node]));
      const edges = new Map([...baseGraph.edges, ...pathGraph.edges].map((edge) => [edge.id, edge]));
      setElements([...nodes.values()], [...edges.values()]);
      cy.nodes().forEach((node) => node.toggleClass('disputed', model.disputed.has(node.id())));
    }
    const filtersChanged = next.hiddenKinds.join() !== view.hiddenKinds.join() || next.hiddenTypes.join() !== view.hiddenTypes.join();
    const previous = view;
    view = next;
    applyFilters();
    // Hidden kinds and relationship types leave the layout: what stays visible is laid out again without them.
    const laying = performance.now();
    updateSizes();
    if (layoutNeeded || filtersChanged) runLayout(randomize);
    timings.layoutMs = performance.now() - laying;
    highlightPath();
    renderLegend();
    renderTypes();
    renderTimeline();
    renderPathBar();
    refreshCounts();
    const target = viewToQuery(view);
    if (history === 'push' && target !== (location.search || location.pathname)) window.history.pushState(null, '', target);
    else if (history === 'replace') window.history.replaceState(null, '', target);
    select(view.selected, false);
    placeLabels();
    if (next.whole && timings.wholeStarted && timings.wholeDrawn === null) {
      // The first complete drawing: the first frame rendered after every node is placed and labelled.
      cy.one('render', () => {
        timings.wholeDrawn = performance.now();
        timings.wholeMs = timings.wholeDrawn - timings.wholeStarted;
      });
      cy.forceRender();
    }
    await select(view.selected, previous.selected !== view.selected || layoutNeeded);
    timings.lastShowMs = performance.now() - started;
  }

  const FCOSE = {
    name: 'fcose',
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 0.3,
    nodeSeparation: 90,
    numIter: 2500,
    tile: true,
  };
  // From this many nodes a fresh layout is drawn first from fCoSE's spectral (draft) stage alone, which is
  // several times faster, and refined by its force-directed stage right after the first frame.
  const DRAFT_FROM = 150;
  let refineTimer = null;

  /** Lays out what is visible with fCoSE; a fresh large layout is drawn as a draft first, then refined in place. */
  /**
   * Labels are sized once per layout, to read at 12 px once it is fitted, and then zoom with the drawing:
   * Cytoscape sizes a label's cached texture when it is first drawn, so a size changed later would be cut off.
   */
  let labelSize = FONT;
  function sizeLabels() {
    labelSize = FONT / cy.zoom();
    cy.batch(() => cy.nodes().forEach((node) => node.data('fs', labelSize)));
  }

  function runLayout(randomize) {
    clearTimeout(refineTimer);
    cy.one('layoutstop', sizeLabels);
    const visible = cy.elements().not('.hidden');
    if (visible.nodes().length === 0) return;
    const fresh = randomize || visible.nodes().length < 3;
    if (fresh && visible.nodes().length >= DRAFT_FROM) {
      visible.layout({ ...FCOSE, quality: 'draft', randomize: true }).run();
      timings.refined = false;
      refineTimer = setTimeout(() => {
        const started = performance.now();
        const refine = cy.elements().not('.hidden').layout({ ...FCOSE, quality: 'default', randomize: false, fit: false });
        refine.one('layoutstop', () => {
          timings.refineMs = performance.now() - started;
          timings.refined = true;
          placeLabels();
        });
        refine.run();
      }, 50);
      return;
    }
    visible.layout({ ...FCOSE, quality: 'default', randomize: fresh }).run();
  }

  function applyFilters() {
    const hiddenKinds = new Set(view.hiddenKinds);
    const hiddenTypes = new Set(view.hiddenTypes);
    const year = view.year;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const start = node.data('startYear');
        const outOfTime = year !== null && start !== null && start > year;
        const onPath = drawn.pathIds.has(node.id());
        node.toggleClass('hidden', !onPath && (hiddenKinds.has(node.data('kind')) || outOfTime));
        node.toggleClass('new-this-year', year !== null && start === year);
      });
      cy.edges().forEach((edge) => {
        const start = edge.data('startYear');
        const end = edge.data('endYear');
        const outOfTime = year !== null && ((start !== null && start > year) || (end !== null && end < year));
        const endsHidden = edge.source().hasClass('hidden') || edge.target().hasClass('hidden');
        const onPath = drawn.pathIds.has(edge.id());
        edge.toggleClass('hidden', endsHidden || (!onPath && (hiddenTypes.has(edge.data('type')) || outOfTime)));
      });
    });
  }

  function highlightPath() {
    cy.batch(() => {
      cy.elements().removeClass('path faded path-end');
      for (const id of [view.pathFrom, view.pathTo]) if (id) cy.getElementById(id).addClass('path-end');
      if (drawn.pathIds.size === 0) return;
      const onPath = cy.elements().filter((element) => drawn.pathIds.has(element.id()));
      onPath.addClass('path');
      cy.elements().not(onPath).addClass('faded');
    });
  }

  /** Node size by degree among what is visible: hubs stand out, leaves stay small. */
  function updateSizes() {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const degree = node.connectedEdges().not('.hidden').length;
        node.data('size', Math.min(64, 12 + 5 * Math.sqrt(degree)));
      });
    });
  }

  function refreshCounts() {
    const nodes = cy.nodes().not('.hidden');
    const edges = cy.edges().not('.hidden');
    const hidden = cy.nodes().length - nodes.length;
    ui.counts.textContent = `${nodes.length} nodes, ${edges.length} relationships${hidden ? ` (${hidden} hidden by the filters and the timeline)` : ''}`;
    ui.counts.dataset.nodes = String(nodes.length);
    ui.empty.hidden = cy.nodes().length > 0;
  }

  // --- Labels: only where they fit -------------------------------------------------------------------------

  /**
   * Chooses which labels to draw: the selected and hovered nodes and their neighbours always, then the others
   * by degree while they fit, each in the first of four places (below, above, right, left) that overlaps no
   * label already placed. Labels are sized to stay readable when zoomed out, so fewer fit as the view widens.
   */
  function placeLabels() {
    const zoom = cy.zoom();
    const fs = labelSize;
    const focus = [cy.$(':selected'), hovered ? cy.getElementById(hovered) : cy.collection()].reduce((all, one) => all.union(one), cy.collection());
    const forced = focus.union(focus.neighborhood('node')).not('.hidden');
    const extent = cy.extent();
    const inView = cy.nodes().not('.hidden').filter((node) => {
      const p = node.position();
      return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
    });
    const degree = (node) => node.data('size');
    const byDegree = (nodes) => nodes.toArray().sort((a, b) => degree(b) - degree(a));
    const order = [...byDegree(focus.not('.hidden')), ...byDegree(forced.not(focus)), ...byDegree(inView.not(forced))];
    measure.font = `${fs}px ${LABEL_FONT}`;
    const placed = [];
    const cell = 120 / zoom;
    const grid = new Map();
    const cellsOf = (box) => {
      const keys = [];
      for (let gx = Math.floor(box.x1 / cell); gx <= Math.floor(box.x2 / cell); gx += 1) {
        for (let gy = Math.floor(box.y1 / cell); gy <= Math.floor(box.y2 / cell); gy += 1) keys.push(`${gx},${gy}`);
      }
      return keys;
    };
    const free = (box) => cellsOf(box).every((key) => !(grid.get(key) || []).some((other) =>
      box.x1 < other.x2 && box.x2 > other.x1 && box.y1 < other.y2 && box.y2 > other.y1));
    const take = (box) => {
      placed.push(box);
      for (const key of cellsOf(box)) grid.set(key, [...(grid.get(key) || []), box]);
    };
    const limit = Math.max(40, Math.round(cy.width() * cy.height() / 9000));
    const decisions = new Map();
    const forcedIds = new Set(forced.map((node) => node.id()));
    for (const node of order) {
      const isForced = forcedIds.has(node.id());
      if (!isForced && decisions.size >= limit) break;
      const p = node.position();
      const r = node.data('size') / 2;
      const text = node.data('short');
      // The text's width as the canvas draws it, and the outline Cytoscape draws around it.
      const w = measure.measureText(text).width + 6;
      const h = fs * 1.25 + 4;
      const places = [
        ['bottom', 'center', { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y + r + 2, y2: p.y + r + 2 + h }],
        ['top', 'center', { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - r - 2 - h, y2: p.y - r - 2 }],
        ['center', 'right', { x1: p.x + r + 2, x2: p.x + r + 2 + w, y1: p.y - h / 2, y2: p.y + h / 2 }],
        ['center', 'left', { x1: p.x - r - 2 - w, x2: p.x - r - 2, y1: p.y - h / 2, y2: p.y + h / 2 }],
      ];
      const found = places.find(([, , box]) => free(box));
      if (found) {
        take(found[2]);
        decisions.set(node.id(), found);
      } else if (focus.has(node)) {
        // The selected or hovered node is always named; it is placed first, so this happens only when both are.
        decisions.set(node.id(), places[0]);
      }
    }
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const decision = decisions.get(node.id());
        const shown = decision ? node.data('short') : '';
        if (node.data('shown') !== shown) node.data('shown', shown);
        if (decision && (node.data('lv') !== decision[0] || node.data('lh') !== decision[1])) {
          node.data({ lv: decision[0], lh: decision[1] });
        }
      });
      cy.edges('.focus').removeClass('focus');
      focus.connectedEdges().not('.hidden').addClass('focus');
    });
    // The estimate above can be a few pixels off Cytoscape's own text metrics (borders, outlines): its label
    // boxes decide, and a label that still touches one placed before it (in the same order) is dropped.
    // Read outside a batch: inside one, Cytoscape has not yet applied the new label sizes to its boxes.
    const kept = [];
    const dropped = [];
    for (const node of order) {
      if (!decisions.has(node.id())) continue;
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const clash = kept.some((other) => box.x1 < other.x2 && box.x2 > other.x1 && box.y1 < other.y2 && box.y2 > other.y1);
      if (clash && !focus.has(node)) {
        dropped.push(node);
        decisions.delete(node.id());
      } else {
        kept.push(box);
      }
    }
    cy.batch(() => dropped.forEach((node) => node.data('shown', '')));
    timings.labels = decisions.size;
  }

  let labelTimer = null;
  cy.on('viewport', () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(placeLabels, 120);
  });
  cy.on('mouseover', 'node', (event) => {
    hovered = event.target.id();
    placeLabels();
  });
  cy.on('mouseout', 'node', () => {
    hovered = null;
    placeLabels();
  });

  // --- Legend and relationship types --------------------------------------------------------------------------

  function filterList(container, entries, hidden, onToggle, withSwatch, describe) {
    container.replaceChildren(...entries.map(([name, count]) => {
      const item = document.createElement('li');
      item.classList.toggle('off', hidden.includes(name));
      const label = document.createElement('label');
      label.title = describe(name);
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !hidden.includes(name);
      box.value = name;
      box.addEventListener('change', () => onToggle(name, box.checked));
      label.append(box);
      if (withSwatch) {
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = colourOf(name);
        label.append(swatch);
      }
      const text = document.createElement('span');
      text.textContent = name;
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = String(count);
      label.append(text, number);
      item.append(label);
      return item;
    }));
  }

  function countBy(elements, field) {
    const counts = new Map();
    elements.forEach((element) => counts.set(element.data(field), (counts.get(element.data(field)) || 0) + 1));
    return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }

  /** The legend is the kind filter: one checkbox per kind drawn, with how many of that kind are drawn. */
  function renderLegend() {
    filterList(ui.legend, countBy(cy.nodes(), 'kind'), view.hiddenKinds, (kind, on) => {
      const hiddenKinds = on ? view.hiddenKinds.filter((name) => name !== kind) : [...view.hiddenKinds, kind].sort();
      change({ hiddenKinds });
    }, true, (kind) => (model.kinds.get(kind) || { description: kind }).description);
  }

  function renderTypes() {
    filterList(ui.types, countBy(cy.edges(), 'type'), view.hiddenTypes, (type, on) => {
      const hiddenTypes = on ? view.hiddenTypes.filter((name) => name !== type) : [...view.hiddenTypes, type].sort();
      change({ hiddenTypes });
    }, false, (type) => {
      const spec = model.relationshipTypes.get(type);
      return spec ? `From ${spec.from.join(', ')} to ${spec.to.length === model.kinds.size ? 'any kind' : spec.to.join(', ')}` : type;
    });
  }

  // --- Search ----------------------------------------------------------------------------------------------

  let searchTimer = null;

  function closeSuggestions() {
    ui.suggestions.hidden = true;
    ui.search.setAttribute('aria-expanded', 'false');
    ui.search.removeAttribute('aria-activedescendant');
    suggestionIndex = -1;
  }

  function describe(node) {
    const props = node.properties || {};
    const kind = model.kinds.get(node.kind);
    const date = kind && kind.dateProperty ? props[kind.dateProperty] : props.date;
    const symbol = Array.isArray(props.symbols) && props.symbols.length ? props.symbols[0] : node.id.includes('/') ? node.id : null;
    return [symbol, date].filter(Boolean).join(' · ');
  }

  /** Suggestions grouped by kind, the kinds in the order of their best hit. */
  function showSuggestions(hits) {
    const groups = new Map();
    for (const hit of hits) groups.set(hit.node.kind, [...(groups.get(hit.node.kind) || []), hit.node]);
    const children = [];
    let index = 0;
    for (const [kind, nodes] of groups) {
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', `group-${kind}`);
      const title = document.createElement('div');
      title.className = 'group-label';
      title.id = `group-${kind}`;
      title.setAttribute('role', 'presentation');
      title.textContent = kind;
      group.append(title);
      for (const node of nodes) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.id = `suggestion-${index}`;
        index += 1;
        option.dataset.id = node.id;
        const label = document.createElement('span');
        label.textContent = node.label;
        option.append(label);
        const meta = describe(node);
        if (meta) {
          const extra = document.createElement('span');
          extra.className = 'meta';
          extra.textContent = meta;
          option.append(extra);
        }
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(node.id);
        });
        group.append(option);
      }
      children.push(group);
    }
    if (children.length === 0) {
      const none = document.createElement('div');
      none.className = 'none';
      none.textContent = 'Nothing found.';
      children.push(none);
    }
    ui.suggestions.replaceChildren(...children);
    ui.suggestions.hidden = false;
    ui.search.setAttribute('aria-expanded', 'true');
    suggestionIndex = -1;
  }

  function moveSuggestion(step) {
    const options = [...ui.suggestions.querySelectorAll('[role="option"]')];
    if (options.length === 0) return;
    suggestionIndex = (suggestionIndex + step + options.length) % options.length;
    options.forEach((option, index) => option.setAttribute('aria-selected', String(index === suggestionIndex)));
    ui.search.setAttribute('aria-activedescendant', options[suggestionIndex].id);
    options[suggestionIndex].scrollIntoView({ block: 'nearest' });
  }

  async function runSearch(text) {
    const seq = ++searchSeq;
    const data = await graphql('search', { text });
    if (seq === searchSeq) {
      showSuggestions(data.search);
      ui.suggestions.dataset.for = text;
    }
  }

  ui.search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    const text = ui.search.value.trim();
    if (text.length < 2) return closeSuggestions();
    searchTimer = setTimeout(() => runSearch(text).catch((error) => say(error.message, true)), 180);
  });

  ui.search.addEventListener('keydown', async (event) => {
    if (event.key === 'ArrowDown') moveSuggestion(1);
    else if (event.key === 'ArrowUp') moveSuggestion(-1);
    else if (event.key === 'Escape') closeSuggestions();
    else if (event.key === 'Enter') {
      event.preventDefault();
      const text = ui.search.value.trim();
      // Enter takes the highlighted suggestion, else the first; typed faster than the suggestions came, it searches first.
      if (ui.suggestions.hidden && text.length >= 2) {
        clearTimeout(searchTimer);
        await runSearch(text).catch((error) => say(error.message, true));
      }
      const options = ui.suggestions.querySelectorAll('[role="option"]');
      const chosen = options[Math.max(0, suggestionIndex)];
      if (chosen) pick(chosen.dataset.id);
      return;
    } else return;
    event.preventDefault();
  });
  ui.search.addEventListener('blur', () => setTimeout(closeSuggestions, 150));

  function pick(id) {
    closeSuggestions();
    ui.search.value = '';
    open(id);
  }

  /** Selects a node, drawing its neighbourhood first when it is not drawn or not expanded yet. */
  function open(id) {
    const expanded = view.whole || view.expanded.includes(id) ? view.expanded : [...view.expanded, id];
    return change({ expanded, selected: id });
  }

  // --- Whole graph, fit, clear, copy link ---------------------------------------------------------------------

  function drawWholeGraph() {
    timings.wholeStarted = performance.now();
    timings.wholeDrawn = null;
    return change({ whole: true, expanded: [] });
  }

  $('whole-graph').addEventListener('click', drawWholeGraph);
  $('empty-whole').addEventListener('click', drawWholeGraph);
  $('fit').addEventListener('click', () => cy.fit(cy.elements().not('.hidden'), 30));
  $('clear').addEventListener('click', () => {
    stopPlaying();
    change({ ...emptyView(), hiddenKinds: view.hiddenKinds, hiddenTypes: view.hiddenTypes });
  });
  $('copy-link').addEventListener('click', async () => {
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      say('Link copied.');
    } catch {
      say(`Copy this link: ${link}`);
    }
  });

  // --- Details -----------------------------------------------------------------------------------------------

  function renderValue(value) {
    if (Array.isArray(value)) return value.join(', ');
    if (value !== null && typeof value === 'object') return JSON.stringify(value);
    return String(value);
  }

  function safeLink(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function sourceItems(sources) {
    return sources.map((source) => {
      const item = document.createElement('li');
      const href = source.url ? safeLink(source.url) : safeLink(source.document);
      const title = source.title || source.document;
      if (href) {
        const link = document.createElement('a');
        link.href = href;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        link.textContent = title;
        item.append(link);
      } else {
        item.append(document.createTextNode(title));
      }
      if (source.passage) {
        const quote = document.createElement('blockquote');
        quote.textContent = source.passage;
        item.append(quote);
      }
      return item;
    });
  }

  let detailsSeq = 0;

  /** Shows a node in the panel; `fresh` when the node (or the drawing) changed and the API's details are needed. */
  async function select(id, fresh) {
    const node = id ? cy.getElementById(id) : cy.collection();
    cy.nodes(':selected').not(node).unselect();
    if (node.empty()) {
      ui.details.hidden = true;
      return;
    }
    node.select();
    if (!fresh) return;
    const data = node.data();
    ui.details.hidden = false;
    $('details-kind').textContent = data.kind;
    $('details-label').textContent = data.label;
    $('details-id').textContent = data.id;
    $('details-properties').replaceChildren(...Object.entries(data.properties).filter(([name]) => name !== 'id').flatMap(([name, value]) => {
      const term = document.createElement('dt');
      term.textContent = name;
      const description = document.createElement('dd');
      description.textContent = renderValue(value);
      return [term, description];
    }));
    $('details-sources').replaceChildren(...sourceItems(data.sources));
    $('details-relationships').replaceChildren();
    $('dispute-box').hidden = true;
    renderCite(data);
    const seq = ++detailsSeq;
    const details = (await graphql('details', { id })).node;
    if (seq !== detailsSeq) return;
    renderRelationships(details.relationships);
    renderDisputes(details.claims);
  }

  /** Relationships grouped by type and direction, with counts; each related node opens on click. */
  function renderRelationships(relationships) {
    const groups = new Map();
    for (const relation of relationships) {
      const key = `${relation.type}${relation.direction === 'IN' ? ' (from)' : ''}`;
      groups.set(key, [...(groups.get(key) || []), relation.node]);
    }
    $('details-relationships').replaceChildren(...[...groups.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([key, nodes]) => {
      const group = document.createElement('details');
      const summary = document.createElement('summary');
      summary.append(document.createTextNode(`${key} `));
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = `(${nodes.length})`;
      summary.append(count);
      const list = document.createElement('ul');
      for (const other of nodes) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${other.label} · ${other.kind}`;
        button.addEventListener('click', () => open(other.id));
        item.append(button);
        list.append(item);
      }
      group.append(summary, list);
      return group;
    }));
  }

  /** The claims where sources disagree about this node, grouped by property, the preferred one marked. */
  function renderDisputes(claims) {
    $('dispute-box').hidden = claims.length === 0;
    const byProperty = new Map();
    for (const claim of claims) byProperty.set(claim.property, [...(byProperty.get(claim.property) || []), claim]);
    $('details-disputes').replaceChildren(...[...byProperty.entries()].flatMap(([property, list]) => {
      const heading = document.createElement('p');
      heading.textContent = `${property}: ${list.length} claims`;
      return [heading, ...list.map((claim) => {
        const box = document.createElement('div');
        box.className = `claim${claim.preferred ? ' preferred' : ''}`;
        const value = document.createElement('span');
        value.className = 'value';
        value.textContent = claim.value;
        box.append(value);
        if (claim.preferred) {
          const flag = document.createElement('span');
          flag.className = 'flag';
          flag.textContent = 'preferred';
          box.append(flag);
        }
        if (claim.reason) {
          const reason = document.createElement('p');
          reason.className = 'hint';
          reason.textContent = claim.reason;
          box.append(reason);
        }
        const sources = document.createElement('ol');
        sources.className = 'claim-sources';
        sources.append(...sourceItems(claim.sources));
        box.append(sources);
        return box;
      })];
    }));
  }

  function citationUrl(file, id) {
    return `/export/${file}?${new URLSearchParams({ ids: id, depth: '0' })}`;
  }

  /** A plain reference for a citable document, from its CSL-JSON: author, title, symbol, date, URL. */
  function formatCitation(item) {
    const authors = (item.author || []).map((name) => name.literal || [name.given, name.family].filter(Boolean).join(' ')).join(', ');
    const parts = item.issued && item.issued['date-parts'] ? item.issued['date-parts'][0] : null;
    const date = parts ? new Date(Date.UTC(parts[0], (parts[1] || 1) - 1, parts[2] || 1)).toLocaleDateString('en-GB', {
      timeZone: 'UTC', year: 'numeric', ...(parts[1] ? { month: 'long' } : {}), ...(parts[2] ? { day: 'numeric' } : {}),
    }) : null;
    return [authors, item.title, item.number ? `UN document ${item.number}` : null, date, item.URL].filter(Boolean).join('. ') + '.';
  }

  let citeSeq = 0;
  async function renderCite(data) {
    const kind = model.kinds.get(data.kind);
    const box = $('cite-box');
    box.hidden = !(kind && kind.citable);
    if (box.hidden) return;
    $('cite-bib').href = citationUrl('r2p.bib', data.id);
    $('cite-bib').setAttribute('download', 'r2p.bib');
    $('cite-ris').href = citationUrl('r2p.ris', data.id);
    $('cite-ris').setAttribute('download', 'r2p.ris');
    $('citation').textContent = '…';
    const seq = ++citeSeq;
    const response = await fetch(citationUrl('r2p.csl.json', data.id));
    const [item] = await response.json();
    if (seq === citeSeq) $('citation').textContent = item ? formatCitation(item) : '';
  }

  $('copy-citation').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText($('citation').textContent);
      say('Citation copied.');
    } catch {
      say('Select the citation to copy it.');
    }
  });

  cy.on('tap', 'node', (event) => change({ selected: event.target.id() }));
  cy.on('tap', (event) => {
    if (event.target === cy && view.selected) change({ selected: null });
  });
  cy.on('dbltap', 'node', (event) => open(event.target.id()));
  $('expand').addEventListener('click', () => view.selected && open(view.selected));

  // --- Shortest path -----------------------------------------------------------------------------------------

  function renderPathBar() {
    const label = (id) => (id ? shorten((cy.getElementById(id).nonempty() && cy.getElementById(id).data('label')) || id) : '–');
    ui.pathFromLabel.textContent = label(view.pathFrom);
    ui.pathToLabel.textContent = label(view.pathTo);
    ui.findPath.disabled = !(view.pathFrom && view.pathTo && view.pathFrom !== view.pathTo) || view.pathShown;
    ui.clearPath.disabled = !(view.pathFrom || view.pathTo);
    if (view.pathShown && drawn.pathIds.size) {
      const steps = cy.edges('.path').length;
      say(`Path of ${steps} relationship${steps === 1 ? '' : 's'} highlighted.`);
    } else if (/^Path of /.test(ui.message.textContent)) {
      say('');
    }
  }

  $('path-from').addEventListener('click', () => view.selected && change({ pathFrom: view.selected, pathShown: false }));
  $('path-to').addEventListener('click', () => view.selected && change({ pathTo: view.selected, pathShown: false }));
  ui.findPath.addEventListener('click', () => change({ pathShown: true }).then(() => {
    const onPath = cy.elements('.path');
    if (onPath.nonempty()) cy.animate({ fit: { eles: onPath, padding: 60 } }, { duration: 250 });
  }));
  ui.clearPath.addEventListener('click', () => change({ pathFrom: null, pathTo: null, pathShown: false }));

  // --- Timeline ----------------------------------------------------------------------------------------------

  function yearRange() {
    const years = cy.elements().map((element) => element.data('startYear')).filter((year) => year !== null);
    return years.length ? [Math.min(...years), Math.max(...years)] : null;
  }

  function renderTimeline() {
    const range = yearRange();
    ui.timelineOn.disabled = !range;
    ui.timelineOn.checked = view.year !== null;
    ui.play.disabled = !range;
    ui.year.disabled = view.year === null;
    if (range) {
      ui.year.min = String(range[0]);
      ui.year.max = String(range[1]);
    }
    ui.year.value = String(view.year !== null ? view.year : range ? range[1] : ui.year.max);
    const fresh = cy.nodes('.new-this-year').length;
    ui.yearLabel.textContent = view.year === null ? 'all years' : `up to ${view.year}${fresh ? ` (${fresh} new)` : ''}`;
  }

  function stopPlaying() {
    clearInterval(playTimer);
    playTimer = null;
    ui.play.textContent = '▶ Play';
    ui.play.setAttribute('aria-label', 'Play the timeline');
  }

  /** Steps through the years from the first (or the one shown) to the last, one a beat; the last year stays. */
  function play() {
    if (playTimer) return stopPlaying();
    const range = yearRange();
    if (!range) return;
    const start = view.year === null || view.year >= range[1] ? range[0] : view.year;
    ui.play.textContent = '❚❚ Pause';
    ui.play.setAttribute('aria-label', 'Pause the timeline');
    change({ year: start });
    playTimer = setInterval(() => {
      if (view.year >= range[1]) return stopPlaying();
      change({ year: view.year + 1 }, { replace: true });
    }, PLAY_STEP_MS);
  }

  ui.play.addEventListener('click', play);
  ui.timelineOn.addEventListener('change', () => {
    stopPlaying();
    const range = yearRange();
    change({ year: ui.timelineOn.checked && range ? range[1] : null });
  });
  ui.year.addEventListener('input', () => change({ year: Number(ui.year.value) }, { replace: true }));
  ui.year.addEventListener('change', () => change({ year: Number(ui.year.value) }));

  // --- Downloads ---------------------------------------------------------------------------------------------

  function exportUrl(file) {
    const visible = cy.nodes().not('.hidden');
    if (visible.length === 0) throw new Error('Draw something first.');
    if (view.whole && visible.length === cy.nodes().length) return `/export/${file}`;
    if (visible.length > MAX_EXPORT_IDS) {
      throw new Error(`The view has more than ${MAX_EXPORT_IDS} nodes; download the whole graph instead.`);
    }
    const params = new URLSearchParams({ depth: '0' });
    visible.forEach((node) => params.append('ids', node.id()));
    return `/export/${file}?${params}`;
  }

  for (const button of document.querySelectorAll('.downloads button')) {
    button.addEventListener('click', () => {
      try {
        const link = document.createElement('a');
        link.href = exportUrl(button.dataset.file);
        link.download = button.dataset.file;
        document.body.append(link);
        link.click();
        link.remove();
        say(`Downloading ${button.dataset.file}.`);
      } catch (error) {
        say(error.message, true);
      }
    });
  }
  window.explorer.exportUrl = exportUrl;

  // --- Small screens: the panel is a sheet -------------------------------------------------------------------

  ui.sheetToggle.addEventListener('click', () => {
    const open = ui.panel.classList.toggle('collapsed') === false;
    ui.sheetToggle.setAttribute('aria-expanded', String(open));
  });

  window.addEventListener('resize', () => cy.resize());

  // --- Start: the model, the disputed nodes, then the view the URL names ----------------------------------------

  async function start() {
    const [modelData, disputes] = await Promise.all([
      graphql('model', {}).then((data) => data.model),
      graphql('disputes', {}).then((data) => data.disputes),
    ]);
    for (const kind of modelData.kinds) model.kinds.set(kind.kind, kind);
    for (const type of modelData.relationshipTypes) model.relationshipTypes.set(type.type, type);
    for (const dispute of disputes) model.disputed.add(dispute.subject.id);
    cy.style().update();
    await show(viewFromQuery(location.search), { history: 'replace' });
    window.explorer.ready = true;
  }
  busy(start);
})();
