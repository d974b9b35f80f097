import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, closeAll, closeEditorOf, describeFindings, FLAGGED_DRAFT_FINDINGS, notices, openFixture, openUntitled, outreachDiagnostics, ruleOf, settle, statusText, statusTooltip,
  waitFor,
} from './helpers.js';

describe('drafts and their findings', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('a draft file gets the expected rule ids at the expected ranges', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.deepEqual(describeFindings(document), FLAGGED_DRAFT_FINDINGS);

    const jobAsk = outreachDiagnostics(document.uri).find((d) => ruleOf(d) === 'no-job-request');
    assert.ok(jobAsk);
    assert.equal(jobAsk.severity, vscode.DiagnosticSeverity.Error);
    assert.match(jobAsk.message, /asks for a job/);
    const code = jobAsk.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'outreach.showRuleDocumentation');
    assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), ['no-job-request']);
    for (const diagnostic of outreachDiagnostics(document.uri)) {
      // Every finding here is a warning but the job ask (an error) and the missing choice of time (information).
      const expected = { 'no-job-request': vscode.DiagnosticSeverity.Error, 'offer-flexibility': vscode.DiagnosticSeverity.Information }[ruleOf(diagnostic) ?? ''];
      assert.equal(diagnostic.severity, expected ?? vscode.DiagnosticSeverity.Warning, ruleOf(diagnostic));
    }
  });

  it('a README-like markdown file gets none, though its words would be flagged in a draft', async () => {
    const { document } = await openFixture('README.md');
    await settle();
    assert.deepEqual(outreachDiagnostics(document.uri), []);
    assert.equal(await statusText(), '');
  });

  it('"Check This Document" lints any document, remembers it, and can be undone', async () => {
    const { document } = await openFixture('README.md');
    await vscode.commands.executeCommand('outreach.checkDocument');
    await waitFor('findings after the check', () => outreachDiagnostics(document.uri).some((d) => ruleOf(d) === 'no-job-request'));

    await closeEditorOf(document);
    const reopened = await openFixture('README.md');
    await settle();
    assert.ok(outreachDiagnostics(reopened.document.uri).length > 0, 'the check is remembered for the document');

    await vscode.commands.executeCommand('outreach.stopCheckingDocument');
    await waitFor('findings cleared', () => outreachDiagnostics(reopened.document.uri).length === 0);
  });

  it('"Stop Checking This Document" works on a draft under drafts/, says so, and is remembered', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.ok(outreachDiagnostics(document.uri).length > 0);
    await vscode.commands.executeCommand('outreach.stopCheckingDocument');
    await waitFor('findings cleared', () => outreachDiagnostics(document.uri).length === 0);
    assert.equal(await statusText(), '');
    assert.match((await notices()).at(-1) ?? '', /^Outreach: stopped checking drafts\/flagged\.email\.md in this workspace\./);

    await closeEditorOf(document);
    const reopened = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.deepEqual(outreachDiagnostics(reopened.document.uri), [], 'still not checked after reopening');

    await vscode.commands.executeCommand('outreach.checkDocument');
    await waitFor('findings back', () => describeFindings(reopened.document).length === FLAGGED_DRAFT_FINDINGS.length);
  });

  it('front matter with `kind:` makes a file outside the include globs a draft of that kind', async () => {
    const { document } = await openFixture('notes', 'after-the-call.md');
    await settle();
    assert.deepEqual(describeFindings(document), ['no-demanding-tone@6 "Please reply"']);
    assert.match(await statusText(), /· thank-you$/);
  });

  it('typing a change updates the findings', async () => {
    const editor = await openFixture('drafts', 'flagged.email.md');
    const { document } = editor;
    await settle();
    const asap = document.getText().indexOf('ASAP');
    await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(asap), document.positionAt(asap + 4)), 'soon'));
    await waitFor('the ASAP finding to go', () => !describeFindings(document).some((f) => f.includes('"ASAP"')));

    const end = document.lineAt(4).range.end;
    await editor.edit((edit) => edit.insert(end, ' I will do anything to get a foot in the door.'));
    const desperate = await waitFor('a new finding for the typed words', () =>
      describeFindings(document).find((f) => f.startsWith('no-desperate-tone@5 "') && f.includes('do anything')),
    );
    assert.ok(desperate);
    // Findings that did not change stay where they were.
    assert.ok(describeFindings(document).includes('no-job-request@5 "Are you hiring"'));
  });

  it('an untitled note that looks like an email is a draft; one that does not is not', async () => {
    const draft = await openUntitled('Hi Sam,\n\nI read your article on grid storage. Are you hiring engineers?\n\nBest,\nLee');
    await settle();
    assert.ok(outreachDiagnostics(draft.document.uri).some((d) => ruleOf(d) === 'no-job-request'));
    assert.match(await statusText(), /^\$\((error|warning|check)\) /);

    const list = await openUntitled('Shopping: eggs, milk.\nAsk Sam whether they are hiring.');
    await settle();
    assert.deepEqual(outreachDiagnostics(list.document.uri), []);
  });

  it("a reference asked of a former manager reads as other, with none of a cold request's checks", async () => {
    const draft = await openUntitled(
      "Hi Pat,\n\nI hope you're well! I'm applying for an analyst role at Acme and was wondering if you'd be willing to serve as a reference for me. I've attached my CV so you can see what I've been working on.\n\nThanks so much,\nLee",
    );
    await settle();
    assert.match(await statusText(), /· other$/);
    assert.match(await statusTooltip(), /none of the outreach kinds \(\*\*other\*\*/);
    const rules = outreachDiagnostics(draft.document.uri).map(ruleOf);
    for (const rule of ['how-found', 'time-ask', 'no-resume-upfront', 'clear-ask']) assert.ok(!rules.includes(rule), `${rule} in ${rules.join(', ')}`);
  });

  it('closing a draft clears its findings', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    assert.ok(outreachDiagnostics(document.uri).length > 0);
    const uri = document.uri;
    await closeEditorOf(document);
    await waitFor('findings cleared on close', () => outreachDiagnostics(uri).length === 0);

    const reopened = await openFixture('drafts', 'flagged.email.md');
    await waitFor('findings back on reopening', () => outreachDiagnostics(reopened.document.uri).length > 0);
  });

  it('closing a draft while its check is still waiting leaves no findings behind', async () => {
    const editor = await openFixture('drafts', 'flagged.email.md');
    await settle();
    const { uri } = editor.document;
    // Typing starts the debounce; the tab closes before the check runs.
    await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, ' Please reply ASAP.'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('findings cleared on close', () => outreachDiagnostics(uri).length === 0);
    // Past the debounce (outreach.debounce), when the dropped check would have run.
    const debounceMs = vscode.workspace.getConfiguration('outreach').get<number>('debounce', 0);
    await new Promise((resolve) => setTimeout(resolve, debounceMs * 3));
    await settle();
    assert.deepEqual(outreachDiagnostics(uri), []);
  });
});
