import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLAGGED_REQUEST } from './drafts.js';
import { Session, type CodeAction, type LspDiagnostic } from './language-server-session.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('language server (stdio)', function () {
  this.timeout(30_000);
  let session: Session;
  let uri: string;

  beforeEach(async () => {
    session = await Session.start();
    uri = session.uri('draft.email.md');
  });
  afterEach(() => session.close());

  it('publishes findings with rule ids, positions and links to the bundled docs', async () => {
    await session.open(uri, FLAGGED_REQUEST);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'no-job-request', 'time-ask']);
    const job = diagnostics.find((d) => d.code === 'no-job-request')!;
    const line = FLAGGED_REQUEST.split('\n')[4];
    assert.deepEqual(job.range.start, { line: 4, character: line.indexOf('Are you hiring') });
    assert.equal(job.severity, 1);
    assert.equal(job.source, 'outreach');
    assert.ok(existsSync(fileURLToPath(job.codeDescription.href)), job.codeDescription.href);
  });

  it('re-lints after an incremental change', async () => {
    await session.open(uri, FLAGGED_REQUEST);
    const before = await session.nextDiagnostics(uri, 1);
    const job = before.find((d) => d.code === 'no-job-request')!;
    const lines = FLAGGED_REQUEST.split('\n');
    const start = lines[4].indexOf('Are you hiring for your team? ');
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: start }, end: { line: 4, character: start + 'Are you hiring for your team? '.length } }, text: '' }],
    });
    const after = await session.nextDiagnostics(uri, 2);
    assert.ok(job && !after.some((d) => d.code === 'no-job-request'));
    for (const still of ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'time-ask']) assert.ok(after.some((d) => d.code === still), still);
  });

  it('offers the core fixes as code actions, and fix-all', async () => {
    await session.open(uri, FLAGGED_REQUEST);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    const timeAsk = diagnostics.find((d) => d.code === 'time-ask')!;
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
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
    const asap = session.uri('asap.email.md');
    await session.open(asap, FLAGGED_REQUEST.replace('by Friday', 'ASAP'));
    await session.nextDiagnostics(asap, 1);
    const fixAll = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: asap },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0].kind, 'source.fixAll.outreach');
    assert.deepEqual(fixAll[0].edit.changes[asap].map((edit: { newText: string }) => edit.newText), ['whenever it suits you']);
  });

  it('titles code actions by what they change, each title once', async () => {
    await session.open(uri, FLAGGED_REQUEST);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    const line = FLAGGED_REQUEST.split('\n')[4];
    // The whole paragraph: a desperate line, a job ask and a deadline, each removable.
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: line.length } },
      context: { diagnostics },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    assert.equal(new Set(titles).size, titles.length, `titles repeat: ${titles.join(' | ')}`);
    assert.ok(titles.includes("Remove 'Are you hiring for your team?'"), titles.join(' | '));
    assert.ok(titles.includes("Remove 'Honestly, I really need a break after a rough year.'"), titles.join(' | '));
    assert.ok(titles.includes("Remove 'Please get back to me by Friday.'"), titles.join(' | '));
    assert.ok(!titles.some((title) => /this sentence/i.test(title)), titles.join(' | '));
    // Each title's edit does what it says: removing the quoted sentence.
    const text = FLAGGED_REQUEST;
    for (const action of actions.filter((a) => a.title.startsWith("Remove '"))) {
      const quoted = action.title.slice("Remove '".length, -1);
      const [edit] = action.edit.changes[uri];
      const offset = (position: { line: number; character: number }) =>
        text.split('\n').slice(0, position.line).reduce((sum, l) => sum + l.length + 1, 0) + position.character;
      assert.equal(text.slice(offset(edit.range.start), offset(edit.range.end)).trim(), quoted);
      assert.equal(edit.newText, '');
    }
  });

  it('makes one action of the same fix for two findings, and tells apart different edits with one title', async () => {
    // Two sentences with the same words: the core titles removing either “Delete “Are you hiring?””.
    const draft = FLAGGED_REQUEST.replace('Are you hiring for your team?', 'Are you hiring? I would take any job. Are you hiring?');
    await session.open(uri, draft);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    const paragraph = draft.split('\n')[4];
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: paragraph.length } },
      context: { diagnostics },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    assert.equal(new Set(titles).size, titles.length, `titles repeat: ${titles.join(' | ')}`);
    const hiring = actions.filter((action) => action.title.startsWith('Delete “Are you hiring?”'));
    assert.equal(hiring.length, 2, titles.join(' | '));
    const first = paragraph.indexOf('Are you hiring?');
    const second = paragraph.lastIndexOf('Are you hiring?');
    assert.deepEqual(hiring.map((action) => action.title).sort(), [
      `Delete “Are you hiring?” (line 5, column ${first + 1})`,
      `Delete “Are you hiring?” (line 5, column ${second + 1})`,
    ]);
    // One edit, whatever the number of findings asking for it.
    const edits = actions.map((action) => JSON.stringify(action.edit));
    assert.equal(new Set(edits).size, edits.length, 'two actions make the same edit');
  });

  it('explains a finding on hover', async () => {
    await session.open(uri, FLAGGED_REQUEST);
    const job = (await session.nextDiagnostics(uri, 1)).find((d) => d.code === 'no-job-request')!;
    const hover = (await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: job.range.start })) as { contents: { value: string } };
    assert.match(hover.contents.value, /no-job-request/);
    assert.match(hover.contents.value, /Informational Interviews/);
  });

  it('finds .outreachrc.json upward from the draft', async () => {
    session.write('.outreachrc.json', JSON.stringify({ rules: { 'time-ask': 'off', 'no-job-request': 'info' } }));
    await session.open(uri, FLAGGED_REQUEST);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    assert.ok(!diagnostics.some((d) => d.code === 'time-ask'));
    assert.equal(diagnostics.find((d) => d.code === 'no-job-request')!.severity, 3);
  });

  it('clears findings when the document closes', async () => {
    await session.open(uri, FLAGGED_REQUEST);
    await session.nextDiagnostics(uri, 1);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await session.nextDiagnostics(uri, 2), []);
  });

  it('lints drafts whatever their URI: another host, unsaved, or no scheme at all', async () => {
    // An unsaved draft takes the workspace's config file.
    session.write('.outreachrc.json', JSON.stringify({ rules: { 'time-ask': 'off' } }));
    const uris = ['file://fileserver/share/drafts/draft.email.md', 'untitled:Untitled-1', 'draft-without-scheme.md', 'vscode-notebook-cell:/x.ipynb#cell1'];
    for (const other of uris) await session.open(other, FLAGGED_REQUEST);
    for (const other of uris) {
      const codes = (await session.nextDiagnostics(other, 1)).map((d) => d.code);
      assert.ok(codes.includes('no-job-request'), `${other}: ${codes.join(', ')}`);
      assert.equal(codes.includes('time-ask'), other !== 'untitled:Untitled-1', `${other}: ${codes.join(', ')}`);
    }
    assert.deepEqual(session.logs.filter((line) => /could not lint/.test(line)), []);
  });
});

describe('language server: one publish per version', function () {
  this.timeout(30_000);
  let session: Session;
  afterEach(() => session.close());

  it('a hover during the pause after a change publishes that version once, and nothing comes after close', async () => {
    // A real pause, so a hover or code action arrives while the debounced lint is pending.
    session = await Session.start({ initializationOptions: { debounceMs: 250 } });
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    await session.nextDiagnostics(uri, 1);
    await session.change(uri, 2, FLAGGED_REQUEST.replace('Are you hiring for your team? ', ''));
    await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    await session.change(uri, 3, FLAGGED_REQUEST.replace('Please get back to me by Friday.', ''));
    await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } },
      context: { diagnostics: [] },
    });
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // Longer than the pause: a timer left running would publish by now.
    await sleep(700);
    await session.roundTrip();
    const versions = (session.published.get(uri) ?? []).map((p) => (p.version === undefined ? `closed (${p.diagnostics.length})` : p.version));
    assert.deepEqual(versions, [1, 2, 3, 'closed (0)']);
  });

  it('typing then pausing publishes each linted version once', async () => {
    session = await Session.start({ initializationOptions: { debounceMs: 100 } });
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    await session.nextDiagnostics(uri, 1);
    for (let version = 2; version <= 5; version++) await session.change(uri, version, FLAGGED_REQUEST + ' '.repeat(version));
    await session.nextDiagnostics(uri, 2);
    await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    await sleep(400);
    await session.roundTrip();
    assert.deepEqual((session.published.get(uri) ?? []).map((p) => p.version), [1, 5]);
  });
});

describe('language server: config problems', function () {
  this.timeout(60_000);
  let session: Session;
  afterEach(() => session.close());

  const draftProblem = (dir: string, got: string) =>
    `Outreach Linter: ${join(dir, 'draft.email.md')}: front matter "kind" must be one of request, linkedin-note, referral-intro, intro-request, thank-you, follow-up, other; got "${got}"`;

  it('names the config file in its problems and the draft in its front matter’s, in one message', async () => {
    session = await Session.start();
    session.write('.outreachrc.json', JSON.stringify({ rules: { 'time-ask': 'loud' } }));
    const uri = session.uri('draft.email.md');
    await session.open(uri, `---\nkind: letter\n---\n\n${FLAGGED_REQUEST}`);
    await session.nextDiagnostics(uri, 1);
    await session.roundTrip();
    const fileProblem = `${join(session.dir, '.outreachrc.json')}: rules.time-ask must be "off", "error", "warning", "info" or an object; got "loud"`;
    assert.deepEqual(session.popUps, [`Outreach Linter: ${fileProblem} (and 1 more; see the log)`]);
    // The log has every line.
    assert.deepEqual(session.logs, [`Outreach Linter: ${fileProblem}\n${draftProblem(session.dir, 'letter')}`]);
  });

  it('shows thousands of problems in one message, and lists them on "Show Log"', async () => {
    session = await Session.start({ pick: 'Show Log' });
    // The core lists 50 problems of one config, the last of which counts the rest.
    const rules = Object.fromEntries(Array.from({ length: 4_000 }, (_, i) => [`made-up-rule-${i}`, 'off']));
    session.write('.outreachrc.json', JSON.stringify({ rules }));
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    await session.nextDiagnostics(uri, 1);
    await session.until(() => session.shown[0], 'the list shown by "Show Log"');
    assert.equal(session.popUps.length, 1);
    assert.match(session.popUps[0], /unknown rule "made-up-rule-0".* \(and 49 more; see the log\)$/);
    assert.equal(session.logs.length, 1);
    assert.equal(session.logs[0].split('\n').length, 50);
    assert.match(session.logs[0], /and 3951 more problems/);
    const listed = session.shown[0].split('\n');
    assert.equal(listed.length, 22); // A heading, 20 problems, and where the rest are.
    assert.match(listed[21], /30 more in the language server log/);
    // A second draft under the same config brings no new pop-up.
    const other = session.uri('other.email.md');
    await session.open(other, FLAGGED_REQUEST);
    await session.nextDiagnostics(other, 1);
    await session.roundTrip();
    assert.equal(session.popUps.length, 1);
  });

  it('typing a front matter kind logs what is wrong but pops up nothing until the draft is saved', async () => {
    session = await Session.start();
    const uri = session.uri('draft.email.md');
    await session.open(uri, `---\nkind: request\n---\n\n${FLAGGED_REQUEST}`);
    await session.nextDiagnostics(uri, 1);
    const word = 'thank';
    for (let i = 1; i <= word.length; i++) await session.change(uri, i + 1, `---\nkind: ${word.slice(0, i)}\n---\n\n${FLAGGED_REQUEST}`);
    await session.nextDiagnostics(uri, 2);
    await session.roundTrip();
    assert.deepEqual(session.popUps, [], 'no pop-up while typing');
    assert.ok(session.logs.includes(draftProblem(session.dir, 'thank')), session.logs.join('\n'));
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await session.roundTrip();
    assert.deepEqual(session.popUps, [draftProblem(session.dir, 'thank')]);
    // Saving again shows nothing new.
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await session.roundTrip();
    assert.equal(session.popUps.length, 1);
  });
});

/** For tests that read titles and ranges together. */
export type { LspDiagnostic };
