// The graph drawing: Cytoscape.js over /api/graph. Each answer's elements are added to what is drawn; its `outside`
// relationships wait until both their ends are drawn. A click expands a node one page at a time, so a speaker with
// thousands of statements adds a page, never everything ("show N more" asks for the next page).
import {el, clear, download, quotedPieces, PART_JOINER} from './dom.js';
import {colorFor} from './colors.js';
import {api} from './api.js';

export const TYPES = {
  person: {shape: 'ellipse', color: '#2563eb', name: 'person'},
  organization: {shape: 'hexagon', color: '#059669', name: 'organization'},
  group: {shape: 'octagon', color: '#7c3aed', name: 'group'},
  territory: {shape: 'diamond', color: '#d97706', name: 'territory'},
  statement: {shape: 'round-rectangle', color: '#f3f4f6', name: 'statement'},
  article: {shape: 'rectangle', color: '#475569', name: 'article'},
  stance: {shape: 'tag', color: '#db2777', name: 'stance'},
};

const EDGE_COLORS = {
  SAID: '#6b7280', RESPONDS_TO: '#2563eb', DENIES: '#dc2626', REPORTS: '#7c3aed', REPORTED_BY: '#a855f7',
  ADDRESSED_TO: '#0891b2', MENTIONS: '#d97706', SOURCED_FROM: '#94a3b8', NAMES: '#cbd5e1',
};

/** The largest zoom a layout or a focus leaves the drawing at (labels stay at a reading size). */
const READING_ZOOM = 1.3;

/** How many of a node's relationships one click (or one "show more") draws. */
export const PAGE = 25;

const LAYOUTS = {
  cose: {name: 'cose', animate: false, idealEdgeLength: () => 60, nodeRepulsion: () => 60000,
    edgeElasticity: () => 80, gravity: 0.6, numIter: 1500, componentSpacing: 60, nodeOverlap: 20, padding: 30,
    randomize: false},
  breadthfirst: {name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate: false, padding: 30},
  concentric: {name: 'concentric', concentric: n => n.degree(), levelWidth: () => 2, animate: false, padding: 30,
    minNodeSpacing: 20},
  circle: {name: 'circle', animate: false, padding: 30},
  grid: {name: 'grid', animate: false, padding: 30},
};

function style() {
  const s = [
    {selector: 'node', style: {
      label: 'data(display)', 'font-size': 10, color: '#1f2937', 'text-wrap': 'ellipsis', 'text-max-width': 130,
      'text-valign': 'bottom', 'text-margin-y': 4, width: 30, height: 30, 'border-width': 1, 'border-color': '#fff',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
    }},
    {selector: 'node[type="statement"]', style: {
      width: 22, height: 16, 'border-width': 3, 'border-color': 'data(speakerColor)', 'font-size': 9,
      'text-max-width': 150,
    }},
    // Paraphrase: dashed border and italic label, never quotation marks (those are for verbatim words only).
    {selector: 'node[type="statement"][!verbatim]', style: {'border-style': 'dashed', 'font-style': 'italic'}},
    {selector: 'node[type="article"]', style: {width: 26, height: 32}},
    {selector: 'edge', style: {
      width: 1.5, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#4b5563',
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      'text-background-padding': 1,
    }},
    {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#111827', 'border-style': 'solid'}},
    {selector: 'node.focus', style: {'underlay-color': '#f59e0b', 'underlay-opacity': 0.35, 'underlay-padding': 8}},
  ];
  for (const [type, t] of Object.entries(TYPES)) {
    s.splice(1, 0, {selector: `node[type="${type}"]`, style: {shape: t.shape, 'background-color': t.color}});
  }
  for (const [type, color] of Object.entries(EDGE_COLORS)) {
    s.push({selector: `edge[type="${type}"]`, style: {'line-color': color, 'target-arrow-color': color}});
  }
  return s;
}

/** The label drawn under a node: quotation marks only around verbatim words, each part of a quotation in its own. */
function display(data) {
  if (data.type !== 'statement') return data.label;
  const pieces = quotedPieces(data);
  if (pieces) {
    // As the server shortens a label (CytoscapeData.shorten), a piece at a time within the same length.
    const room = Math.max(12, Math.floor(60 / pieces.length));
    return pieces.map(p => `“${shorten(p, room)}”`).join(PART_JOINER);
  }
  return data.verbatim ? `“${data.label}”` : data.label;
}

function shorten(text, length) {
  const flat = text.trim().replace(/\s+/g, ' ');
  if (flat.length <= length) return flat;
  const cut = flat.lastIndexOf(' ', length);
  return flat.slice(0, cut > length / 2 ? cut : length) + '…';
}

export class Graph {
  constructor(container, {onTap, onChange, status}) {
    this.status = status;
    this.onChange = onChange;
    this.pending = new Map(); // edge id -> edge element whose other end is not drawn yet
    this.pages = new Map(); // node id -> {degree, next, remaining}
    this.layoutName = 'cose';
    this.cy = cytoscape({container, style: style(), minZoom: 0.1, maxZoom: 4,
      boxSelectionEnabled: false});
    this.cy.on('tap', 'node', (event) => onTap(event.target));
    this.keyboard(container, onTap);
    window.cy = this.cy;
  }

  /**
   * The drawing works with the keyboard alone: Tab reaches it, the arrow keys move the selection to the nearest node
   * in that direction, Enter (or Space) does what a click does, + and - zoom. The chosen node is announced in the
   * status line, which screen readers read out.
   */
  keyboard(container, onTap) {
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-roledescription', 'graph');
    container.setAttribute('aria-keyshortcuts', 'ArrowUp ArrowDown ArrowLeft ArrowRight Enter');
    const directions = {ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1]};
    container.addEventListener('keydown', (event) => {
      const selected = this.cy.$('node:selected');
      if (directions[event.key]) {
        event.preventDefault();
        const next = selected.empty() ? this.nearestToCentre() : this.nextNode(selected[0], directions[event.key]);
        if (next) this.choose(next);
      } else if ((event.key === 'Enter' || event.key === ' ') && selected.nonempty()) {
        event.preventDefault();
        onTap(selected[0]);
      } else if (event.key === '+' || event.key === '=' || event.key === '-') {
        event.preventDefault();
        const factor = event.key === '-' ? 1 / 1.25 : 1.25;
        this.cy.zoom({level: this.cy.zoom() * factor, renderedPosition: {x: this.cy.width() / 2,
          y: this.cy.height() / 2}});
      }
    });
  }

  /** Selects a node, keeps it in view and says what it is. */
  choose(node) {
    this.cy.$(':selected').unselect();
    node.select();
    const box = this.cy.extent();
    const p = node.position();
    if (p.x < box.x1 || p.x > box.x2 || p.y < box.y1 || p.y > box.y2) this.cy.center(node);
    if (this.status) {
      const type = node.data('type');
      const label = type === 'statement' && !node.data('verbatim') ? `${node.data('label')} (paraphrase)`
        : node.data('display') ?? node.id();
      this.status(`${TYPES[type]?.name ?? type}: ${label}, ${node.degree()} connections drawn — Enter opens it`);
    }
  }

  nearestToCentre() {
    const box = this.cy.extent();
    const centre = {x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2};
    let best = null;
    let bestDistance = Infinity;
    this.cy.nodes().forEach(n => {
      const d = Math.hypot(n.position('x') - centre.x, n.position('y') - centre.y);
      if (d < bestDistance) {
        best = n;
        bestDistance = d;
      }
    });
    return best;
  }

  /**
   * The node an arrow key leads to: among the nodes lying in that direction (within 60 degrees either side), the
   * one nearest, with sideways distance counting double so that the path stays close to the arrow.
   */
  nextNode(from, [dx, dy]) {
    const origin = from.position();
    let best = null;
    let bestScore = Infinity;
    this.cy.nodes().forEach(n => {
      if (n.same(from)) return;
      const vx = n.position('x') - origin.x;
      const vy = n.position('y') - origin.y;
      const along = vx * dx + vy * dy;
      const across = Math.abs(vx * dy - vy * dx);
      if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
      const score = along + 2 * across;
      if (score < bestScore) {
        best = n;
        bestScore = score;
      }
    });
    return best;
  }

  clear() {
    this.cy.elements().remove();
    this.stash = null;
    this.pending.clear();
    this.pages.clear();
  }

  /** Adds an /api/graph answer to the drawing; returns the ids of the nodes it added. */
  add(view) {
    const added = [];
    this.cy.batch(() => {
      for (const node of view.elements.nodes) {
        const data = node.data;
        if (this.cy.getElementById(data.id).nonempty()) continue;
        if (this.stash?.getElementById(data.id).nonempty()) continue; // filtered out for now
        data.display = display(data);
        if (data.type === 'statement') data.speakerColor = colorFor(data.speaker);
        this.cy.add({group: 'nodes', data});
        added.push(data.id);
      }
      for (const edge of [...view.elements.edges, ...(view.outside ?? [])]) {
        if (this.stash?.getElementById(edge.data.id).empty() ?? true) this.pending.set(edge.data.id, edge);
      }
      this.flushPending();
    });
    if (view.focus) this.pages.set(view.focus.id, view.focus);
    return added;
  }

  async opening() {
    this.add(await api.graph({}));
  }

  /** Draws the neighbourhood of a node: one page of its relationships (the next one when it was expanded before). */
  async expand(id, {more = false} = {}) {
    const page = this.pages.get(id);
    const skip = more && page ? page.next : 0;
    const view = await api.graph({focus: id, limit: PAGE + 1, skip});
    const added = this.add(view);
    const node = this.cy.getElementById(id);
    if (this.status) {
      const p = this.pages.get(id);
      const name = node.data('label') ?? id;
      this.status(p && p.remaining > 0
        ? `${name}: ${p.next} of ${p.degree} connections drawn — "Show more" in the panel draws ${Math.min(PAGE, p.remaining)} more`
        : `${name}: all ${p?.degree ?? ''} connections drawn`.replace('all  ', 'all '));
    }
    return added;
  }

  page(id) {
    return this.pages.get(id);
  }

  async applyFilterQuery(filters) {
    if (!Object.values(filters).some(Boolean)) return;
    this.add(await api.graph({...filters, limit: 300}));
  }

  /**
   * Takes the drawn statements that do not match the filters off the drawing, and what is left with no statement to
   * show; they come back when the filters change. (They are removed rather than hidden: Cytoscape.js draws bundled
   * parallel edges wrongly when some of them are hidden.)
   */
  filter(filters, keep = []) {
    const active = Object.values(filters).some(Boolean);
    this.cy.batch(() => {
      if (this.stash) {
        this.stash.restore();
        this.stash = null;
        this.flushPending();
      }
      if (!active) return;
      const statements = this.cy.nodes('[type="statement"]');
      const kept = statements.filter(s => matches(s, filters));
      const keepIds = new Set([...keep, filters.speaker, filters.territory,
        filters.article && `article:${filters.article}`].filter(Boolean));
      const others = this.cy.nodes().not('[type="statement"]').filter(n => !keepIds.has(n.id())
        && n.neighborhood('node[type="statement"]').intersection(kept).empty());
      this.stash = this.cy.remove(statements.difference(kept).union(others));
    });
  }

  /** Draws the waiting edges whose two ends are both drawn now. */
  flushPending() {
    for (const [id, edge] of this.pending) {
      if (this.cy.getElementById(id).nonempty()) {
        this.pending.delete(id);
      } else if (this.cy.getElementById(edge.data.source).nonempty()
        && this.cy.getElementById(edge.data.target).nonempty()) {
        this.cy.add({group: 'edges', data: {...edge.data}});
        this.pending.delete(id);
      }
    }
  }

  layout(name = this.layoutName, {roots} = {}) {
    this.layoutName = LAYOUTS[name] ? name : 'cose';
    const options = {...LAYOUTS[this.layoutName]};
    if (this.layoutName === 'breadthfirst' && roots) options.roots = roots;
    if (this.cy.nodes().empty()) return;
    this.cy.elements().layout(options).run();
    // A few nodes fitted to the screen would be drawn huge: keep labels at a reading size.
    if (this.cy.zoom() > READING_ZOOM) {
      this.cy.zoom(READING_ZOOM);
      this.cy.center();
    }
  }

  focusOn(id) {
    const node = this.cy.getElementById(id);
    this.cy.nodes('.focus').removeClass('focus');
    if (node.empty()) return;
    node.addClass('focus');
    this.cy.$(':selected').unselect();
    node.select();
    this.cy.animate({center: {eles: node}, zoom: Math.min(Math.max(this.cy.zoom(), 0.8), READING_ZOOM)},
      {duration: 250});
  }

  exportPng() {
    download(this.cy.png({output: 'blob', full: true, scale: 2, bg: '#ffffff'}), 'saidgraph-view.png');
  }

  /** The drawn elements as Cytoscape.js JSON (what cy.add or Cytoscape desktop's import read). */
  exportJson() {
    const elements = this.cy.elements();
    const strip = (e) => {
      const {display: _d, speakerColor: _c, ...data} = e.data();
      return e.isNode() ? {data, position: e.position()} : {data};
    };
    const json = {format_version: '1.0', generated_by: 'saidgraph explorer', target_cytoscapejs_version: '~3',
      elements: {nodes: elements.nodes().map(strip), edges: elements.edges().map(strip)}};
    download(new Blob([JSON.stringify(json, null, 1)], {type: 'application/json'}), 'saidgraph-view.cyjs.json');
  }

  legend(container) {
    clear(container);
    for (const [type, t] of Object.entries(TYPES)) {
      const swatch = el('span', {class: `swatch ${t.shape}`});
      swatch.style.backgroundColor = t.color;
      if (type === 'statement') swatch.style.borderColor = '#2563eb';
      container.append(el('span', {class: 'item'}, swatch, t.name));
    }
    const paraphrase = el('span', {class: 'swatch round-rectangle dashed'});
    paraphrase.style.borderColor = '#2563eb';
    container.append(el('span', {class: 'item'}, paraphrase, 'paraphrase'));
    container.append(el('span', {class: 'note'}, '“Quoted” labels are the speaker\'s own words; a statement\'s '
      + 'border has its speaker\'s colour; arrows carry the relationship (SAID, RESPONDS_TO, DENIES, REPORTS, '
      + 'REPORTED_BY, ADDRESSED_TO, MENTIONS: position).'));
  }
}

function matches(statement, filters) {
  if (filters.act && statement.data('act') !== filters.act) return false;
  if (filters.speaker && statement.data('speaker') !== filters.speaker) return false;
  if (filters.article && !statement.id().startsWith(`${filters.article}.`)) return false;
  if (filters.territory && !statement.outgoers('edge[type="MENTIONS"]')
    .some(e => e.data('target') === filters.territory)) return false;
  return true;
}
