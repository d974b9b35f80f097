// Measures the rules on real, labelled messages: lints each one through the public API
// (dist/core.js) without kind hints and compares findings, kinds and asks with the labels.
//
// The corpus is split by source into two halves (every message of one source lands in the
// same half), so that tuning on one half and reading the other estimates how the rules do
// on messages they were never tuned on.
//
// Usage: node scripts/eval.mjs [corpus.jsonl] [--half tune|holdout|all] [--misses]
//   default corpus: ../shared/corpus/real-dev.jsonl; without --half both halves are shown;
//   `--half all` scores the whole file as one set (for a second corpus measured on its own).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printMatrix, printTable, scoreRules } from './eval/report.mjs';
import { splitBySource } from './eval/split.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { lint } = createRequire(import.meta.url)(join(root, 'dist', 'core.js'));
const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const corpusPath = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--half') ?? join(root, '..', 'shared', 'corpus', 'real-dev.jsonl');
if (!existsSync(corpusPath)) {
  console.error(`eval: no corpus at ${corpusPath}; pass its path as the first argument`);
  process.exit(0);
}
const messages = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

const ASKING = new Set(['request', 'linkedin-note', 'referral-intro']);
/** Checks about the shape of a meeting ask apply only where a meeting is asked for (asks.md §3). */
const meetingCheck = (m, missing) => (ASKING.has(m.kind) && m.labels.asks_meeting ? missing : false);
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
  // The rule flags a length outside its bounds as well as a missing one (rules/time-ask.yaml options).
  'time-ask': (m) => meetingCheck(m, !m.labels.has_time_ask || (m.time_ask_minutes != null && (m.time_ask_minutes > 30 || m.time_ask_minutes < 5))),
  'offer-flexibility': (m) => meetingCheck(m, !m.labels.offers_flexibility),
  'how-found': (m) => meetingCheck(m, !m.labels.has_how_found),
  gratitude: (m) => (m.kind === 'request' || m.kind === 'thank-you' ? !m.labels.has_thanks : undefined),
  'clear-objective': (m) => (ASKING.has(m.kind) && m.labels.asks_meeting ? !m.labels.has_specific_objective : undefined),
  'ask-for-referral': (m) => (m.kind === 'thank-you' ? !m.labels.asks_referral : undefined),
};
/** The labelled ask types, read from the labels (asks.md §2). */
const ASK_LABELS = { job: 'job_request', meeting: 'asks_meeting', introduction: 'asks_intro' };

const halves = splitBySource(messages);
const chosen = flag('--half');
const shown = chosen === 'all' ? [['all', { messages }]] : chosen ? [[chosen, halves[chosen]]] : Object.entries(halves);
console.log(`Eval on ${messages.length} messages from ${corpusPath.split('/').slice(-2).join('/')}, split by source:`);
for (const [name, part] of Object.entries(halves)) console.log(`  ${name}: ${part.messages.length} messages from ${part.sources.length} sources`);

for (const [name, part] of shown) {
  const results = part.messages.map((message) => ({ message, result: lint(message.text) }));
  console.log(`\n## ${name === 'all' ? 'all messages' : `${name} half`} (${results.length} messages)\n`);
  const { rows, misses } = scoreRules(results, EXPECTATIONS);
  printTable(['rule', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'], rows);

  const askRows = Object.entries(ASK_LABELS).map(([type, label]) => {
    const expect = (m) => m.labels[label];
    const scored = scoreRules(
      results.map(({ message, result }) => ({ message, result: { diagnostics: (result.asks ?? []).filter((ask) => ask.type === type).map(() => ({ ruleId: type })) } })),
      { [type]: expect },
    );
    misses.push(...scored.misses.map((miss) => `${miss} (ask)`));
    return scored.rows[0];
  });
  console.log('\nAsks found (message level):\n');
  printTable(['ask type', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'], askRows);

  console.log('\nKind: labelled (rows) against inferred (columns):\n');
  printMatrix(results.map(({ message, result }) => [message.kind, result.kind]));
  const kindRight = results.filter(({ message, result }) => message.kind === result.kind).length;
  console.log(`\nkind inferred as labelled: ${kindRight}/${results.length} (${((100 * kindRight) / results.length).toFixed(0)}%)`);

  const mainAsk = (types) => ['job', 'introduction', 'meeting', 'advice', 'connection', 'other'].find((type) => types.includes(type)) ?? 'none';
  console.log('\nMain ask: labelled (rows) against found (columns):\n');
  printMatrix(
    results.map(({ message, result }) => [
      mainAsk(Object.entries(ASK_LABELS).filter(([, label]) => message.labels[label]).map(([type]) => type)),
      mainAsk((result.asks ?? []).map((ask) => ask.type).filter((type) => type in ASK_LABELS)),
    ]),
  );

  const after = results.filter(({ message }) => message.kind === 'thank-you' || message.kind === 'follow-up');
  const meetingFindingsAfter = after.flatMap(({ message, result }) =>
    result.diagnostics.filter((d) => ['time-ask', 'how-found', 'offer-flexibility'].includes(d.ruleId)).map((d) => `${message.id}:${d.ruleId}`),
  );
  const noMeeting = results.filter(({ message }) => !message.labels.asks_meeting);
  const meetingFindingsNoMeeting = noMeeting.flatMap(({ message, result }) =>
    result.diagnostics.filter((d) => ['time-ask', 'how-found', 'offer-flexibility'].includes(d.ruleId)).map((d) => `${message.id}:${d.ruleId}`),
  );
  console.log(`\ntime-ask/offer-flexibility/how-found findings on thank-you and follow-up notes: ${meetingFindingsAfter.length}`);
  console.log(`the same on the ${noMeeting.length} messages that ask for no meeting: ${meetingFindingsNoMeeting.length}`);
  if (args.includes('--misses')) {
    console.log(`\n${misses.join('\n')}`);
    if (meetingFindingsAfter.length > 0) console.log(`\non thank-you and follow-up notes: ${meetingFindingsAfter.join(' ')}`);
    if (meetingFindingsNoMeeting.length > 0) console.log(`on messages asking no meeting: ${meetingFindingsNoMeeting.join(' ')}`);
  }
}
