// The soak: a long editing session, as the extension and the language server see it.
// Each draft is edited `edits` times (one word replaced by a new one at the same place, so
// no text repeats) and re-linted after every edit. Heap (after a full collection) or the
// server's RSS, and the time per lint, are sampled at intervals.
//
// Run by scripts/bench.mjs, one process per draft and target (a clean heap, nothing else loaded):
//   node --expose-gc scripts/bench/soak.mjs <core.js> <server.js> <edits> <core|server> <draft: 0 typical, 1 paragraph>
// Prints one JSON object on stdout.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, loadMessages } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [corePath, serverPath, editsArg, target, draftArg] = process.argv.slice(2);
const EDITS = Number(editsArg ?? 10_000);
const SAMPLES = 10;
const require = createRequire(import.meta.url);

/** The drafts: the median corpus message, and one paragraph of about 26 KB made of its sentences. */
function soakDrafts() {
  const messages = loadMessages(root).texts;
  const typical = [...messages].sort((a, b) => countWords(a) - countWords(b))[Math.floor(messages.length / 2)];
  const prose = messages.join(' ').replace(/\s+/g, ' ');
  let paragraph = '';
  while (paragraph.length < 26_000) paragraph += prose.slice(0, 26_000 - paragraph.length) + ' ';
  return [
    { name: 'typical draft', text: typical },
    { name: '26 KB one-paragraph draft', text: `Hi Dana,\n\n${paragraph.trim()}\n\nBest,\nSam\n` },
  ];
}

/** The place edited: the first word of four letters or more after the middle. */
function editPlace(text) {
  const pattern = /\b[A-Za-z]{4,}\b/g;
  pattern.lastIndex = Math.floor(text.length / 2);
  const match = pattern.exec(text) ?? /\b[A-Za-z]{4,}\b/.exec(text);
  return { offset: match.index, length: match[0].length };
}

/** A word no earlier edit used: "edit" plus the count in base 36. */
const wordFor = (i) => `edit${i.toString(36)}`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const megabytes = (bytes) => bytes / 1024 / 1024;

function soakCore(draft) {
  const { lint } = require(corePath);
  const { offset, length } = editPlace(draft.text);
  const before = draft.text.slice(0, offset);
  const after = draft.text.slice(offset + length);
  lint(draft.text);
  global.gc();
  const startHeap = process.memoryUsage().heapUsed;
  const samples = [];
  let times = [];
  for (let i = 1; i <= EDITS; i++) {
    const started = performance.now();
    lint(before + wordFor(i) + after);
    times.push(performance.now() - started);
    if (i % Math.ceil(EDITS / SAMPLES) === 0 || i === EDITS) {
      global.gc();
      samples.push({ edits: i, heapMB: megabytes(process.memoryUsage().heapUsed), lintMs: median(times) });
      times = [];
    }
  }
  return { name: draft.name, characters: draft.text.length, startHeapMB: megabytes(startHeap), samples };
}

/** The server's resident set size, from /proc (Linux); undefined elsewhere. */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Line and character of an offset, as LSP counts them (UTF-16, LF line breaks). */
function positionAt(text, offset) {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

async function soakServer(draft) {
  const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
  const server = spawn(process.execPath, ['-e', 'require(process.argv[1]).startServer()', serverPath], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  let published;
  connection.onNotification('textDocument/publishDiagnostics', () => published?.());
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/showMessage', () => {});
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await connection.sendNotification('initialized', {});
  const uri = 'untitled:soak.email.txt';
  const linted = () => new Promise((done) => (published = done));

  let waiting = linted();
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: draft.text } });
  await waiting;
  const { offset, length } = editPlace(draft.text);
  const start = positionAt(draft.text, offset);
  const startRss = rssOf(server.pid);
  const samples = [];
  let times = [];
  let previous = length;
  for (let i = 1; i <= EDITS; i++) {
    const word = wordFor(i);
    const range = { start, end: { line: start.line, character: start.character + previous } };
    waiting = linted();
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 1 }, contentChanges: [{ range, text: word }] });
    await waiting;
    times.push(performance.now() - started);
    previous = word.length;
    if (i % Math.ceil(EDITS / SAMPLES) === 0 || i === EDITS) {
      samples.push({ edits: i, rssMB: rssOf(server.pid), lintMs: median(times) });
      times = [];
    }
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  server.kill();
  return { name: draft.name, characters: draft.text.length, startRssMB: startRss, samples };
}

const drafts = soakDrafts();
const draft = drafts[Number(draftArg ?? 0)];
process.stderr.write(`soak: ${target === 'server' ? 'language server' : 'core'}, ${draft.name}, ${EDITS.toLocaleString('en')} edits\n`);
const result = target === 'server' ? await soakServer(draft) : soakCore(draft);
process.stdout.write(`${JSON.stringify({ edits: EDITS, target, ...result })}\n`);
