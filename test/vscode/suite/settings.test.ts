import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, closeAll, describeFindings, openFixture, openUntitled, outreachDiagnostics, ruleOf, setRules, settle, statusText, waitFor,
} from './helpers.js';

const settings = () => vscode.workspace.getConfiguration('outreach');
const severitiesOf = (uri: vscode.Uri, ruleId: string) =>
  outreachDiagnostics(uri).filter((d) => ruleOf(d) === ruleId).map((d) => d.severity);

describe('settings and config files', () => {
  before(activateExtension);
  afterEach(async () => {
    await setRules(undefined);
    for (const key of ['enable', 'include', 'timeAsk.maxMinutes', 'maxDraftKB']) {
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

  it('a bad rule setting is reported, and the valid ones still apply', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await setRules({ 'how-found': 'loud', 'time-ask': 'off', 'no-such-rule': 'off' });
    await waitFor('time-ask off', () => severitiesOf(document.uri, 'time-ask').length === 0);
    assert.deepEqual(severitiesOf(document.uri, 'how-found'), [vscode.DiagnosticSeverity.Warning], 'the bad value falls back to the default');
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
