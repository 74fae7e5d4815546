// Reading mode: the article's text with every statement's span highlighted in its speaker's colour. Spans may nest
// or overlap (a tweet inside the sentence that reports it), so the text is cut at every span boundary and each piece
// carries the statements that cover it; the innermost one colours it and opens on a click, the others underline it.
import {el, clear} from './dom.js';
import {colorFor, tint} from './colors.js';
import {api} from './api.js';

export class Reader {
  constructor(app) {
    this.app = app;
    this.root = document.getElementById('reader');
    this.title = document.getElementById('reader-title');
    this.body = document.getElementById('reader-body');
    this.articleId = null;
  }

  get open() {
    return !this.root.hidden;
  }

  close() {
    this.root.hidden = true;
    this.articleId = null;
    this.app.stateChanged({read: null, at: null});
  }

  async show(articleId, statementId) {
    this.root.hidden = false;
    if (this.articleId !== articleId) {
      this.articleId = articleId;
      this.title.textContent = 'Loading…';
      clear(this.body);
      try {
        this.render(await api.article(articleId));
      } catch (error) {
        this.title.textContent = 'Not found';
        this.body.append(el('p', {}, error.message));
        return;
      }
    }
    this.app.stateChanged({read: articleId, at: statementId ?? null});
    if (statementId) this.mark(statementId);
  }

  render(article) {
    this.title.textContent = article.title ?? article.id;
    const meta = [article.publisher, article.published, `${article.statements.length} statements`]
      .filter(Boolean).join(' · ');
    this.body.append(el('p', {class: 'reader-meta'}, meta,
      article.url ? [' · ', el('a', {href: article.url, rel: 'noopener noreferrer', target: '_blank'}, 'original')] : null));
    const speakers = new Map();
    article.statements.forEach(s => s.speaker && speakers.set(s.speaker.id, s.speaker));
    const legend = el('div', {class: 'reader-speakers', 'aria-label': 'Speakers'});
    for (const speaker of speakers.values()) {
      const dot = el('span', {class: 'dot'});
      dot.style.backgroundColor = colorFor(speaker.id);
      legend.append(el('button', {type: 'button', class: 'chip',
        onclick: () => this.app.openEntity(speaker.id)}, dot, speaker.name));
    }
    this.body.append(legend);
    this.body.append(this.highlighted(article));
  }

  highlighted(article) {
    const text = article.text ?? '';
    // A statement in parts is highlighted part by part: the attribution between its parts is not its words.
    const spans = article.statements.flatMap(s => Array.isArray(s.parts) && s.parts.length > 0
      ? s.parts.map(p => ({...s, start: p.start, end: p.end})) : [s])
      .filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end);
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const container = el('div', {class: 'article-text', id: 'article-text'});
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = text.slice(from, to);
      // Innermost first: the shortest span covering this piece.
      const covering = spans.filter(s => s.start <= from && s.end >= to).sort((a, b) => (a.end - a.start) - (b.end - b.start));
      if (covering.length === 0) {
        container.append(piece);
        continue;
      }
      const inner = covering[0];
      const color = colorFor(inner.speaker?.id);
      const mark = el('span', {
        class: covering.length > 1 ? 'hl nested' : 'hl',
        tabindex: '0', role: 'button',
        title: covering.map(s => `${s.speaker?.name ?? 'unknown'} (${s.act}${s.verbatim ? ', quoted' : ', paraphrase'})`).join('\nwithin: '),
        dataset: {statements: covering.map(s => s.id).join(' '), statement: inner.id, speaker: inner.speaker?.id ?? ''},
      }, piece);
      mark.style.backgroundColor = tint(color, 0.3);
      if (covering.length > 1) mark.style.textDecorationColor = colorFor(covering[1].speaker?.id);
      const open = () => this.app.openStatement(inner.id, {fromReader: true});
      mark.addEventListener('click', open);
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          open();
        }
      });
      container.append(mark);
    }
    return container;
  }

  mark(statementId) {
    this.body.querySelectorAll('.hl.active').forEach(n => n.classList.remove('active'));
    const pieces = [...this.body.querySelectorAll('.hl')]
      .filter(n => n.dataset.statements.split(' ').includes(statementId));
    pieces.forEach(n => n.classList.add('active'));
    pieces[0]?.scrollIntoView({block: 'center'});
  }
}
