// The saidgraph explorer: the graph in the middle, the article to read beside it, details in a panel. Everything the
// view shows is kept in the URL (state.js), so reloading or sharing the URL shows the same view.
import {Graph, PAGE} from './graph.js';
import {Panels} from './panels.js';
import {Reader} from './reader.js';
import {Search} from './search.js';
import {readState, writeState} from './state.js';
import {api, server} from './api.js';
import {el} from './dom.js';

const FILTERS = ['act', 'speaker', 'territory', 'article'];

class App {
  constructor() {
    this.state = readState();
    this.types = new Map(); // entity id -> type, from what was drawn or found
    this.graph = new Graph(document.getElementById('cy'), {
      onTap: (node) => this.tap(node),
      status: (text) => this.status(text),
    });
    this.panels = new Panels(this);
    this.reader = new Reader(this);
    this.search = new Search(this);
  }

  stateChanged(patch) {
    Object.assign(this.state, patch);
    writeState(this.state);
  }

  status(text) {
    document.getElementById('status').textContent = text;
  }

  filters() {
    return Object.fromEntries(FILTERS.map(k => [k, this.state[k] || null]));
  }

  typeHint(id) {
    return this.types.get(id) ?? null;
  }

  async start() {
    this.wire();
    this.graph.legend(document.getElementById('legend'));
    this.loadFacets();
    await this.restore();
  }

  wire() {
    document.addEventListener('keydown', (event) => this.key(event));
    document.querySelectorAll('[data-close]').forEach(button => button.addEventListener('click', () =>
      (button.dataset.close === 'panel' ? this.panels : this.reader).close()));
    const layout = document.getElementById('layout');
    layout.addEventListener('change', () => {
      this.stateChanged({layout: layout.value === 'cose' ? null : layout.value});
      this.graph.layout(layout.value, {roots: this.state.focus ? [this.state.focus] : undefined});
    });
    const filters = document.getElementById('filters');
    const toggleFilters = document.getElementById('toggle-filters');
    toggleFilters.addEventListener('click', () => {
      filters.hidden = !filters.hidden;
      toggleFilters.setAttribute('aria-expanded', String(!filters.hidden));
      window.dispatchEvent(new Event('resize'));
    });
    for (const key of FILTERS) {
      document.getElementById(`filter-${key}`).addEventListener('change', (event) =>
        this.setFilters({...this.filters(), [key]: event.target.value || null}));
    }
    document.getElementById('clear-filters').addEventListener('click', () =>
      this.setFilters(Object.fromEntries(FILTERS.map(k => [k, null]))));
    const exportButton = document.getElementById('toggle-export');
    const exportMenu = document.getElementById('export-menu');
    exportButton.addEventListener('click', () => {
      exportMenu.hidden = !exportMenu.hidden;
      exportButton.setAttribute('aria-expanded', String(!exportMenu.hidden));
    });
    exportMenu.addEventListener('click', () => { exportMenu.hidden = true; });
    document.getElementById('export-png').addEventListener('click', () => this.graph.exportPng());
    document.getElementById('export-view-json').addEventListener('click', () => this.graph.exportJson());
    document.getElementById('open-article').addEventListener('click', async () => {
      const articles = await api.articles();
      if (articles.items.length === 1) this.readArticle(articles.items[0].id);
      else this.panels.show('articles:');
    });
    // The article and the panel narrow the graph area: Cytoscape redraws, the selected node stays in view, and the
    // legend folds away when the graph is left narrow (it can be opened again).
    const area = document.getElementById('cy');
    new ResizeObserver(() => {
      this.graph.cy.resize();
      const selected = this.graph.cy.$('node:selected');
      if (selected.nonempty()) this.graph.cy.center(selected);
      if (area.clientWidth < 700) document.getElementById('legend-box').open = false;
    }).observe(area);
  }

  key(event) {
    const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      this.search.focus();
    } else if (event.key === 'Escape') {
      const menu = document.getElementById('export-menu');
      if (this.search.open) this.search.close();
      else if (!menu.hidden) menu.hidden = true;
      else if (this.panels.open) this.panels.close();
      else if (this.reader.open) this.reader.close();
      else if (typing) document.activeElement.blur();
    }
  }

  async loadFacets() {
    try {
      const facets = await api.facets();
      const fill = (key, options) => {
        const select = document.getElementById(`filter-${key}`);
        for (const o of options) select.append(el('option', {value: o.id}, o.name ?? o.id));
        select.value = this.state[key] ?? '';
      };
      fill('act', facets.acts.map(a => ({id: a, name: a})));
      fill('speaker', facets.speakers.map(s => ({id: s.id, name: `${s.name} (${s.count})`})));
      fill('territory', facets.territories);
      fill('article', facets.articles);
      if (FILTERS.some(k => this.state[k])) {
        document.getElementById('filters').hidden = false;
        document.getElementById('toggle-filters').setAttribute('aria-expanded', 'true');
      }
    } catch (error) {
      this.status(`Filters unavailable: ${error.message}`);
    }
  }

  /** Draws the view the URL describes. */
  async restore() {
    const s = this.state;
    document.getElementById('layout').value = s.layout ?? 'cose';
    this.graph.layoutName = s.layout ?? 'cose';
    try {
      if (s.focus) {
        await this.graph.expand(s.focus);
      } else {
        await this.graph.opening();
      }
      const seen = new Set([s.focus]);
      for (const id of s.expand) {
        await this.graph.expand(id, {more: seen.has(id)});
        seen.add(id);
      }
      await this.graph.applyFilterQuery(this.filters());
    } catch (error) {
      this.status(`Could not draw the graph: ${error.message}`);
    }
    this.refresh();
    if (s.focus) this.graph.focusOn(s.focus);
    if (!s.focus && s.expand.length === 0) {
      const n = this.graph.cy.nodes().length;
      this.status(n === 0 ? 'The graph is empty: load an article first.'
        : 'The most-quoted speakers and their latest statements. Click a node to expand it, or search ( / ).');
    }
    // Said last, over any other status: an empty or thin graph during the start-up load is not the final one.
    if (server.datasetsLoading) {
      this.status('The server is still loading its datasets: the graph may lack some of them. Reload in a moment.');
    }
    this.rememberTypes();
    if (s.read) await this.reader.show(s.read, s.at);
    if (s.panel) await this.panels.show(s.panel);
    this.ready = true; // the view the URL describes is drawn (tests wait for this)
  }

  refresh() {
    this.graph.filter(this.filters(), [this.state.focus, ...this.state.expand]);
    this.graph.layout(this.graph.layoutName, {roots: this.state.focus ? [this.state.focus] : undefined});
  }

  rememberTypes() {
    this.graph.cy.nodes().forEach(n => this.types.set(n.id(), n.data('type')));
  }

  async setFilters(filters) {
    this.stateChanged(filters);
    for (const key of FILTERS) document.getElementById(`filter-${key}`).value = filters[key] ?? '';
    await this.graph.applyFilterQuery(filters).catch(error => this.status(error.message));
    this.rememberTypes();
    this.refresh();
  }

  tap(node) {
    const id = node.id();
    const type = node.data('type');
    this.expand(id);
    if (type === 'statement') this.panels.show(`statement:${id}`);
    else if (type === 'article') this.readArticle(node.data('ref'));
    // A stance is one group of the territory's stances panel: open that panel.
    else if (type === 'stance') this.panels.show(`stance:${node.data('territory')}`);
    else this.openEntity(id, type);
  }

  /** Draws a node's next page of neighbours and keeps that in the URL. */
  async expand(id, {more = false} = {}) {
    const page = this.graph.page(id);
    if (!more && page) {
      this.graph.focusOn(id);
      return;
    }
    if (more && page && page.remaining === 0) return;
    try {
      await this.graph.expand(id, {more});
    } catch (error) {
      this.status(error.message);
      return;
    }
    if (id !== this.state.focus || more) this.stateChanged({expand: [...this.state.expand, id]});
    this.rememberTypes();
    this.refresh();
    this.graph.focusOn(id);
    if (this.panels.current === `entity:${id}`) this.panels.show(`entity:${id}`, {remember: false});
  }

  /** Search chose a hit: the graph starts again from it. */
  async centreOn(id, type) {
    if (type && type !== 'statement') this.types.set(id, type);
    this.graph.clear();
    this.stateChanged({focus: id, expand: []});
    try {
      await this.graph.expand(id);
    } catch (error) {
      this.status(error.message);
    }
    this.rememberTypes();
    this.refresh();
    this.graph.focusOn(id);
    if (type === 'statement') this.panels.show(`statement:${id}`);
    else this.openEntity(id, type);
  }

  async showInGraph(id) {
    if (this.graph.cy.getElementById(id).empty()) {
      await this.expand(id);
    } else {
      this.graph.focusOn(id);
    }
  }

  openEntity(id, type) {
    if (type) this.types.set(id, type);
    this.panels.show(`entity:${id}`);
  }

  openStatement(id, {fromReader = false} = {}) {
    this.panels.show(`statement:${id}`);
    if (this.reader.open && id.startsWith(`${this.reader.articleId}.`)) this.reader.mark(id);
    if (fromReader) {
      this.stateChanged({at: id});
      this.showInGraph(id);
    }
  }

  readArticle(articleId, statementId) {
    return this.reader.show(articleId, statementId);
  }
}

const app = new App();
window.saidgraph = app;
app.start();
