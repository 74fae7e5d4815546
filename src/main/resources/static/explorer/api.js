// The read API the page uses (docs/api.md); every answer is JSON, every error a problem+json with a detail.

// Whether the last answer was given while the server was still loading its start-up datasets (docs/api.md): what it
// showed may lack what they hold.
export const server = {datasetsLoading: false};

export async function getJson(path) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}});
  server.datasetsLoading = response.headers.get('Saidgraph-Datasets-Loading') === 'true';
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error(body?.detail ?? `${response.status} for ${path}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') search.set(key, value);
  }
  return search.toString();
}

const ENTITY_PATHS = {person: 'people', organization: 'organizations', territory: 'territories', group: 'groups'};

export const api = {
  graph: (params) => getJson(`/api/graph?${query(params)}`),
  facets: () => getJson('/api/graph/facets'),
  search: (q) => getJson(`/api/search?${query({q, size: 6})}`),
  // Lucene syntax: each word escaped, all words required, the last one also as a prefix.
  searchStatements: (q) => getJson(`/api/statements?${query({q: lucene(q), size: 4})}`),
  statement: (id) => getJson(`/api/statements/${encodeURIComponent(id)}`),
  thread: (id) => getJson(`/api/statements/${encodeURIComponent(id)}/thread`),
  entity: (type, id) => getJson(`/api/${ENTITY_PATHS[type] ?? 'people'}/${encodeURIComponent(id)}`),
  statementsOf: (filter) => getJson(`/api/statements?${query({...filter, size: 50})}`),
  positions: (id) => getJson(`/api/territories/${encodeURIComponent(id)}/positions?size=50`),
  article: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`),
  articles: () => getJson('/api/articles?size=200'),
};

function lucene(text) {
  const words = text.trim().split(/\s+/).filter(Boolean)
    .map(w => w.replace(/[+\-&|!(){}\[\]^"~*?:\\/]/g, '\\$&'));
  if (words.length === 0) return '';
  const last = words.pop();
  return [...words.map(w => `+${w}`), `+(${last} OR ${last}*)`].join(' ');
}
