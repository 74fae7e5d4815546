// The details panel on the right (a full-screen sheet on a phone): an entity, a statement with its source passage,
// a thread of replies and denials, the stances taken on a territory, or the list of articles.
import {el, clear, statementWords, quoteBadge, totalText} from './dom.js';
import {colorFor, tint} from './colors.js';
import {api} from './api.js';
import {PAGE} from './graph.js';

export class Panels {
  constructor(app) {
    this.app = app;
    this.root = document.getElementById('panel');
    this.title = document.getElementById('panel-title');
    this.body = document.getElementById('panel-body');
    this.back = document.getElementById('panel-back');
    this.history = [];
    this.current = null;
    this.back.addEventListener('click', () => {
      const previous = this.history.pop();
      if (previous) this.show(previous, {remember: false});
    });
  }

  get open() {
    return !this.root.hidden;
  }

  close() {
    this.root.hidden = true;
    this.current = null;
    this.history = [];
    this.app.stateChanged({panel: null});
  }

  /** Opens "kind:id" (entity:elon-musk, statement:…, thread:…, stance:crimea, articles:). */
  async show(spec, {remember = true} = {}) {
    const [kind, ...rest] = spec.split(':');
    const id = rest.join(':');
    if (remember && this.current && this.current !== spec) this.history.push(this.current);
    this.back.hidden = this.history.length === 0;
    this.current = spec;
    this.root.hidden = false;
    this.title.textContent = 'Loading…';
    clear(this.body);
    this.app.stateChanged({panel: spec});
    try {
      if (kind === 'entity') await this.entity(id);
      else if (kind === 'statement') await this.statement(id);
      else if (kind === 'thread') await this.thread(id);
      else if (kind === 'stance') await this.stance(id);
      else await this.articles();
    } catch (error) {
      this.title.textContent = 'Not found';
      this.body.append(el('p', {}, error.message));
    }
    this.title.focus?.();
  }

  heading(text, sub) {
    this.title.textContent = text;
    if (sub) this.body.append(el('p', {class: 'muted'}, sub));
  }

  entityLink(entity) {
    if (!entity) return el('span', {class: 'muted'}, 'unknown');
    const dot = el('span', {class: 'dot'});
    dot.style.backgroundColor = colorFor(entity.id);
    return el('button', {class: 'chip', type: 'button', onclick: () => this.app.openEntity(entity.id, entity.type)},
      dot, entity.name ?? entity.id);
  }

  statementRef(ref, extra) {
    return el('button', {class: 'ref', type: 'button', onclick: () => this.app.openStatement(ref.id)},
      el('span', {class: 'who'}, ref.speaker?.name ?? '', ref.act ? ` · ${ref.act}` : '', extra ? ` · ${extra}` : ''),
      ref.verbatim ? null : [el('span', {class: 'badge paraphrase'}, 'paraphrase'), ' '], statementWords(ref));
  }

  section(title, items) {
    if (!items || items.length === 0) return null;
    return [el('h3', {}, title), el('ul', {}, items.map(item => el('li', {}, item)))];
  }

  async entity(id) {
    const node = this.app.graph.cy.getElementById(id);
    const type = node.nonempty() ? node.data('type') : this.app.typeHint(id);
    const e = await entityOfAnyType(id, type);
    this.heading(e.name, `${e.type}${e.kind ? ` · ${e.kind}` : ''}${e.description ? ` — ${e.description}` : ''}`);
    const page = this.app.graph.page(id);
    const actions = el('div', {class: 'actions'},
      el('button', {type: 'button', onclick: () => this.app.expand(id)}, 'Show in graph'),
      page && page.remaining > 0
        ? el('button', {type: 'button', id: 'show-more', onclick: () => this.app.expand(id, {more: true})},
          `Show ${Math.min(PAGE, page.remaining)} more (${page.remaining} not drawn)`) : null,
      e.type === 'territory'
        ? el('button', {type: 'button', onclick: () => this.show(`stance:${id}`)}, `Stances on ${e.name}`) : null);
    this.body.append(actions);
    if (e.aliases?.length) this.body.append(el('p', {class: 'muted'}, 'Also called: ', e.aliases.join(', ')));
    if (e.wikidata) {
      this.body.append(el('p', {class: 'muted'}, 'Wikidata: ', el('a', {href: `https://www.wikidata.org/wiki/${e.wikidata}`,
        rel: 'noopener noreferrer', target: '_blank'}, e.wikidata)));
    }
    const c = e.counts ?? {};
    this.body.append(el('p', {class: 'muted'},
      `${c.said ?? 0} statements said, ${c.mentionedIn ?? 0} mentions, ${c.addressedIn ?? 0} addressed to, `
      + `${c.articles ?? 0} article(s)`));
    append(this.body, this.section('Roles', (e.roles ?? []).map(r => [r.title, ' of ', this.entityLink(r.of)])));
    append(this.body, this.section('Role holders', (e.roleHolders ?? []).map(r => [this.entityLink(r.holder), ' ',
      r.title])));
    append(this.body, this.section('Part of', (e.partOf ?? []).map(t => this.entityLink(t))));
    append(this.body, this.section('Parts', (e.parts ?? []).map(t => this.entityLink(t))));
    append(this.body, this.section('Annexation claimed by', (e.annexationClaimedBy ?? []).map(a =>
      [this.entityLink(a.by), a.year ? ` in ${a.year}` : '', a.recognised === false ? ' (not recognised)' : ''])));
    const said = (c.said ?? 0) > 0 ? await api.statementsOf({speaker: id}) : null;
    if (said) {
      append(this.body, this.section(`Said (${totalText(said)})`, said.items.map(s => this.statementRef(s))));
    }
    const about = (c.mentionedIn ?? 0) > 0 ? await api.statementsOf({mentions: id}) : null;
    if (about) {
      append(this.body, this.section(`Statements that mention ${e.name} (${totalText(about)})`, about.items.map(s =>
        this.statementRef(s, (s.mentions ?? []).find(m => m.id === id)?.position))));
    }
  }

  async statement(id) {
    const s = await api.statement(id);
    this.heading(`${s.speaker?.name ?? 'Someone'} · ${s.act}`);
    this.body.append(el('p', {}, quoteBadge(s), s.medium ? el('span', {class: 'badge'}, s.medium) : null,
      s.date ? el('span', {class: 'badge'}, s.date) : null,
      s.firstHand === false ? el('span', {class: 'badge'}, 'second-hand') : null));
    this.body.append(el('p', {class: 'statement-text', id: 'statement-text'}, statementWords(s)));
    if (!s.verbatim && s.source?.evidence) {
      this.body.append(el('p', {class: 'evidence-label'}, 'A paraphrase. The article\'s own words:'),
        el('div', {class: 'evidence'}, s.source.evidence));
    }
    this.body.append(el('div', {class: 'actions'},
      el('button', {type: 'button', onclick: () => this.app.showInGraph(id)}, 'Show in graph'),
      el('button', {type: 'button', onclick: () => this.show(`thread:${id}`)}, 'Thread'),
      s.source ? el('button', {type: 'button', id: 'read-in-article',
        onclick: () => this.app.readArticle(s.source.articleId, id)}, 'Read in the article') : null));
    this.body.append(el('p', {}, 'Said by ', this.entityLink(s.speaker)));
    if (s.relayChain?.length) {
      this.body.append(el('p', {}, 'Reached us through ', s.relayChain.map((step, i) =>
        [i ? ' → ' : '', this.entityLink(step)])));
    }
    append(this.body, this.section('Replies to', (s.respondsTo ?? []).map(r => this.statementRef(r))));
    append(this.body, this.section('Denies', (s.denies ?? []).map(r => this.statementRef(r))));
    append(this.body, this.section(`Replies it drew (${s.counts?.replies ?? 0})`,
      (s.replies ?? []).map(r => this.statementRef(r))));
    append(this.body, this.section(`Denied by (${s.counts?.deniedBy ?? 0})`,
      (s.deniedBy ?? []).map(r => this.statementRef(r))));
    append(this.body, this.section('Relays', (s.reports ?? []).map(r => this.statementRef(r))));
    append(this.body, this.section('Relayed in', (s.reportedIn ?? []).map(r => this.statementRef(r))));
    if (s.addressedTo?.length) {
      this.body.append(el('h3', {}, 'Addressed to'), el('div', {class: 'chips'}, s.addressedTo.map(a => this.entityLink(a))));
    }
    if (s.mentions?.length) {
      this.body.append(el('h3', {}, 'Mentions'), el('ul', {}, s.mentions.map(m => el('li', {},
        this.entityLink(m), m.position ? el('span', {class: 'muted'}, ` position: ${m.position}`) : null))));
    }
    if (s.source) {
      this.body.append(el('h3', {}, 'Source'),
        el('p', {}, el('button', {type: 'button', class: 'link', onclick: () => this.app.readArticle(s.source.articleId, id)},
          s.source.title ?? s.source.articleId), s.source.published ? el('span', {class: 'muted'}, ` · ${s.source.published}`) : null),
        passage(s.source));
    }
  }

  async thread(id) {
    const t = await api.thread(id);
    this.heading('Thread', `${t.size} statement(s), read from the top: each reply or denial sits under what it answers.`
      + (t.truncated ? ' The thread is longer than shown.' : ''));
    const render = (node) => el('li', {class: 'thread-node'},
      node.relation ? el('span', {class: `relation ${node.relation}`}, node.relation) : null,
      el('button', {class: `ref${node.focus ? ' focus' : ''}`, type: 'button',
        onclick: () => this.app.openStatement(node.statement.id)},
        el('span', {class: 'who'}, node.statement.speaker?.name ?? '', ' · ', node.statement.act),
        node.statement.verbatim ? null : [el('span', {class: 'badge paraphrase'}, 'paraphrase'), ' '],
        statementWords(node.statement)),
      node.children?.length ? el('ul', {}, node.children.map(render)) : null);
    this.body.append(el('ul', {class: 'thread-tree', id: 'thread-tree'}, t.roots.map(render)));
  }

  async stance(id) {
    const [territory, positions] = await Promise.all([api.entity('territory', id), api.positions(id)]);
    this.heading(`Stances on ${territory.name}`, `${totalText(positions)} position(s), the most stated first. `
      + 'Each group lists who took it and where they said so.');
    const most = Math.max(1, ...positions.items.map(g => g.statementCount));
    const list = el('div', {id: 'stance-groups'});
    for (const group of positions.items) {
      const color = colorFor(`position:${group.position}`);
      const box = el('section', {class: 'stance-group'});
      box.style.borderLeftColor = color;
      box.style.backgroundColor = tint(color, 0.06);
      const bar = el('div', {class: 'stance-bar'});
      bar.style.backgroundColor = color;
      bar.style.width = `${Math.round(100 * group.statementCount / most)}%`;
      // The local append, not Element.append: that one would print a null child as the word "null".
      append(box, [el('h4', {}, group.position.replaceAll('-', ' ')),
        el('div', {class: 'muted'}, `${group.statementCount} statement(s)`), bar,
        el('div', {class: 'chips'}, group.speakers.map(sp => this.entityLink(sp)),
          group.speakerCount > group.speakers.length
            ? el('span', {class: 'muted'}, `and ${group.speakerCount - group.speakers.length} more`) : null),
        el('ul', {}, group.statements.map(st => el('li', {}, this.statementRef(st,
          st.relayChain?.length ? `through ${st.relayChain.map(r => r.name).join(' → ')}` : null)))),
        group.statementCount > group.statements.length
          ? el('div', {class: 'muted'}, `and ${group.statementCount - group.statements.length} more`)
          : null]);
      list.append(box);
    }
    this.body.append(list);
  }

  async articles() {
    const page = await api.articles();
    this.heading('Articles', 'Choose one to read it with every statement highlighted.');
    this.body.append(el('ul', {class: 'article-list'}, page.items.map(a => el('li', {},
      el('button', {class: 'ref', type: 'button', onclick: () => this.app.readArticle(a.id)},
        el('span', {class: 'who'}, a.title ?? a.id),
        `${a.statements} statements, ${a.speakers} speakers${a.published ? `, ${a.published}` : ''}`)))));
  }
}

/** An entity by id; its type is tried first when known, then the others (a 404 means "not of this type"). */
async function entityOfAnyType(id, type) {
  const types = [type, 'person', 'organization', 'territory', 'group'].filter((t, i, all) => t && all.indexOf(t) === i);
  let last;
  for (const t of types) {
    try {
      return await api.entity(t, id);
    } catch (error) {
      if (error.status !== 404) throw error;
      last = error;
    }
  }
  throw last;
}

function append(node, parts) {
  if (parts) node.append(...parts.filter(Boolean));
}

/** The sentence(s) around a statement with its exact span marked. */
function passage(source) {
  const text = source.passage ?? '';
  const at = source.evidence ? text.indexOf(source.evidence) : -1;
  if (at < 0) {
    return el('div', {class: 'passage'}, el('mark', {class: 'span'}, source.evidence ?? ''));
  }
  return el('div', {class: 'passage', id: 'passage'}, text.slice(0, at),
    el('mark', {class: 'span'}, source.evidence), text.slice(at + source.evidence.length));
}
