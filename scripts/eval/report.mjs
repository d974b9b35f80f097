// Scores and prints eval tables.

/** Counts TP/FP/FN/TN per rule: a message "fires" when any finding has that rule id. */
export function scoreRules(results, expectations) {
  const rows = [];
  const misses = [];
  for (const [ruleId, expect] of Object.entries(expectations)) {
    const count = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const { message, result } of results) {
      const expected = expect(message);
      if (expected === undefined) continue;
      // A finding folded into a stronger one on the same words still reaches the writer, in `related` (as the rule examples count it).
      const fired = result.diagnostics.some((d) => d.ruleId === ruleId || (d.related ?? []).some((other) => other.ruleId === ruleId));
      const key = fired ? (expected ? 'tp' : 'fp') : expected ? 'fn' : 'tn';
      count[key]++;
      if (key === 'fp' || key === 'fn') misses.push(`${key.toUpperCase()} ${ruleId} ${message.id} (${message.kind}, inferred ${result.kind ?? '?'})`);
    }
    const precision = count.tp + count.fp ? count.tp / (count.tp + count.fp) : NaN;
    const recall = count.tp + count.fn ? count.tp / (count.tp + count.fn) : NaN;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : NaN;
    rows.push([ruleId, count.tp, count.fp, count.fn, count.tn, fmt(precision), fmt(recall), fmt(f1)]);
  }
  return { rows, misses };
}

const fmt = (value) => (Number.isNaN(value) ? '—' : value.toFixed(2));

export function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
  const line = (row) => `| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** A confusion matrix from [labelled, found] pairs. */
export function printMatrix(pairs) {
  const names = [...new Set(pairs.flat())].sort();
  const rows = names
    .filter((name) => pairs.some(([labelled]) => labelled === name))
    .map((labelled) => [labelled, ...names.map((found) => pairs.filter(([a, b]) => a === labelled && b === found).length || '.')]);
  printTable(['labelled \\ found', ...names], rows);
}
