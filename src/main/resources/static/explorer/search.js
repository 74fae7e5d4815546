// The search box: suggestions as you type (entities by name or alias, ignoring case and diacritics, then statements
// by their words); arrows move, Enter chooses, Escape closes. "/" anywhere focuses it.
import {el, clear, statementWords} from './dom.js';
import {api} from './api.js';

export class Search {
  constructor(app) {
    this.app = app;
    this.input = document.getElementById('search');
    this.list = document.getElementById('search-list');
    this.options = [];
    this.active = -1;
    this.timer = null;
    this.generation = 0;
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.suggest(this.input.value), 150);
    });
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 200));
  }

  get open() {
    return !this.list.hidden;
  }

  focus() {
    this.input.focus();
    this.input.select();
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  async suggest(text) {
    const q = text.trim();
    const generation = ++this.generation;
    if (q.length < 2) {
      this.close();
      return;
    }
    const [entities, statements] = await Promise.all([
      api.search(q).catch(() => ({items: []})),
      api.searchStatements(q).catch(() => ({items: []})),
    ]);
    if (generation !== this.generation) return; // a newer keystroke won
    this.options = [
      ...entities.items.map(hit => ({kind: hit.type, id: hit.id, label: hit.name, type: hit.type})),
      ...statements.items.map(s => ({kind: 'statement', id: s.id, statement: s})),
    ];
    this.render();
  }

  render() {
    clear(this.list);
    if (this.options.length === 0) {
      this.list.append(el('li', {class: 'group', role: 'presentation'}, 'Nothing found'));
    }
    this.options.forEach((option, i) => {
      const content = option.statement
        ? [el('span', {class: 'kind'}, 'statement'), el('span', {},
          `${option.statement.speaker?.name ?? ''}: `, statementWords(option.statement))]
        : [el('span', {class: 'kind'}, option.kind), el('span', {}, option.label)];
      this.list.append(el('li', {id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false',
        dataset: {id: option.id},
        onmousedown: (event) => { event.preventDefault(); this.choose(i); }}, content));
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.move(this.options.length ? 0 : -1);
  }

  move(index) {
    this.active = index;
    [...this.list.querySelectorAll('[role="option"]')].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        this.input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({block: 'nearest'});
      }
    });
  }

  key(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) {
        this.suggest(this.input.value);
        return;
      }
      const n = this.options.length;
      if (n) this.move((this.active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.open && this.active >= 0) this.choose(this.active);
      else this.suggest(this.input.value);
    } else if (event.key === 'Escape') {
      if (this.open) {
        event.stopPropagation();
        this.close();
      }
    }
  }

  choose(index) {
    const option = this.options[index];
    if (!option) return;
    this.close();
    this.input.value = option.label ?? option.statement?.text ?? '';
    this.input.blur();
    if (option.statement) this.app.centreOn(option.id, 'statement');
    else this.app.centreOn(option.id, option.type);
  }
}
