import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { FLAGGED_REQUEST } from './drafts.js';

/** Talks to the built language server over stdio, as Neovim or Helix would. */
interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription: { href: string };
}
interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  edit: { changes: Record<string, { range: LspDiagnostic['range']; newText: string }[]> };
}

const SERVER = resolve(__dirname, '../../bin/outreach-ls.js');

describe('language server (stdio)', function () {
  this.timeout(30_000);
  let server: ChildProcess;
  let connection: MessageConnection;
  let dir: string;
  let home: string;
  const messages: string[] = [];
  const published = new Map<string, LspDiagnostic[][]>();

  const nextDiagnostics = (uri: string, count: number) =>
    new Promise<LspDiagnostic[]>((done, fail) => {
      const started = Date.now();
      const poll = () => {
        const list = published.get(uri) ?? [];
        if (list.length >= count) done(list[count - 1]);
        else if (Date.now() - started > 20_000) fail(new Error(`no diagnostics #${count} for ${uri}`));
        else setTimeout(poll, 10);
      };
      poll();
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outreach-ls-'));
    // Its own home and temp folders, to show afterwards that the server wrote nothing.
    home = mkdtempSync(join(tmpdir(), 'outreach-ls-home-'));
    const env = { PATH: process.env.PATH, HOME: home, USERPROFILE: home, XDG_CACHE_HOME: join(home, '.cache'), TMPDIR: home, TMP: home, TEMP: home };
    published.clear();
    server = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'inherit'], env });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: LspDiagnostic[] }) => {
      published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
    });
    messages.length = 0;
    // Warnings come as window/showMessageRequest (they could carry buttons); none is picked.
    connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      messages.push(params.message);
      return null;
    });
    connection.listen();
    const init = (await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: {},
      initializationOptions: { debounceMs: 0 },
    })) as { capabilities: { codeActionProvider: unknown; hoverProvider: boolean } };
    assert.ok(init.capabilities.codeActionProvider && init.capabilities.hoverProvider);
    await connection.sendNotification('initialized', {});
  });

  afterEach(async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
    try {
      if (server.exitCode === null) {
        const exited = await Promise.race([
          new Promise((done) => server.once('exit', () => done(true))),
          new Promise((done) => setTimeout(() => done(false), 5_000)),
        ]);
        if (!exited) server.kill();
        assert.ok(exited, 'the server exits after "exit"');
      }
      // Drafts come and go as messages; nothing of them is written, in the workspace or elsewhere.
      assert.deepEqual(readdirSync(home), [], 'files in the server’s home or temp folder');
      assert.ok(readdirSync(dir).every((name) => name === '.outreachrc.json'), `files the server wrote: ${readdirSync(dir).join(', ')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });

  const open = (uri: string, text: string, languageId = 'markdown') =>
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });

  it('publishes findings with rule ids, positions and links to the bundled docs', async () => {
    const uri = pathToFileURL(join(dir, 'draft.email.md')).href;
    await open(uri, FLAGGED_REQUEST);
    const diagnostics = await nextDiagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'no-job-request', 'time-ask']);
    const job = diagnostics.find((d) => d.code === 'no-job-request')!;
    const line = FLAGGED_REQUEST.split('\n')[4];
    assert.deepEqual(job.range.start, { line: 4, character: line.indexOf('Are you hiring') });
    assert.equal(job.severity, 1);
    assert.equal(job.source, 'outreach');
    assert.ok(existsSync(fileURLToPath(job.codeDescription.href)), job.codeDescription.href);
  });

  it('re-lints after an incremental change', async () => {
    const uri = pathToFileURL(join(dir, 'draft.email.md')).href;
    await open(uri, FLAGGED_REQUEST);
    const before = await nextDiagnostics(uri, 1);
    const job = before.find((d) => d.code === 'no-job-request')!;
    const lines = FLAGGED_REQUEST.split('\n');
    const start = lines[4].indexOf('Are you hiring for your team? ');
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: start }, end: { line: 4, character: start + 'Are you hiring for your team? '.length } }, text: '' }],
    });
    const after = await nextDiagnostics(uri, 2);
    assert.ok(job && !after.some((d) => d.code === 'no-job-request'));
    for (const still of ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'time-ask']) assert.ok(after.some((d) => d.code === still), still);
  });

  it('offers the core fixes as code actions, and fix-all', async () => {
    const uri = pathToFileURL(join(dir, 'draft.email.md')).href;
    await open(uri, FLAGGED_REQUEST);
    const diagnostics = await nextDiagnostics(uri, 1);
    const timeAsk = diagnostics.find((d) => d.code === 'time-ask')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: timeAsk.range,
      context: { diagnostics: [timeAsk] },
    })) as CodeAction[];
    const insert = actions.find((action) => action.kind === 'quickfix' && action.title === 'Add a 20-minute time ask')!;
    assert.ok(insert.isPreferred);
    const [edit] = insert.edit.changes[uri];
    assert.equal(edit.newText, '\nWould you have 20 minutes for a call or video chat in the next few weeks, at a time that suits you?\n');
    assert.deepEqual(edit.range.start, timeAsk.range.start);

    // Fix-all only swaps phrases; this draft's other fixes delete words or need the writer's.
    const asap = pathToFileURL(join(dir, 'asap.email.md')).href;
    await open(asap, FLAGGED_REQUEST.replace('by Friday', 'ASAP'));
    await nextDiagnostics(asap, 1);
    const fixAll = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: asap },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.outreach');
    assert.deepEqual(fixAll[0].edit.changes[asap].map((edit: { newText: string }) => edit.newText), ['whenever it suits you']);
  });

  it('explains a finding on hover', async () => {
    const uri = pathToFileURL(join(dir, 'draft.email.md')).href;
    await open(uri, FLAGGED_REQUEST);
    const job = (await nextDiagnostics(uri, 1)).find((d) => d.code === 'no-job-request')!;
    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: job.range.start })) as { contents: { value: string } };
    assert.match(hover.contents.value, /no-job-request/);
    assert.match(hover.contents.value, /Informational Interviews/);
  });

  it('finds .outreachrc.json upward from the draft', async () => {
    writeFileSync(join(dir, '.outreachrc.json'), JSON.stringify({ rules: { 'time-ask': 'off', 'no-job-request': 'info' } }));
    const uri = pathToFileURL(join(dir, 'draft.email.md')).href;
    await open(uri, FLAGGED_REQUEST);
    const diagnostics = await nextDiagnostics(uri, 1);
    assert.ok(!diagnostics.some((d) => d.code === 'time-ask'));
    assert.equal(diagnostics.find((d) => d.code === 'no-job-request')!.severity, 3);
  });

  it('names the config file in its problems, and the draft in its front matter’s', async () => {
    writeFileSync(join(dir, '.outreachrc.json'), JSON.stringify({ rules: { 'time-ask': 'loud' } }));
    const draft = join(dir, 'draft.email.md');
    const uri = pathToFileURL(draft).href;
    await open(uri, `---\nkind: letter\n---\n\n${FLAGGED_REQUEST}`);
    await nextDiagnostics(uri, 1);
    assert.deepEqual(messages.sort(), [
      `Outreach Linter: ${draft}: front matter "kind" must be one of request, linkedin-note, referral-intro, thank-you, follow-up; got "letter"`,
      `Outreach Linter: ${join(dir, '.outreachrc.json')}: rules.time-ask must be "off", "error", "warning", "info" or an object; got "loud"`,
    ].sort());
  });

  it('clears findings when the document closes', async () => {
    const uri = pathToFileURL(join(dir, 'draft.email.md')).href;
    await open(uri, FLAGGED_REQUEST);
    await nextDiagnostics(uri, 1);
    await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await nextDiagnostics(uri, 2), []);
  });
});
