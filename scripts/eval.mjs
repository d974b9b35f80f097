// Measures the rules on real, labelled messages: lints each one through the public API
// (dist/core.js) without kind hints and compares findings with the labels.
// Usage: node scripts/eval.mjs [path/to/corpus.jsonl]   (default: ../shared/corpus/real-dev.jsonl)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { lint } = createRequire(import.meta.url)(join(root, 'dist', 'core.js'));
const corpusPath = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(root, '..', 'shared', 'corpus', 'real-dev.jsonl');
if (!existsSync(corpusPath)) {
  console.error(`eval: no corpus at ${corpusPath}; pass its path as the first argument`);
  process.exit(0);
}
const messages = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

const ASKING = new Set(['request', 'linkedin-note', 'referral-intro']);
const AFTER = new Set(['thank-you', 'follow-up']);
/** rule id → whether the message should get it (undefined: the label does not apply). */
const EXPECTATIONS = {
  'no-job-request': (m) => m.labels.job_request,
  'no-resume-upfront': (m) => m.labels.resume_upfront,
  'no-salary-question': (m) => m.labels.salary_question,
  'no-pick-brain': (m) => m.labels.pick_brain,
  'no-confidential-question': (m) => m.labels.confidential_question,
  // The rule covers deadlines and dictating the day, time or place, as well as a demanding tone.
  'no-demanding-tone': (m) => m.labels.demanding_tone || m.labels.deadline_or_dictating,
  'no-desperate-tone': (m) => m.labels.desperate_tone,
  'time-ask': (m) => (ASKING.has(m.kind) ? !m.labels.has_time_ask : undefined),
  'how-found': (m) => (ASKING.has(m.kind) ? !m.labels.has_how_found : undefined),
  gratitude: (m) => (m.kind === 'request' || m.kind === 'thank-you' ? !m.labels.has_thanks : undefined),
  // Beyond the issue's mapping: the other labels that correspond to a rule.
  'clear-objective': (m) => (ASKING.has(m.kind) ? !m.labels.has_specific_objective : undefined),
  'offer-flexibility': (m) => (ASKING.has(m.kind) ? !m.labels.offers_flexibility : undefined),
  'ask-for-referral': (m) => (m.kind === 'thank-you' ? !m.labels.asks_referral : undefined),
};

const results = messages.map((message) => ({ message, result: lint(message.text) }));
const rows = [];
const misses = [];
for (const [ruleId, expect] of Object.entries(EXPECTATIONS)) {
  const count = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { message, result } of results) {
    const expected = expect(message);
    if (expected === undefined) continue;
    const fired = result.diagnostics.some((d) => d.ruleId === ruleId);
    const key = fired ? (expected ? 'tp' : 'fp') : expected ? 'fn' : 'tn';
    count[key]++;
    if (key === 'fp' || key === 'fn') misses.push(`${key.toUpperCase()} ${ruleId} ${message.id} (${message.kind}, inferred ${result.kind})`);
  }
  const precision = count.tp + count.fp ? count.tp / (count.tp + count.fp) : NaN;
  const recall = count.tp + count.fn ? count.tp / (count.tp + count.fn) : NaN;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : NaN;
  rows.push([ruleId, count.tp, count.fp, count.fn, count.tn, fmt(precision), fmt(recall), fmt(f1)]);
}

function fmt(value) {
  return Number.isNaN(value) ? '—' : value.toFixed(2);
}

const header = ['rule', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
const line = (row) => `| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
console.log(`Eval on ${messages.length} messages from ${corpusPath.split('/').slice(-2).join('/')}\n`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));

const good = results.filter(({ message }) => message.source_label === 'good example');
const seriousOnGood = good.flatMap(({ message, result }) =>
  result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${message.id}:${d.ruleId}`),
);
// Published templates keep their [Name] fields, which the placeholder rule rightly flags; count them apart.
const byRule = (entries) => Object.entries(entries.reduce((counts, entry) => ({ ...counts, [entry.split(':')[1]]: (counts[entry.split(':')[1]] ?? 0) + 1 }), {})).map(([rule, n]) => `${rule} ${n}`).join(', ');
const askOnAfter = results
  .filter(({ message }) => AFTER.has(message.kind))
  .flatMap(({ message, result }) => result.diagnostics.filter((d) => d.ruleId === 'time-ask' || d.ruleId === 'how-found').map((d) => `${message.id}:${d.ruleId}`));
const kindRight = results.filter(({ message, result }) => message.kind === result.kind).length;
const notPlaceholders = seriousOnGood.filter((entry) => !entry.endsWith(':unfilled-placeholder'));
console.log(`\nerror/warning findings on the ${good.length} messages their source presents as good: ${seriousOnGood.length} (${byRule(seriousOnGood)})`);
console.log(`  of which not template fields: ${notPlaceholders.length}${notPlaceholders.length ? ` (${notPlaceholders.join(', ')})` : ''}`);
console.log(`time-ask/how-found findings on thank-you and follow-up notes: ${askOnAfter.length}${askOnAfter.length ? ` (${askOnAfter.join(', ')})` : ''}`);
console.log(`kind inferred as labelled: ${kindRight}/${messages.length}`);
if (process.argv.includes('--misses')) console.log(`\n${misses.join('\n')}`);
