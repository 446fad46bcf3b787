// The link chart in the browser: Cytoscape.js draws, the Blazor page asks the server. Loaded as an ES module by
// LinkChartPage (CSP allows only this site's scripts: no inline code, Cytoscape is loaded from /lib).
import { types, communityPalette, stylesheet } from './linkchart-style.js';

let cy = null;
let page = null;
let groups = 0;
let groupWord = 'Group';
let linkWords = {};

function loadCytoscape() {
  if (window.cytoscape) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/cytoscape.min.js';
    script.onload = resolve;
    script.onerror = () => reject(new Error('Cytoscape.js could not be loaded'));
    document.head.appendChild(script);
  });
}

export async function init(container, dotnet, groupLabel, linkLabels) {
  await loadCytoscape();
  page = dotnet;
  groupWord = groupLabel || 'Group';
  linkWords = linkLabels || {}; // link types in the page's language ("SuspectIn" -> "dyshuar në")
  groups = 0;
  cy = window.cytoscape({
    container, style: stylesheet(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4,
    // What keeps 5,000 nodes fluid: no edges and a cached texture while panning or zooming, labels only when legible.
    hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1,
  });
  cy.on('select unselect', 'node', () => notifySelection());
  cy.on('dbltap', 'node', (e) => { if (!e.target.isParent()) page.invokeMethodAsync('ExpandFromChart', [e.target.id()]); });
  container.addEventListener('keydown', onKey);
  // Side panels fold and the page goes full screen: the drawing follows its box, not only the window.
  new ResizeObserver(() => cy && cy.resize()).observe(container);
  window.__linkChart = cy; // for the browser tests and the console
}

/** Selects the node and centres the view on it (a page opened the chart on this record). */
export function focus(key) {
  const node = cy.getElementById(key);
  if (node.empty()) return;
  cy.nodes().unselect();
  node.select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
}

export function resize() {
  if (cy) cy.resize();
}

function onKey(e) {
  if (e.target.tagName === 'INPUT' || e.ctrlKey || e.metaKey || e.altKey) return;
  const keys = { e: 'expand', p: 'path', h: 'hide', g: 'group', l: 'pin', f: 'fit', a: 'all', Delete: 'remove', Escape: 'clear' };
  const action = keys[e.key];
  if (!action) return;
  e.preventDefault();
  if (action === 'expand' || action === 'path') page.invokeMethodAsync('ShortcutFromChart', action);
  else command(action);
}

function notifySelection() {
  const selected = cy.nodes(':selected').filter(n => !n.isParent()).map(n => n.id());
  page.invokeMethodAsync('SelectionChanged', selected).catch(e => console.error('Selection not sent to the page', e));
}

function sizeOf(type) { return type === 'incident' ? 34 : type === 'municipality' ? 30 : 30; }

/** Adds nodes and edges that are not on the chart yet; returns how many nodes were new. */
export function add(elements, layoutName) {
  cy.nodes('.new').removeClass('new');
  const fresh = [];
  cy.batch(() => {
    for (const n of elements.nodes) {
      if (cy.getElementById(n.key).nonempty()) continue;
      fresh.push(cy.add({ group: 'nodes', data: { id: n.key, label: n.label, type: n.type, detail: n.detail, date: n.date, recordId: n.recordId, size: sizeOf(n.type), community: -1 } }));
    }
    for (const e of elements.edges) {
      if (cy.getElementById(e.key).nonempty()) continue;
      cy.add({ group: 'edges', data: { id: e.key, source: e.source, target: e.target, type: e.type, typeLabel: linkWords[e.type] || e.type, date: e.date, weight: e.weight } });
    }
  });
  fresh.forEach(n => n.addClass('new'));
  if (fresh.length > 0 && layoutName === 'none') placeNearNeighbours(fresh);
  else if (fresh.length > 0) runLayout(layoutName || 'cose');
  return fresh.length;
}

/** Nodes added without a new layout (a path's missing links) go beside a neighbour already on the chart. */
function placeNearNeighbours(fresh) {
  const placed = new Set(cy.nodes().not(fresh.reduce((c, n) => c.merge(n), cy.collection())).map(n => n.id()));
  for (let round = 0; round < fresh.length; round++) {
    for (const n of fresh) {
      if (placed.has(n.id())) continue;
      const anchor = n.neighborhood('node').filter(m => placed.has(m.id()))[0];
      if (!anchor) continue;
      const angle = Math.random() * 2 * Math.PI;
      n.position({ x: anchor.position('x') + 90 * Math.cos(angle), y: anchor.position('y') + 90 * Math.sin(angle) });
      placed.add(n.id());
    }
  }
  if (placed.size === 0 || fresh.some(n => !placed.has(n.id()))) runLayout('cose');
}

export function count() { return cy ? cy.nodes().filter(n => !n.isParent()).length : 0; }

export function selectedKeys() { return cy.nodes(':selected').filter(n => !n.isParent()).map(n => n.id()); }

/** The chart's state for saving and exporting: node keys, positions, pins, hidden flags and groups (no labels). */
export function state() {
  const nodes = cy.nodes().filter(n => !n.isParent()).map(n => ({
    key: n.id(), x: n.position('x'), y: n.position('y'), pinned: n.locked(), hidden: n.hasClass('hidden'), group: n.parent().nonempty() ? n.parent().id() : null,
  }));
  const groupList = cy.nodes(':parent').map(g => ({ key: g.id(), label: g.data('label') }));
  return new TextEncoder().encode(JSON.stringify({ nodes, groups: groupList }));
}

/** Replaces the chart with a saved one: its elements at their saved positions, pins, hidden nodes and groups. */
export function load(elements, layout) {
  cy.elements().remove();
  groups = 0;
  const saved = new Map(layout.nodes.map(n => [n.key, n]));
  cy.batch(() => {
    for (const g of layout.groups || []) {
      cy.add({ group: 'nodes', data: { id: g.key, label: g.label } });
      groups = Math.max(groups, parseInt(g.key.replace('group:', ''), 10) || 0);
    }
    for (const n of elements.nodes) {
      const s = saved.get(n.key);
      const parent = s && s.group && cy.getElementById(s.group).nonempty() ? s.group : undefined;
      const node = cy.add({ group: 'nodes', data: { id: n.key, parent, label: n.label, type: n.type, detail: n.detail, date: n.date, recordId: n.recordId, size: sizeOf(n.type), community: -1 },
        position: s ? { x: s.x, y: s.y } : { x: 0, y: 0 } });
      if (s && s.pinned) { node.lock(); node.addClass('pinned'); }
      if (s && s.hidden) node.addClass('hidden');
    }
    for (const e of elements.edges) cy.add({ group: 'edges', data: { id: e.key, source: e.source, target: e.target, type: e.type, typeLabel: linkWords[e.type] || e.type, date: e.date, weight: e.weight } });
  });
  cy.nodes(':parent').filter(g => g.children().empty()).remove();
  cy.fit(undefined, 30);
  if (cy.zoom() > 1.6) cy.zoom(1.6);
  cy.center();
}

export function runLayout(name) {
  const visible = cy.elements().not('.hidden, .filtered-type, .filtered-time');
  const nodes = visible.nodes();
  let options;
  if (name === 'timeline') {
    options = timeline(nodes);
  } else if (name === 'breadthfirst') {
    options = { name: 'breadthfirst', directed: false, spacingFactor: 1.1, roots: cy.nodes(':selected').nonempty() ? cy.nodes(':selected') : undefined };
  } else if (name === 'circle') {
    options = { name: 'circle', avoidOverlap: true, sort: (a, b) => (a.data('type') || '').localeCompare(b.data('type') || '') };
  } else if (nodes.length > 1500) {
    // A force-directed layout is quadratic per step; above 1,500 nodes rings by degree are drawn instead.
    options = { name: 'concentric', concentric: n => n.degree(), levelWidth: () => 2, minNodeSpacing: 8 };
  } else {
    options = { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: 1200, randomize: false, nodeDimensionsIncludeLabels: true };
  }
  visible.layout({ ...options, fit: true, padding: 30 }).run();
  // A handful of nodes would otherwise be blown up to the maximum zoom.
  if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(visible); }
}

/** Nodes placed by date on x (incidents by their date, others by first sighting), one lane per type on y. */
function timeline(nodes) {
  const dated = nodes.filter(n => n.data('date'));
  const times = dated.map(n => Date.parse(n.data('date')));
  const min = Math.min(...times), max = Math.max(...times);
  const span = Math.max(max - min, 86400000);
  const lanes = Object.keys(types);
  const width = Math.max(900, nodes.length * 14);
  const used = new Map();
  return {
    name: 'preset',
    positions: n => {
      if (n.isParent()) return undefined;
      const lane = Math.max(0, lanes.indexOf(n.data('type')));
      const x = n.data('date') ? ((Date.parse(n.data('date')) - min) / span) * width : -150;
      const slot = `${lane}:${Math.round(x / 40)}`;
      const k = used.get(slot) || 0;
      used.set(slot, k + 1);
      return { x, y: lane * 110 + (k % 4) * 24 };
    },
  };
}

export function command(action) {
  const selected = cy.nodes(':selected').filter(n => !n.isParent());
  switch (action) {
    case 'fit': cy.fit(cy.elements().not('.hidden, .filtered-type, .filtered-time'), 30); break;
    case 'hide': selected.addClass('hidden').unselect(); break;
    case 'all': cy.elements().removeClass('hidden'); break;
    case 'remove': selected.remove(); cy.nodes(':parent').filter(g => g.children().empty()).remove(); notifySelection(); break;
    case 'pin':
      selected.forEach(n => { if (n.locked()) { n.unlock(); n.removeClass('pinned'); } else { n.lock(); n.addClass('pinned'); } });
      break;
    case 'group': group(selected); break;
    case 'ungroup': selected.move({ parent: null }); cy.nodes(':parent').filter(g => g.children().empty()).remove(); break;
    case 'clear': cy.elements().removeClass('path faded'); break;
  }
}

function group(nodes) {
  if (nodes.length < 2) return;
  groups += 1;
  const id = `group:${groups}`;
  cy.add({ group: 'nodes', data: { id, label: `${groupWord} ${groups}` } });
  nodes.move({ parent: id });
}

export function highlightPath(nodeKeys, edgeKeys) {
  cy.elements().removeClass('path faded');
  if (nodeKeys.length === 0) return;
  const path = cy.collection();
  nodeKeys.forEach(k => path.merge(cy.getElementById(k)));
  edgeKeys.forEach(k => path.merge(cy.getElementById(k)));
  cy.elements().not(path).addClass('faded');
  path.addClass('path');
  cy.fit(path, 60);
}

/** Community colours and centrality sizes from the server's analysis. */
export function applyAnalysis(scores, byCommunity, bySize) {
  const maxRank = Math.max(...scores.map(s => s.pageRank), 1e-9);
  cy.batch(() => {
    for (const s of scores) {
      const n = cy.getElementById(s.key);
      if (n.empty()) continue;
      n.data('community', s.community);
      n.data('communityColour', communityPalette[s.community % communityPalette.length]);
      n.data('size', bySize ? 22 + 48 * Math.sqrt(s.pageRank / maxRank) : sizeOf(n.data('type')));
      n.toggleClass('by-community', byCommunity);
    }
  });
}

/** Client-side filters: node types shown and the time window (ISO dates; null for open ends). */
export function filter(visibleTypes, from, to) {
  const shown = new Set(visibleTypes);
  cy.batch(() => {
    cy.nodes().filter(n => !n.isParent()).forEach(n => n.toggleClass('filtered-type', !shown.has(n.data('type'))));
    cy.elements().filter(e => !e.isParent()).forEach(e => {
      const d = e.data('date');
      // Links and incidents carry their own date; persons, guns and cars stay and lose only the links outside the window.
      const dated = e.isEdge() || e.data('type') === 'incident';
      e.toggleClass('filtered-time', dated && !!d && ((from && d < from) || (to && d > to)));
    });
  });
}

export function downloadPng(fileName) { download(fileName, 'image/png', cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'base64uri' })); }

export function download(fileName, contentType, base64) {
  const link = document.createElement('a');
  link.href = base64.startsWith('data:') ? base64 : `data:${contentType};base64,${base64}`;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

export function dispose() {
  if (cy) cy.destroy();
  cy = null;
  page = null;
}
