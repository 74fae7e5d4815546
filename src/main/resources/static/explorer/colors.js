// Colours that stay the same for one speaker or one position wherever it appears during a visit: the first one asked
// for gets the first colour of the palette, and so on.

const PALETTE = ['#2563eb', '#dc2626', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d',
  '#ea580c', '#4f46e5', '#0d9488', '#be123c', '#a16207', '#9333ea', '#15803d', '#1e40af'];

const given = new Map();

export function colorFor(key) {
  if (!key) return '#9ca3af';
  if (!given.has(key)) given.set(key, PALETTE[given.size % PALETTE.length]);
  return given.get(key);
}

/** A light version of a colour for backgrounds behind text. */
export function tint(hex, alpha = 0.28) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
