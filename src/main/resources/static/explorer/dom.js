// Building the page's DOM. Every text goes in as a text node (textContent / append of a string), never as HTML:
// article text, statements and names are untrusted input.

/** el('button', {class: 'link', onclick: fn}, 'text', child…) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/**
 * A list's total as the API means it: exact ("8", "1,234"), or, when counting stopped at the list's cap
 * (totalIsLowerBound), at least that many ("10,000+").
 */
export function totalText(page) {
  const n = Number(page?.total ?? 0).toLocaleString('en');
  return page?.totalIsLowerBound ? `${n}+` : n;
}

/** How the text of a statement in parts joins its pieces: what interrupts the quotation is elided. */
export const PART_JOINER = ' \u2026 ';

/**
 * The quoted pieces of a verbatim statement in parts, or null for one in one piece. The API gives them as
 * {start, end, text}; a graph node keeps only the offsets ([s0, e0, s1, e1, …]), so the pieces are cut from its text
 * (the pieces joined by PART_JOINER) by their lengths.
 */
export function quotedPieces(statement) {
  const parts = statement?.parts;
  if (!statement?.verbatim || !Array.isArray(parts) || parts.length === 0) return null;
  if (typeof parts[0] === 'object') return parts.map(p => p.text ?? '');
  const text = statement.text ?? '';
  const pieces = [];
  let at = 0;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (i > 0) {
      if (!text.startsWith(PART_JOINER, at)) return null;
      at += PART_JOINER.length;
    }
    const length = parts[i + 1] - parts[i];
    pieces.push(text.slice(at, at + length));
    at += length;
  }
  return at === text.length ? pieces : null;
}

/**
 * A statement's words. Only a verbatim statement is put in quotation marks (one in parts, each part in its own, with
 * " … " outside them); a paraphrase is marked as one, and the exact evidence from the article is shown beside it
 * where the caller has it.
 */
export function statementWords(statement) {
  const pieces = quotedPieces(statement);
  if (pieces) {
    const span = el('span', {class: 'verbatim'});
    pieces.forEach((piece, i) => span.append(i > 0 ? PART_JOINER : '', '“', piece, '”'));
    return span;
  }
  if (statement.verbatim) {
    return el('span', {class: 'verbatim'}, '“', statement.text ?? '', '”');
  }
  return el('span', {class: 'paraphrase-text'}, statement.text ?? '');
}

export function quoteBadge(statement) {
  return statement.verbatim
    ? el('span', {class: 'badge quoted', title: 'The speaker\'s own words, as quoted in the article'}, 'quoted')
    : el('span', {class: 'badge paraphrase', title: 'Reported speech: the article\'s words, not the speaker\'s'},
      'paraphrase');
}

/** Saves a Blob as a file through a temporary link. */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = el('a', {href: url, download: filename});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
