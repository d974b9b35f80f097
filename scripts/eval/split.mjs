// Splits a labelled corpus into two halves by source, so that no source is in both.

/** Where a message was published: a GitHub repository, a web site, or the set written for testing. */
export function sourceOf(message) {
  if (!/^https?:\/\//.test(message.source_url ?? '')) return message.source_url || 'unknown';
  const url = new URL(message.source_url);
  if (url.hostname === 'github.com') return `github.com/${url.pathname.split('/').slice(1, 3).join('/')}`;
  return url.hostname;
}

/** A stable hash (FNV-1a), so the split is the same on every machine and run. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Sources in hash order go to whichever half has fewer messages, which keeps the halves
 * close in size without choosing sources by hand.
 */
export function splitBySource(messages) {
  const bySource = new Map();
  for (const message of messages) {
    const source = sourceOf(message);
    if (!bySource.has(source)) bySource.set(source, []);
    bySource.get(source).push(message);
  }
  const halves = { tune: { messages: [], sources: [] }, holdout: { messages: [], sources: [] } };
  const order = [...bySource.keys()].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  for (const source of order) {
    const half = halves.tune.messages.length <= halves.holdout.messages.length ? halves.tune : halves.holdout;
    half.sources.push(source);
    half.messages.push(...bySource.get(source));
  }
  return halves;
}
