import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { FLAGGED_REQUEST } from './drafts.js';
import { Session } from './language-server-session.js';

/** The flagged draft asking for 45 minutes: a time ask over the default 30. */
const LONG_ASK = FLAGGED_REQUEST.replace('Please get back to me by Friday.', 'Would you have 45 minutes for a call next week?');
const codesOf = (diagnostics: { code: string }[]) => diagnostics.map((d) => d.code).sort();

describe('language server: settings from the client', function () {
  this.timeout(30_000);
  let session: Session;
  afterEach(() => session.close());

  it('reads the outreach section of initializationOptions, with the meaning of VS Code’s outreach.* settings', async () => {
    session = await Session.start({
      initializationOptions: { debounceMs: 0, outreach: { rules: { 'how-found': 'off', 'no-job-request': { severity: 'info' } }, timeAsk: { maxMinutes: 60 } } },
    });
    const uri = session.uri('draft.email.md');
    await session.open(uri, LONG_ASK);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    assert.ok(!diagnostics.some((d) => d.code === 'how-found'));
    assert.ok(!diagnostics.some((d) => d.code === 'time-ask'), '45 minutes is within a maxMinutes of 60');
    assert.equal(diagnostics.find((d) => d.code === 'no-job-request')?.severity, 3);
  });

  it('pulls each document’s settings with workspace/configuration when the client supports it', async () => {
    const asked: { scopeUri?: string; section?: string }[] = [];
    session = await Session.start({
      capabilities: { workspace: { configuration: true } },
      configuration: (items) => {
        asked.push(...items);
        return items.map((item) => (item.scopeUri?.endsWith('quiet.email.md') ? { rules: { 'no-job-request': 'off' } } : null));
      },
    });
    const quiet = session.uri('quiet.email.md');
    const plain = session.uri('plain.email.md');
    await session.open(quiet, FLAGGED_REQUEST);
    await session.open(plain, FLAGGED_REQUEST);
    assert.ok(!codesOf(await session.nextDiagnostics(quiet, 1)).includes('no-job-request'));
    assert.ok(codesOf(await session.nextDiagnostics(plain, 1)).includes('no-job-request'));
    assert.deepEqual(asked.map((item) => [item.scopeUri, item.section]), [[quiet, 'outreach'], [plain, 'outreach']]);
  });

  it('applies settings pushed with didChangeConfiguration to the open drafts', async () => {
    session = await Session.start();
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    assert.ok(codesOf(await session.nextDiagnostics(uri, 1)).includes('how-found'));
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { outreach: { rules: { 'how-found': 'off' } } } });
    assert.ok(!codesOf(await session.nextDiagnostics(uri, 2)).includes('how-found'));
    // Settings for another tool leave ours alone.
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { otherTool: { enabled: true } } });
    await session.roundTrip();
    assert.equal(session.published.get(uri)!.length, 2, 'unchanged findings are not published again');
  });

  it('pulls again on didChangeConfiguration, and registers for it when the client allows', async () => {
    let rules: Record<string, unknown> = {};
    session = await Session.start({
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
      configuration: (items) => items.map(() => ({ rules })),
    });
    await session.until(() => session.registrations.find((r) => r.method === 'workspace/didChangeConfiguration'), 'a registration for settings changes');
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    assert.ok(codesOf(await session.nextDiagnostics(uri, 1)).includes('no-desperate-tone'));
    rules = { 'no-desperate-tone': 'off' };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.ok(!codesOf(await session.nextDiagnostics(uri, 2)).includes('no-desperate-tone'));
  });

  it('lets a config file win over settings, rule by rule, and names each source in its problems', async () => {
    session = await Session.start({ initializationOptions: { debounceMs: 0, outreach: { rules: { 'time-ask': 'off', 'how-found': 'off', 'made-up': 'off' } } } });
    session.write('.outreachrc.json', JSON.stringify({ rules: { 'time-ask': 'info' } }));
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    const diagnostics = await session.nextDiagnostics(uri, 1);
    assert.equal(diagnostics.find((d) => d.code === 'time-ask')?.severity, 3, 'the file turns time-ask back on, as info');
    assert.ok(!diagnostics.some((d) => d.code === 'how-found'), 'the file says nothing of how-found: the setting holds');
    await session.roundTrip();
    assert.equal(session.popUps.length, 1);
    assert.match(session.popUps[0], /^Outreach Linter: settings \(outreach\.rules\): unknown rule "made-up"/);
  });
});

describe('language server: config file changes', function () {
  this.timeout(30_000);
  let session: Session;
  afterEach(() => session.close());

  it('watches config files when the client allows, and re-lints only the drafts a changed file governs', async () => {
    session = await Session.start({ capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const registration = await session.until(() => session.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'), 'a file watcher registration');
    const globs = (registration.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.ok(globs.some((glob) => glob.includes('.outreachrc.json') && glob.includes('.outreachrc.yaml')), globs.join(', '));

    // The drafts exist only in the editor; their folders are on disk.
    session.write('team/.keep', '');
    session.write('personal/.keep', '');
    const governed = session.uri('team/a.email.md');
    const elsewhere = session.uri('personal/b.email.md');
    await session.open(governed, FLAGGED_REQUEST);
    await session.open(elsewhere, FLAGGED_REQUEST);
    await session.nextDiagnostics(governed, 1);
    await session.nextDiagnostics(elsewhere, 1);

    const config = session.write('team/.outreachrc.json', JSON.stringify({ rules: { 'no-job-request': 'off' } }));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 1 }] });
    assert.ok(!codesOf(await session.nextDiagnostics(governed, 2)).includes('no-job-request'));
    await session.roundTrip();
    assert.equal(session.published.get(elsewhere)!.length, 1, 'a draft in another folder is left alone');

    // Changed again: the file is read afresh.
    session.write('team/.outreachrc.json', JSON.stringify({ rules: { 'no-job-request': 'info' } }));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    assert.equal((await session.nextDiagnostics(governed, 3)).find((d) => d.code === 'no-job-request')?.severity, 3);
  });

  it('notices a new config file when the draft is saved, for clients that do not watch files', async () => {
    session = await Session.start();
    assert.deepEqual(session.registrations, []);
    const uri = session.uri('draft.email.md');
    await session.open(uri, FLAGGED_REQUEST);
    assert.ok(codesOf(await session.nextDiagnostics(uri, 1)).includes('time-ask'));
    session.write('.outreachrc.json', JSON.stringify({ rules: { 'time-ask': 'off' } }));
    await session.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    assert.ok(!codesOf(await session.nextDiagnostics(uri, 2)).includes('time-ask'));
  });
});
