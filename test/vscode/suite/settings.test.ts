import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, answerNextNotice, closeAll, describeFindings, FLAGGED_DRAFT_FINDINGS, notices, openFixture, openUntitled, outreachDiagnostics, ruleOf, setRules, settle,
  statusText, waitFor, workspaceUri,
} from './helpers.js';
import { runnerCanSeeTheWorkbench, waitForWorkbench } from './workbench.js';

const settings = () => vscode.workspace.getConfiguration('outreach');
const writeText = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

/** A folder with a config file and a copy of the flagged draft; a file watcher sees them appear. */
async function folderWithConfig(name: string, configName: string, config: string): Promise<vscode.TextDocument> {
  const draft = await vscode.workspace.fs.readFile(workspaceUri('drafts', 'flagged.email.md'));
  await writeText(workspaceUri(name, configName), config);
  await vscode.workspace.fs.writeFile(workspaceUri(name, 'drafts', 'request.email.md'), draft);
  return (await openFixture(name, 'drafts', 'request.email.md')).document;
}
const severitiesOf = (uri: vscode.Uri, ruleId: string) =>
  outreachDiagnostics(uri).filter((d) => ruleOf(d) === ruleId).map((d) => d.severity);

describe('settings and config files', () => {
  before(activateExtension);
  afterEach(async () => {
    await setRules(undefined);
    for (const key of ['enable', 'include', 'timeAsk.maxMinutes', 'maxDraftKB', 'ruleSeverity.how-found', 'ruleSeverity.time-ask']) {
      await settings().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await closeAll();
  });

  it('a draft over outreach.maxDraftKB is not checked, and the status bar says why', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.ok(outreachDiagnostics(document.uri).length > 0);
    await settings().update('maxDraftKB', 0.25, vscode.ConfigurationTarget.Workspace);
    await waitFor('the findings to go', () => outreachDiagnostics(document.uri).length === 0);
    assert.match(await statusText(), /^\$\(circle-slash\) Outreach: draft too long to check \(\d+ KB; the limit is 0\.25 KB/);
    await settings().update('maxDraftKB', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the findings to come back', () => outreachDiagnostics(document.uri).length > 0);
  });

  it('outreach.rules changes a rule’s severity, or turns it off', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.deepEqual(severitiesOf(document.uri, 'how-found'), [vscode.DiagnosticSeverity.Warning]);

    await setRules({ 'how-found': 'error' });
    await waitFor('how-found as an error', () => severitiesOf(document.uri, 'how-found')[0] === vscode.DiagnosticSeverity.Error);

    await setRules({ 'how-found': 'off', 'no-job-request': { severity: 'info' } });
    await waitFor('how-found off', () => severitiesOf(document.uri, 'how-found').length === 0);
    assert.deepEqual(severitiesOf(document.uri, 'no-job-request'), [vscode.DiagnosticSeverity.Information]);
  });

  it('each rule is a dropdown setting, which wins over outreach.rules for its severity', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.equal(settings().inspect<string>('ruleSeverity.how-found')?.defaultValue, 'default');
    await setRules({ 'how-found': 'info' });
    await waitFor('how-found as info', () => severitiesOf(document.uri, 'how-found')[0] === vscode.DiagnosticSeverity.Information);
    await settings().update('ruleSeverity.how-found', 'error', vscode.ConfigurationTarget.Workspace);
    await waitFor('how-found as an error', () => severitiesOf(document.uri, 'how-found')[0] === vscode.DiagnosticSeverity.Error);
    await settings().update('ruleSeverity.how-found', 'off', vscode.ConfigurationTarget.Workspace);
    await waitFor('how-found off', () => severitiesOf(document.uri, 'how-found').length === 0);
  });

  it('"Outreach: Manage Rules" sets a rule for the workspace or the user, says where, and offers Undo', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await answerNextNotice(undefined);
    await vscode.commands.executeCommand('outreach.manageRules', 'time-ask', 'off', 'workspace');
    await waitFor('time-ask off', () => severitiesOf(document.uri, 'time-ask').length === 0);
    assert.equal(settings().inspect<string>('ruleSeverity.time-ask')?.workspaceValue, 'off');
    assert.match((await notices()).at(-1) ?? '', /^Turned time-ask off in workspace settings/);

    await answerNextNotice(undefined);
    await vscode.commands.executeCommand('outreach.manageRules', 'time-ask', 'default', 'workspace');
    await waitFor('time-ask back on', () => severitiesOf(document.uri, 'time-ask').length === 1);
    assert.equal(settings().inspect<string>('ruleSeverity.time-ask')?.workspaceValue, undefined);

    await answerNextNotice('Undo');
    await vscode.commands.executeCommand('outreach.manageRules', 'time-ask', 'info', 'user');
    assert.match((await notices()).at(-1) ?? '', /^Set time-ask to info in your user settings/);
    await waitFor('Undo to restore the user setting', () => settings().inspect<string>('ruleSeverity.time-ask')?.globalValue === undefined);
    await waitFor('time-ask as a warning again', () => severitiesOf(document.uri, 'time-ask')[0] === vscode.DiagnosticSeverity.Warning);
  });

  it('a bad rule setting is reported, and the valid ones still apply', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await setRules({ 'how-found': 'loud', 'time-ask': 'off', 'no-such-rule': 'off' });
    await waitFor('time-ask off', () => severitiesOf(document.uri, 'time-ask').length === 0);
    assert.deepEqual(severitiesOf(document.uri, 'how-found'), [vscode.DiagnosticSeverity.Warning], 'the bad value falls back to the default');
  });

  it('a broken config file leaves the defaults in force', async () => {
    // Cut off mid-object: it would have turned time-ask off.
    const document = await folderWithConfig('broken-json', '.outreachrc.json', '{ "rules": { "time-ask": "off", ');
    await settle();
    assert.deepEqual(describeFindings(document), FLAGGED_DRAFT_FINDINGS, 'every default rule, time-ask included');
    await vscode.workspace.fs.delete(workspaceUri('broken-json'), { recursive: true });
  });

  it('each config problem is one warning notification and one log line, naming the file or setting', async function () {
    // Only the code-server runner can read notifications and the Output view back.
    if (!runnerCanSeeTheWorkbench()) this.skip();
    await vscode.commands.executeCommand('notifications.clearAll');
    const yaml = await folderWithConfig('broken-yaml', '.outreachrc.yaml', 'rules:\n  time-ask: [off\n');
    await setRules({ 'time-ask': { maxMinutes: 'ten' } });
    await settle();
    assert.deepEqual(describeFindings(yaml), FLAGGED_DRAFT_FINDINGS, 'the defaults apply');

    const fileProblem = /^Outreach Linter config: broken-yaml\/\.outreachrc\.yaml: cannot read the config \(.+\); using the defaults$/;
    const settingProblem = 'Outreach Linter config: settings (outreach.rules): rules.time-ask.maxMinutes must be a non-negative number; got "ten"';
    // The centre lists every notification, however long ago its toast appeared.
    await vscode.commands.executeCommand('notifications.showList');
    const { notifications } = await waitForWorkbench('both warnings', ({ notifications: shown }) =>
      shown.some((message) => fileProblem.test(message)) && shown.includes(settingProblem));
    assert.equal(notifications.filter((message) => fileProblem.test(message)).length, 1, notifications.join('\n'));
    assert.equal(notifications.filter((message) => message === settingProblem).length, 1, notifications.join('\n'));
    await vscode.commands.executeCommand('notifications.hideList');

    // Editing the draft lints it again; the same problems are not told twice.
    const editor = await vscode.window.showTextDocument(yaml);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '\n'));
    await settle();
    await vscode.commands.executeCommand('notifications.showList');
    const again = await waitForWorkbench('the notification centre', ({ notifications: shown }) => shown.length > 0);
    assert.equal(again.notifications.filter((message) => fileProblem.test(message)).length, 1, again.notifications.join('\n'));
    await vscode.commands.executeCommand('notifications.hideList');

    await vscode.commands.executeCommand('outreach.showLog');
    // The Output view wraps long lines; compare without the white space the wrapping moves.
    const squash = (text: string) => text.replace(/\s+/g, '');
    await waitForWorkbench('the log lines', ({ panel }) =>
      /\[warning\]Config:broken-yaml\/\.outreachrc\.yaml:cannotreadtheconfig\(.+?\);usingthedefaults/.test(squash(panel)) &&
      squash(panel).includes(squash('[warning] Config: settings (outreach.rules): rules.time-ask.maxMinutes must be a non-negative number; got "ten"')));
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.workspace.fs.delete(workspaceUri('broken-yaml'), { recursive: true });
  });

  it('a problem in a draft’s front matter is told naming the draft, not the config', async function () {
    if (!runnerCanSeeTheWorkbench()) this.skip();
    await vscode.commands.executeCommand('notifications.clearAll');
    await writeText(workspaceUri('notes', 'bad-kind.md'), '---\nkind: letter\n---\n\nHi Sam,\n\nThank you for the talk yesterday.\n\nBest,\nLee\n');
    await openFixture('notes', 'bad-kind.md');
    await settle();
    await vscode.commands.executeCommand('notifications.showList');
    await waitForWorkbench('the front matter warning', ({ notifications }) =>
      notifications.some((message) => /^Outreach Linter config: notes\/bad-kind\.md: front matter "kind" must be one of .+; got "letter"$/.test(message)));
    await vscode.commands.executeCommand('notifications.hideList');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.workspace.fs.delete(workspaceUri('notes', 'bad-kind.md'));
  });

  it('a .outreachrc.json wins over settings for the rules it sets', async () => {
    const team = await openFixture('team', 'drafts', 'deadline.email.txt');
    await settle();
    assert.deepEqual(severitiesOf(team.document.uri, 'no-demanding-tone'), [vscode.DiagnosticSeverity.Error], 'set to error by team/.outreachrc.json');

    await setRules({ 'no-demanding-tone': 'info' });
    const flagged = await openFixture('drafts', 'flagged.email.md');
    await waitFor('settings apply outside the team folder', () =>
      severitiesOf(flagged.document.uri, 'no-demanding-tone').every((s) => s === vscode.DiagnosticSeverity.Information) &&
      severitiesOf(flagged.document.uri, 'no-demanding-tone').length === 2,
    );
    assert.deepEqual(severitiesOf(team.document.uri, 'no-demanding-tone'), [vscode.DiagnosticSeverity.Error], 'the file still wins');
  });

  it('outreach.timeAsk.maxMinutes sets the longest acceptable time ask', async () => {
    const { document } = await openUntitled(
      'Hi Sam,\n\nI read your article on grid storage and would love to hear how you moved into the field. Would you have 45 minutes for a call, at a time that suits you?\n\nThank you,\nLee',
    );
    await settle();
    assert.ok(describeFindings(document).some((f) => f.startsWith('time-ask')), describeFindings(document).join(', '));
    await settings().update('timeAsk.maxMinutes', 60, vscode.ConfigurationTarget.Workspace);
    await waitFor('45 minutes to be within the limit', () => !describeFindings(document).some((f) => f.startsWith('time-ask')));
  });

  it('outreach.include decides which files are drafts, and outreach.enable turns linting off', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.ok(outreachDiagnostics(document.uri).length > 0);

    await settings().update('include', ['**/*.letter.md'], vscode.ConfigurationTarget.Workspace);
    await waitFor('no findings outside the include globs', () => outreachDiagnostics(document.uri).length === 0);
    await settings().update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('findings back', () => outreachDiagnostics(document.uri).length > 0);

    await settings().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitFor('no findings when disabled', () => outreachDiagnostics(document.uri).length === 0);
  });
});
