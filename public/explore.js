/* R2P Graph explorer: draws the graph with Cytoscape.js from the public GraphQL API (POST /graphql) only,
   and downloads the current view from /export. No build step: plain browser JavaScript. */
'use strict';

(function main() {
  const KIND_COLOURS = {
    Report: '#1f77b4',
    Resolution: '#d62728',
    Document: '#7f7f7f',
    Dialogue: '#2ca02c',
    Person: '#ff7f0e',
    Post: '#e377c2',
    Pillar: '#9467bd',
    Crime: '#8c1c13',
    Measure: '#bcbd22',
    Organ: '#17becf',
    Organization: '#0b6e4f',
    Office: '#8c564b',
    Instrument: '#5254a3',
    Concept: '#ad494a',
    Event: '#e6550d',
    Country: '#31a354',
    Claim: '#636363',
  };
  // The properties that place a node or a relationship in time, as in the API's timeline.
  const NODE_DATES = ['date', 'startDate', 'established'];
  const MAX_EXPORT_IDS = 300;
  const LABEL_LENGTH = 42;

  const NODE_FIELDS = 'id kind label properties sources { document title url passage }';
  const EDGE_FIELDS = 'id type source target properties sources { document title url passage }';
  const QUERIES = {
    search: 'query Search($text: String!) { search(text: $text, first: 10) { node { id kind label } } }',
    neighbourhood: `query Neighbourhood($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 200) {
      truncated nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
    path: `query Path($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxDepth: 8) {
      nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
    whole: 'query Whole { exportGraph(format: GRAPHOLOGY) }',
  };

  const $ = (id) => document.getElementById(id);
  const ui = {
    search: $('search'),
    suggestions: $('suggestions'),
    combobox: document.querySelector('.search'),
    empty: $('empty'),
    details: $('details'),
    counts: $('counts'),
    message: $('message'),
    legend: $('legend'),
    timelineOn: $('timeline-on'),
    year: $('year'),
    yearLabel: $('year-label'),
    pathFromLabel: $('path-from-label'),
    pathToLabel: $('path-to-label'),
    findPath: $('find-path'),
    clearPath: $('clear-path'),
  };

  const state = { selected: null, pathFrom: null, pathTo: null, whole: false, suggestionIndex: -1, searchSeq: 0 };

  const cy = cytoscape({
    container: $('graph'),
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: true,
    motionBlur: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (node) => KIND_COLOURS[node.data('kind')] || '#999',
          label: 'data(short)',
          'font-size': 10,
          'min-zoomed-font-size': 9,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'ellipsis',
          'text-max-width': 160,
          color: '#1d2330',
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          width: 18,
          height: 18,
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': '#b8c0cc',
          'target-arrow-color': '#b8c0cc',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.7,
          'curve-style': 'bezier',
          label: 'data(type)',
          'font-size': 7,
          'min-zoomed-font-size': 7,
          'text-rotation': 'autorotate',
          color: '#5b6475',
          'text-background-color': '#fff',
          'text-background-opacity': 0.8,
          'text-background-padding': 1,
        },
      },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#0b5cad', width: 24, height: 24 } },
      { selector: 'node.path-end', style: { 'border-width': 3, 'border-color': '#d9480f' } },
      { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0 } },
      { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#d9480f', width: 24, height: 24, opacity: 1 } },
      {
        selector: 'edge.path',
        style: { width: 3.5, 'line-color': '#d9480f', 'target-arrow-color': '#d9480f', color: '#d9480f', opacity: 1, 'z-index': 10 },
      },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  // For the browser console and the end-to-end test.
  window.explorer = { cy };

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

  // --- Elements --------------------------------------------------------------------------------------------

  function yearOf(value) {
    const match = typeof value === 'string' ? /^(\d{4})/.exec(value) : null;
    return match ? Number(match[1]) : null;
  }

  function shorten(text) {
    return text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text;
  }

  function nodeElement(node) {
    const props = node.properties || {};
    const dated = NODE_DATES.find((name) => props[name] !== undefined && props[name] !== null);
    return {
      group: 'nodes',
      data: {
        id: node.id,
        kind: node.kind,
        label: node.label,
        short: shorten(node.label),
        properties: props,
        sources: node.sources || [],
        startYear: dated ? yearOf(props[dated]) : null,
        endYear: yearOf(props.endDate),
      },
    };
  }

  function edgeElement(edge) {
    const props = edge.properties || {};
    return {
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        properties: props,
        sources: edge.sources || [],
        startYear: yearOf(props.from !== undefined && props.from !== null ? props.from : props.date),
        endYear: yearOf(props.to),
      },
    };
  }

  /** Adds what is not drawn yet; new nodes start next to `near` so that the layout moves them little. */
  function addSubgraph(nodes, edges, near) {
    const position = near && near.nonempty() ? near.position() : null;
    const fresh = nodes
      .filter((node) => cy.getElementById(node.id).empty())
      .map((node, index) => {
        const element = nodeElement(node);
        if (position) {
          const angle = (2 * Math.PI * index) / Math.max(1, nodes.length);
          element.position = { x: position.x + 80 * Math.cos(angle), y: position.y + 80 * Math.sin(angle) };
        }
        return element;
      });
    const freshEdges = edges.filter((edge) => cy.getElementById(edge.id).empty()).map(edgeElement);
    const added = cy.add([...fresh, ...freshEdges]);
    return added;
  }

  function layout(options) {
    const large = cy.nodes().length > 120;
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: options && options.randomize,
      fit: true,
      padding: 30,
      nodeRepulsion: () => (large ? 9000 : 6000),
      idealEdgeLength: () => (large ? 60 : 80),
      numIter: large ? 600 : 1000,
      nodeDimensionsIncludeLabels: false,
    }).run();
  }

  function refresh() {
    const nodes = cy.nodes();
    ui.empty.hidden = nodes.length > 0;
    const visible = nodes.filter((node) => !node.hasClass('hidden'));
    const edges = cy.edges().filter((edge) => !edge.hasClass('hidden') && edge.visible());
    const hiddenNote = visible.length < nodes.length ? ` (${nodes.length - visible.length} hidden by the timeline)` : '';
    ui.counts.textContent = `${visible.length} nodes, ${edges.length} relationships${hiddenNote}`;
    ui.counts.dataset.nodes = String(visible.length);
    drawLegend();
    setupYears();
  }

  function drawLegend() {
    const kinds = [...new Set(cy.nodes().map((node) => node.data('kind')))].sort();
    ui.legend.replaceChildren(
      ...kinds.map((kind) => {
        const item = document.createElement('li');
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = KIND_COLOURS[kind] || '#999';
        item.append(swatch, document.createTextNode(kind));
        return item;
      }),
    );
  }

  // --- Search ----------------------------------------------------------------------------------------------

  let searchTimer = null;

  function closeSuggestions() {
    ui.suggestions.hidden = true;
    ui.combobox.setAttribute('aria-expanded', 'false');
    state.suggestionIndex = -1;
  }

  function showSuggestions(hits) {
    const items = hits.map((hit, index) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.id = `suggestion-${index}`;
      item.dataset.id = hit.node.id;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = hit.node.kind;
      const label = document.createElement('span');
      label.textContent = hit.node.label;
      item.append(kind, label);
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(hit.node.id);
      });
      return item;
    });
    if (items.length === 0) {
      const none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'Nothing found.';
      items.push(none);
    }
    ui.suggestions.replaceChildren(...items);
    ui.suggestions.hidden = false;
    ui.combobox.setAttribute('aria-expanded', 'true');
    state.suggestionIndex = -1;
  }

  function moveSuggestion(step) {
    const options = [...ui.suggestions.querySelectorAll('li[role="option"]')];
    if (options.length === 0) return;
    state.suggestionIndex = (state.suggestionIndex + step + options.length) % options.length;
    options.forEach((option, index) => option.setAttribute('aria-selected', String(index === state.suggestionIndex)));
    ui.search.setAttribute('aria-activedescendant', options[state.suggestionIndex].id);
  }

  ui.search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    const text = ui.search.value.trim();
    if (text.length < 2) return closeSuggestions();
    searchTimer = setTimeout(async () => {
      const seq = ++state.searchSeq;
      try {
        const data = await graphql('search', { text });
        if (seq === state.searchSeq) showSuggestions(data.search);
      } catch (error) {
        say(error.message, true);
      }
    }, 180);
  });

  ui.search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') moveSuggestion(1);
    else if (event.key === 'ArrowUp') moveSuggestion(-1);
    else if (event.key === 'Escape') closeSuggestions();
    else if (event.key === 'Enter') {
      const options = ui.suggestions.querySelectorAll('li[role="option"]');
      const chosen = options[Math.max(0, state.suggestionIndex)];
      if (chosen && !ui.suggestions.hidden) pick(chosen.dataset.id);
    } else return;
    event.preventDefault();
  });
  ui.search.addEventListener('blur', () => setTimeout(closeSuggestions, 150));

  function pick(id) {
    closeSuggestions();
    ui.search.value = '';
    busy(async () => {
      const existing = cy.getElementById(id);
      await expand(id, existing.nonempty() ? existing : null);
      select(cy.getElementById(id));
      cy.animate({ center: { eles: cy.getElementById(id) } }, { duration: 200 });
    });
  }

  // --- Neighbourhoods and the whole graph -------------------------------------------------------------------

  async function expand(id, near) {
    const data = await graphql('neighbourhood', { id });
    const before = cy.nodes().length;
    addSubgraph(data.neighbourhood.nodes, data.neighbourhood.edges, near);
    const added = cy.nodes().length - before;
    layout({ randomize: before === 0 });
    applyTimeline();
    refresh();
    say(added > 0 ? `Added ${added} node${added === 1 ? '' : 's'}.` : 'Every neighbour is already drawn.');
    if (data.neighbourhood.truncated) say('Only the nearest 200 neighbours are drawn.');
  }

  async function drawWholeGraph() {
    const data = await graphql('whole', {});
    const graph = JSON.parse(data.exportGraph);
    const nodes = graph.nodes.map((node) => ({ id: node.key, ...node.attributes }));
    const edges = graph.edges.map((edge) => ({ id: edge.key, source: edge.source, target: edge.target, ...edge.attributes }));
    const selectedId = state.selected ? state.selected.id() : null;
    cy.elements().remove();
    clearPath();
    cy.batch(() => addSubgraph(nodes, edges, null));
    state.whole = true;
    select(selectedId ? cy.getElementById(selectedId) : null);
    layout({ randomize: true });
    applyTimeline();
    refresh();
    say(`The whole graph: ${nodes.length} nodes.`);
  }

  $('whole-graph').addEventListener('click', () => busy(drawWholeGraph));
  $('empty-whole').addEventListener('click', () => busy(drawWholeGraph));
  $('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 30));
  $('clear').addEventListener('click', () => {
    cy.elements().remove();
    state.whole = false;
    select(null);
    clearPath();
    refresh();
    say('');
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

  function select(node) {
    state.selected = node && node.nonempty() ? node : null;
    if (!state.selected) {
      ui.details.hidden = true;
      return;
    }
    cy.nodes(':selected').unselect();
    node.select();
    const data = node.data();
    ui.details.hidden = false;
    $('details-kind').textContent = data.kind;
    $('details-kind').style.color = KIND_COLOURS[data.kind] || '#999';
    $('details-label').textContent = data.label;
    $('details-id').textContent = data.id;
    const rows = Object.entries(data.properties)
      .filter(([name]) => name !== 'id')
      .flatMap(([name, value]) => {
        const term = document.createElement('dt');
        term.textContent = name;
        const description = document.createElement('dd');
        description.textContent = renderValue(value);
        return [term, description];
      });
    $('details-properties').replaceChildren(...rows);
    const sources = data.sources.map((source) => {
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
    $('details-sources').replaceChildren(...sources);
  }

  cy.on('tap', 'node', (event) => select(event.target));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      cy.nodes(':selected').unselect();
      select(null);
    }
  });
  cy.on('dbltap', 'node', (event) => busy(() => expand(event.target.id(), event.target)));

  $('expand').addEventListener('click', () => {
    if (state.selected) busy(() => expand(state.selected.id(), state.selected));
  });

  // --- Shortest path -----------------------------------------------------------------------------------------

  function setPathEnd(which) {
    if (!state.selected) return;
    state[which] = state.selected.id();
    const node = state.selected;
    (which === 'pathFrom' ? ui.pathFromLabel : ui.pathToLabel).textContent = node.data('short');
    cy.nodes('.path-end').removeClass('path-end');
    for (const id of [state.pathFrom, state.pathTo]) if (id) cy.getElementById(id).addClass('path-end');
    ui.findPath.disabled = !(state.pathFrom && state.pathTo && state.pathFrom !== state.pathTo);
    ui.clearPath.disabled = false;
  }

  function clearPath() {
    state.pathFrom = null;
    state.pathTo = null;
    cy.elements().removeClass('path faded path-end');
    ui.pathFromLabel.textContent = '–';
    ui.pathToLabel.textContent = '–';
    ui.findPath.disabled = true;
    ui.clearPath.disabled = true;
  }

  async function findPath() {
    const data = await graphql('path', { from: state.pathFrom, to: state.pathTo });
    cy.elements().removeClass('path faded');
    if (!data.shortestPath) {
      say('No path within 8 relationships.', true);
      return;
    }
    const before = cy.nodes().length;
    addSubgraph(data.shortestPath.nodes, data.shortestPath.edges, cy.getElementById(state.pathFrom));
    if (cy.nodes().length > before) layout({ randomize: false });
    const ids = new Set([...data.shortestPath.nodes.map((node) => node.id), ...data.shortestPath.edges.map((edge) => edge.id)]);
    const onPath = cy.elements().filter((element) => ids.has(element.id()));
    onPath.removeClass('hidden').addClass('path');
    cy.elements().not(onPath).addClass('faded');
    cy.animate({ fit: { eles: onPath, padding: 60 } }, { duration: 250 });
    refresh();
    const steps = data.shortestPath.edges.length;
    say(`Path of ${steps} relationship${steps === 1 ? '' : 's'} highlighted.`);
  }

  $('path-from').addEventListener('click', () => setPathEnd('pathFrom'));
  $('path-to').addEventListener('click', () => setPathEnd('pathTo'));
  ui.findPath.addEventListener('click', () => busy(findPath));
  ui.clearPath.addEventListener('click', clearPath);

  // --- Timeline ----------------------------------------------------------------------------------------------

  function setupYears() {
    const years = cy.elements().map((element) => element.data('startYear')).filter((year) => year !== null);
    if (years.length === 0) {
      ui.timelineOn.disabled = true;
      return;
    }
    ui.timelineOn.disabled = false;
    const min = Math.min(...years);
    const max = Math.max(...years);
    const wasAtEnd = Number(ui.year.value) >= Number(ui.year.max);
    ui.year.min = String(min);
    ui.year.max = String(max);
    if (wasAtEnd || Number(ui.year.value) < min) ui.year.value = String(max);
  }

  /** Shows what existed in the chosen year: dated nodes from their year, terms (from-to) only while they ran. */
  function applyTimeline() {
    const on = ui.timelineOn.checked;
    ui.year.disabled = !on;
    const year = Number(ui.year.value);
    ui.yearLabel.textContent = on ? `up to ${year}` : 'all years';
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const start = node.data('startYear');
        node.toggleClass('hidden', on && start !== null && start > year);
      });
      cy.edges().forEach((edge) => {
        const start = edge.data('startYear');
        const end = edge.data('endYear');
        edge.toggleClass('hidden', on && ((start !== null && start > year) || (end !== null && end < year)));
      });
    });
  }

  ui.timelineOn.addEventListener('change', () => {
    applyTimeline();
    refresh();
  });
  ui.year.addEventListener('input', () => {
    applyTimeline();
    refresh();
  });

  // --- Downloads ---------------------------------------------------------------------------------------------

  function exportUrl(file) {
    const visible = cy.nodes().filter((node) => !node.hasClass('hidden'));
    if (visible.length === 0) throw new Error('Draw something first.');
    const everything = state.whole && visible.length === cy.nodes().length;
    if (everything) return `/export/${file}`;
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

  window.addEventListener('resize', () => cy.resize());
  refresh();
})();
