// Timing and formatting helpers shared by the bench.
import v8 from 'node:v8';
import vm from 'node:vm';

// A full collection before each large run keeps one contender's garbage out of the next one's
// time; before short runs a young-generation collection is enough and costs far less.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');
export const collectGarbage = () => gc();
export const collectYoungGarbage = () => gc({ type: 'minor' });

/** Milliseconds taken by `fn` (awaited when it returns a promise) and its result. */
export async function timed(fn) {
  const start = performance.now();
  let result = fn();
  if (result && typeof result.then === 'function') result = await result;
  return { ms: performance.now() - start, result };
}

export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);

/** Median with its spread: min–max for a few rounds, p10–p90 once there are enough samples. */
export function summarize(values) {
  const many = values.length >= 10;
  return {
    median: median(values),
    low: many ? quantile(values, 0.1) : Math.min(...values),
    high: many ? quantile(values, 0.9) : Math.max(...values),
    spread: many ? 'p10–p90' : 'min–max',
    rounds: values.length,
  };
}

export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** "1.23 ms (1.10–1.40)": the spread in the median's unit. */
export function formatSummary(summary) {
  if (!summary) return 'n/a';
  const unit = summary.median >= 1000 ? 1000 : 1;
  const digits = (ms) => (unit === 1000 ? (ms / 1000).toFixed(2) : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
  return `${formatMs(summary.median)} (${digits(summary.low)}–${digits(summary.high)})`;
}

export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatRatio(theirs, ours) {
  if (!Number.isFinite(theirs) || !Number.isFinite(ours) || ours <= 0) return '—';
  const ratio = theirs / ours;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}

/** A plain-text table; every cell is already a string. */
export function renderTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i] ?? '').length)));
  const line = (row) => `| ${row.map((cell, i) => String(cell ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
