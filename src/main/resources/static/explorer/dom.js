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
 * A statement's words. Only a verbatim statement is put in quotation marks; a paraphrase is marked as one, and the
 * exact evidence from the article is shown beside it where the caller has it.
 */
export function statementWords(statement) {
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
