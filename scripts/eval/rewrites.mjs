// Robustness without labels: rewrites every message in ways that keep its meaning (lower
// case, contractions spelt out, no space after a stop, lines wrapped at 72 columns, an
// emoji after each sentence…) and counts the messages whose findings, kind or ask types
// change. A reading that changes under such a rewrite matches words, not meaning.
//
// Usage: node scripts/eval/rewrites.mjs [corpus.jsonl ...] [--show] [--core path/to/core.js]
//   default corpus: ../shared/corpus/real-dev.jsonl; --show lists what changed per message;
//   --core measures another build of the core (an older commit's, to compare).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const coreAt = args.indexOf('--core');
const { lint } = createRequire(import.meta.url)(coreAt >= 0 ? resolve(args[coreAt + 1]) : join(root, 'dist', 'core.js'));
const show = args.includes('--show');
const files = args.filter((arg, i) => !arg.startsWith('--') && (coreAt < 0 || i !== coreAt + 1));
if (files.length === 0) files.push(join(root, '..', 'shared', 'corpus', 'real-dev.jsonl'));
const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`rewrites: no corpus at ${missing.join(', ')}`);
  process.exit(0);
}
const messages = files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)));

/** Wraps each line longer than `width` at spaces, as a plain-text mailer does. */
const wrap = (text, width = 72) =>
  text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const lines = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > width) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      lines.push(current);
      return lines.join('\n');
    })
    .join('\n');

const SPELT_OUT = [
  [/\b(I|i)['’]m\b/g, '$1 am'], [/\b(I|i)['’]d\b/g, '$1 would'], [/\b(I|i)['’]ve\b/g, '$1 have'], [/\b(I|i)['’]ll\b/g, '$1 will'],
  [/\b([Yy]ou)['’]re\b/g, '$1 are'], [/\b([Yy]ou)['’]d\b/g, '$1 would'], [/\b([Yy]ou)['’]ve\b/g, '$1 have'], [/\b([Ii]t)['’]s\b/g, '$1 is'],
  [/\b([Dd]o)n['’]t\b/g, '$1 not'], [/\b([Cc]a)n['’]t\b/g, '$1nnot'], [/\b([Tt]hat)['’]s\b/g, '$1 is'],
];
const CONTRACTED = [[/\bI am\b/g, "I'm"], [/\bI would\b/g, "I'd"], [/\bI will\b/g, "I'll"], [/\byou are\b/g, "you're"], [/\bdo not\b/g, "don't"], [/\bit is\b/g, "it's"]];
const replaceAll = (text, pairs) => pairs.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);

const REWRITES = {
  'straight quotes': (text) => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"'),
  'lower case': (text) => text.toLowerCase(),
  'lower-case "i"': (text) => text.replace(/\bI\b/g, 'i'),
  'no apostrophes': (text) => text.replace(/(\w)['’](\w)/g, '$1$2'),
  'contractions spelt out': (text) => replaceAll(text, SPELT_OUT),
  'words contracted': (text) => replaceAll(text, CONTRACTED),
  'no space after a stop': (text) => text.replace(/([a-z])\. ([A-Z])/g, '$1.$2'),
  'two spaces after a stop': (text) => text.replace(/([.?!]) ([A-Z])/g, '$1  $2'),
  'wrapped at 72 columns': (text) => wrap(text),
  'emoji after each sentence': (text) => text.replace(/([.!?])( |\n|$)/g, '$1 🙂$2'),
  'lengths in words': (text) => text.replace(/\b15\b/g, 'fifteen').replace(/\b20\b/g, 'twenty').replace(/\b30\b/g, 'thirty').replace(/\b10\b/g, 'ten'),
  'British spelling': (text) => text.replace(/(\w{3,})iz(e|es|ed|ing|ation)\b/g, '$1is$2').replace(/\bfavor/g, 'favour'),
};

/** What a coach would notice: the kind, the types of ask, and which rules fire. */
const reading = (text) => {
  const result = lint(text);
  return new Set([`kind:${result.kind}`, ...result.asks.map((ask) => `ask:${ask.type}`), ...result.diagnostics.map((d) => d.ruleId)]);
};

const originals = messages.map((message) => reading(message.text));
console.log(`Rewrites of ${messages.length} messages that keep their meaning; messages whose reading changed:\n`);
console.log('| rewrite                     | changed | what changed most |');
console.log('|-----------------------------|---------|-------------------|');
for (const [name, rewrite] of Object.entries(REWRITES)) {
  const counts = new Map();
  let changed = 0;
  messages.forEach((message, i) => {
    const after = reading(rewrite(message.text));
    const gone = [...originals[i]].filter((key) => !after.has(key)).map((key) => `-${key}`);
    const added = [...after].filter((key) => !originals[i].has(key)).map((key) => `+${key}`);
    if (gone.length + added.length === 0) return;
    changed++;
    for (const key of [...gone, ...added]) counts.set(key, (counts.get(key) ?? 0) + 1);
    if (show) console.log(`  ${name}: ${message.id} ${[...gone, ...added].join(' ')}`);
  });
  const most = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([key, n]) => `${key} ${n}`).join(', ');
  console.log(`| ${name.padEnd(27)} | ${String(changed).padStart(7)} | ${most || '—'} |`);
}
