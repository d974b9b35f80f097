import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, applyAction, closeAll, describeFindings, openFixture, outreachDiagnostics, quickFixesAt, ruleOf, setRules, settle, waitFor,
} from './helpers.js';

async function openFlagged() {
  const editor = await openFixture('drafts', 'flagged.email.md');
  await settle();
  return editor;
}

function findingWith(document: vscode.TextDocument, ruleId: string, words: string): vscode.Diagnostic {
  const found = outreachDiagnostics(document.uri).find((d) => ruleOf(d) === ruleId && document.getText(d.range) === words);
  assert.ok(found, `no ${ruleId} finding on "${words}"; have ${describeFindings(document).join(', ')}`);
  return found;
}

async function applyQuickFix(document: vscode.TextDocument, finding: vscode.Diagnostic, title: string): Promise<void> {
  const actions = await quickFixesAt(document, finding.range);
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no quick fix "${title}"; have ${actions.map((a) => a.title).join(', ')}`);
  await applyAction(action);
}

const gone = (document: vscode.TextDocument, ruleId: string, words: string) => () =>
  !outreachDiagnostics(document.uri).some((d) => ruleOf(d) === ruleId && document.getText(d.range) === words);

describe('quick fixes', () => {
  before(activateExtension);
  afterEach(async () => {
    await setRules(undefined);
    await vscode.commands.executeCommand('outreach.showIgnoredFindings').then(undefined, () => undefined);
    await closeAll();
  });

  it('offers every fix from the core, then Ignore and Disable, with the obvious one preferred', async () => {
    const { document } = await openFlagged();
    const actions = await quickFixesAt(document, findingWith(document, 'no-job-request', 'Are you hiring').range);
    assert.deepEqual(
      actions.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`),
      ['*Replace with a learning-focused ask', 'Remove this sentence', 'Ignore this finding (no-job-request)', 'Disable rule no-job-request in this workspace'],
    );
    assert.ok(actions.every((a) => a.kind?.value === 'quickfix'));
  });

  it('replace the matched words: ASAP becomes a gentler phrase', async () => {
    const { document } = await openFlagged();
    await applyQuickFix(document, findingWith(document, 'no-demanding-tone', 'ASAP'), 'Replace with “whenever it suits you”');
    assert.match(document.getText(), /A short reply whenever it suits you would be great\./);
    await waitFor('the ASAP finding to go', gone(document, 'no-demanding-tone', 'ASAP'));
  });

  it('a fix offered for an older version of the draft is not applied to a newer one', async () => {
    const { document } = await openFlagged();
    const actions = await quickFixesAt(document, findingWith(document, 'no-demanding-tone', 'ASAP').range);
    const replace = actions.find((candidate) => candidate.title === 'Replace with “whenever it suits you”');
    assert.ok(replace);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'x');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const before = document.getText();
    await applyAction(replace);
    assert.equal(document.getText(), before, 'the stale fix changed the draft');
  });

  it('remove the matched words: the deadline goes', async () => {
    const { document } = await openFlagged();
    await applyQuickFix(document, findingWith(document, 'no-demanding-tone', 'by Friday'), 'Remove the deadline');
    assert.match(document.getText(), /It would help to hear back\./);
    await waitFor('the deadline finding to go', gone(document, 'no-demanding-tone', 'by Friday'));
  });

  it('remove the sentence: the desperate opening goes', async () => {
    const { document } = await openFlagged();
    await applyQuickFix(document, findingWith(document, 'no-desperate-tone', 'in transition'), 'Remove this sentence');
    assert.doesNotMatch(document.getText(), /in transition/);
    assert.match(document.lineAt(4).text, /^I'm a secondary-school teacher/);
    await waitFor('the desperate-tone finding to go', () => !describeFindings(document).some((f) => f.startsWith('no-desperate-tone')));
  });

  it('rewrite the sentence with placeholders: inserted as a snippet, first field selected to type over', async () => {
    const editor = await openFlagged();
    const { document } = editor;
    await applyQuickFix(document, findingWith(document, 'no-job-request', 'Are you hiring'), 'Replace with a learning-focused ask');
    assert.match(document.getText(), /I'd love to hear how you got into your field and what you would advise someone starting out\./);
    assert.doesNotMatch(document.getText(), /\$\{1/);
    assert.equal(document.getText(editor.selection), 'your field', 'the first placeholder is selected, as in a snippet');
    await waitFor('the job-ask finding to go', () => !describeFindings(document).some((f) => f.startsWith('no-job-request')));
  });

  it('insert a missing line: how you found them goes after the greeting, as a snippet', async () => {
    const editor = await openFlagged();
    const { document } = editor;
    await applyQuickFix(document, findingWith(document, 'how-found', 'Hi Sam,'), 'Add how you found them');
    assert.equal(document.lineAt(4).text, 'I came across your profile on LinkedIn and your move into this field caught my eye.');
    assert.equal(document.getText(editor.selection), 'profile on LinkedIn');
    await waitFor('the how-found finding to go', () => !describeFindings(document).some((f) => f.startsWith('how-found')));
  });

  it("the editor's auto fix applies the preferred fix at the cursor", async () => {
    const editor = await openFlagged();
    const { document } = editor;
    const deadline = findingWith(document, 'no-demanding-tone', 'by Friday');
    editor.selection = new vscode.Selection(deadline.range.start, deadline.range.start);
    await vscode.commands.executeCommand('editor.action.autoFix');
    await waitFor('the preferred fix to apply', () => /It would help to hear back\./.test(document.getText()));
  });

  it('fix all applies every fix that needs no new words, and leaves the rest', async () => {
    const editor = await openFlagged();
    const { document } = editor;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.outreach',
    );
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind?.value, 'source.fixAll.outreach');
    await vscode.commands.executeCommand('editor.action.fixAll');
    await waitFor('the mechanical fixes to apply', () => !/ASAP|by Friday|in transition|Are you hiring/.test(document.getText()));
    assert.match(document.getText(), /A short reply whenever it suits you would be great\. It would help to hear back\./);
    await settle();
    const left = describeFindings(document).map((f) => f.split('@')[0]);
    assert.ok(left.includes('how-found'), 'a fix that needs their words (how you found them) is left to the writer');
    for (const fixed of ['no-job-request', 'no-desperate-tone', 'no-demanding-tone']) assert.ok(!left.includes(fixed), `${fixed} still flagged: ${left}`);
  });

  it('ignore hides one finding, writes nothing into the draft, and can be undone', async () => {
    const { document } = await openFlagged();
    const before = document.getText();
    await applyQuickFix(document, findingWith(document, 'no-demanding-tone', 'ASAP'), 'Ignore this finding (no-demanding-tone)');
    await waitFor('the ignored finding to go', gone(document, 'no-demanding-tone', 'ASAP'));
    assert.equal(document.getText(), before, 'the draft text is untouched');
    assert.equal(document.isDirty, false);
    assert.ok(describeFindings(document).includes('no-demanding-tone@7 "by Friday"'), 'other findings of the rule stay');

    await vscode.commands.executeCommand('outreach.showIgnoredFindings');
    await waitFor('the finding to come back', () => describeFindings(document).includes('no-demanding-tone@7 "ASAP"'));
  });

  it('disable rule turns it off in workspace settings, for every draft', async () => {
    const { document } = await openFlagged();
    const before = document.getText();
    await applyQuickFix(document, findingWith(document, 'time-ask', 'lunch'), 'Disable rule time-ask in this workspace');
    await waitFor('the rule to go', () => !describeFindings(document).some((f) => f.startsWith('time-ask')));
    const rules = vscode.workspace.getConfiguration('outreach').inspect<Record<string, unknown>>('rules');
    assert.deepEqual(rules?.workspaceValue, { 'time-ask': 'off' });
    assert.equal(document.getText(), before);
  });
});
