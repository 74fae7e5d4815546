// The view kept in the URL, so that a view can be shared: the focus, the nodes expanded from it, the filters, the
// layout, the open panel and the article being read. Changing the view replaces the URL; opening a URL restores it.

const KEYS = ['focus', 'expand', 'act', 'speaker', 'territory', 'article', 'layout', 'panel', 'read', 'at'];

export function readState() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) || null;
  state.expand = state.expand ? state.expand.split(',').filter(Boolean) : [];
  return state;
}

export function writeState(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key === 'expand' ? (state.expand ?? []).join(',') : state[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  const url = search ? `${location.pathname}?${search}` : location.pathname;
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
}
