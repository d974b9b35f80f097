import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension, answerNextNotice, applyAction, closeAll, describeFindings, notices, openFixture, openUntitled, outreachDiagnostics, quickFixesAt, ruleOf, settle,
  waitFor, waitForNotice,
} from './helpers.js';

async function openFlagged() {
  const editor = await openFixture('drafts', 'flagged.email.md');
  await settle();
  return editor;
}

/** Sentences as a reader counts them, for checking that none was lost. */
const sentencesOf = (text: string) => text.split(/(?<=[.?!])\s+/).map((sentence) => sentence.replace(/\s+/g, ' ').trim()).filter(Boolean);

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
    await vscode.workspace.getConfiguration('outreach').update('ruleSeverity.time-ask', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('outreach.showIgnoredFindings').then(undefined, () => undefined);
    await closeAll();
  });

  it('offers every fix from the core, then Ignore and Disable; a deletion names its words and is never preferred', async () => {
    const { document } = await openFlagged();
    const actions = await quickFixesAt(document, findingWith(document, 'no-job-request', 'Are you hiring').range);
    assert.deepEqual(
      actions.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`),
      ['*Ask to learn instead', 'Delete “Are you hiring junior researchers…”', 'Ignore this finding (no-job-request)', 'Disable rule no-job-request in this workspace'],
    );
    assert.ok(actions.every((a) => a.kind?.value === 'quickfix'));
  });

  it('one problem, one finding: the stronger rule stays and its hover names the other', async () => {
    const { document } = await openFlagged();
    const onTransition = outreachDiagnostics(document.uri).filter((d) => document.getText(d.range) === 'in transition');
    assert.deepEqual(onTransition.map(ruleOf), ['intro-first']);
    const actions = await quickFixesAt(document, onTransition[0].range);
    const titles = actions.map((a) => a.title);
    assert.equal(new Set(titles).size, titles.length, `no two entries alike: ${titles.join(', ')}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, onTransition[0].range.start.translate(0, 2));
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Also no\\-desperate\\-tone/);
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
    await applyQuickFix(document, findingWith(document, 'no-demanding-tone', 'by Friday'), 'Delete “by Friday”');
    assert.match(document.getText(), /It would help to hear back\./);
    await waitFor('the deadline finding to go', gone(document, 'no-demanding-tone', 'by Friday'));
  });

  it('remove the sentence: offered, titled with the sentence, and only when chosen', async () => {
    const editor = await openUntitled("Hi Sam,\n\nI'll do anything to get into data science. I'm a teacher and would love to hear how you moved into the field.\n\nBest,\nLee");
    const { document } = editor;
    await settle();
    const desperate = findingWith(document, 'no-desperate-tone', "I'll do anything");
    const actions = await quickFixesAt(document, desperate.range);
    const remove = actions.find((a) => a.title.startsWith('Delete'));
    assert.equal(remove?.title, 'Delete “I\'ll do anything to get…”');
    assert.notEqual(remove?.isPreferred, true);
    await applyQuickFix(document, desperate, 'Delete “I\'ll do anything to get…”');
    assert.equal(document.lineAt(2).text, "I'm a teacher and would love to hear how you moved into the field.");
    await waitFor('the desperate-tone finding to go', () => !describeFindings(document).some((f) => f.startsWith('no-desperate-tone')));
  });

  it('rewrite the sentence with placeholders: inserted as a snippet, first field selected to type over', async () => {
    const editor = await openFlagged();
    const { document } = editor;
    await applyQuickFix(document, findingWith(document, 'no-job-request', 'Are you hiring'), 'Ask to learn instead');
    assert.match(document.getText(), /I'd love to hear how you got into \[their field\] and what you would advise someone starting out\./);
    assert.doesNotMatch(document.getText(), /\$\{1/);
    assert.equal(document.getText(editor.selection), '[their field]', 'the first placeholder is selected, as in a snippet');
    await waitFor('the job-ask finding to go', () => !describeFindings(document).some((f) => f.startsWith('no-job-request')));
    assert.ok(describeFindings(document).includes('unfilled-placeholder@5 "[their field]"'), 'a field left unfilled cannot be sent');
    await editor.edit((edit) => edit.replace(editor.selection, 'UX research'));
    await waitFor('the placeholder finding to go', () => !describeFindings(document).some((f) => f.startsWith('unfilled-placeholder')));
  });

  it('insert a missing line: the finding sits where the line goes, the fix offers the ways you may have found them', async () => {
    const editor = await openFlagged();
    const { document } = editor;
    const howFound = outreachDiagnostics(document.uri).find((d) => ruleOf(d) === 'how-found');
    assert.ok(howFound);
    assert.ok(howFound.range.isEmpty, 'covers none of the writer’s words');
    assert.equal(howFound.range.start.line, 3, 'on the blank line after the greeting');
    await applyQuickFix(document, howFound, 'Add how you found them');
    assert.equal(document.lineAt(4).text, "[referrer's name] suggested I get in touch, and [what caught your eye in their work].");
    assert.equal(document.lineAt(2).text, 'Hi Sam,');
    assert.equal(document.lineAt(6).text.slice(0, 10), "I'm curren", 'the body follows, a paragraph apart');
    assert.equal(document.getText(editor.selection), "[referrer's name] suggested I get in touch", 'the choice is selected');
    await waitFor('the how-found finding to go', () => !describeFindings(document).some((f) => f.startsWith('how-found')));
    assert.ok(describeFindings(document).some((f) => f.startsWith('unfilled-placeholder')));
  });

  it('no finding covers the greeting or the sign-off', async () => {
    for (const segments of [['drafts', 'flagged.email.md'], ['drafts', 'desperate-request.email.md']]) {
      const { document } = await openFixture(...segments);
      await settle();
      const text = document.getText();
      for (const line of ['Hi Sam,', 'Dear Mr. Okafor,', 'Thanks,', 'Regards,']) {
        const at = text.indexOf(line);
        if (at < 0) continue;
        const span = new vscode.Range(document.positionAt(at), document.positionAt(at + line.length));
        const covering = outreachDiagnostics(document.uri).filter((d) => d.range.intersection(span) && !d.range.intersection(span)!.isEmpty);
        assert.deepEqual(covering.map(ruleOf), [], `${segments.join('/')}: "${line}"`);
      }
      assert.ok(outreachDiagnostics(document.uri).some((d) => d.range.isEmpty), `${segments.join('/')} has a missing line`);
    }
  });

  it('findings about missing lines wait for a body and a sign-off', async () => {
    const editor = await openUntitled('', 'markdown');
    await vscode.commands.executeCommand('outreach.checkDocument');
    const { document } = editor;
    const type = async (text: string) => {
      await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, text));
      await settle();
    };
    await type('Hi');
    assert.deepEqual(outreachDiagnostics(document.uri).filter((d) => d.range.isEmpty).map(ruleOf), [], 'nothing is missing from a greeting');
    await type(' Sam,\n\nI am a teacher moving into research and would love to');
    assert.deepEqual(outreachDiagnostics(document.uri).filter((d) => d.range.isEmpty).map(ruleOf), [], 'nor from a sentence being written');
    await type(' hear how you started, over a short call?\n\nBest,\nLee');
    await waitFor('the missing lines, now that the draft is whole', () => describeFindings(document).includes('how-found@2 ""'));
  });

  it("the editor's auto fix applies the preferred fix at the cursor", async () => {
    const editor = await openFlagged();
    const { document } = editor;
    const asap = findingWith(document, 'no-demanding-tone', 'ASAP');
    editor.selection = new vscode.Selection(asap.range.start, asap.range.start);
    await vscode.commands.executeCommand('editor.action.autoFix');
    await waitFor('the preferred fix to apply', () => /A short reply whenever it suits you would be great\./.test(document.getText()));
  });

  it('fix all swaps phrases only, keeps every sentence, says what it changed, and can be undone', async () => {
    const editor = await openFlagged();
    const { document } = editor;
    const before = document.getText();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.outreach',
    );
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind?.value, 'source.fixAll.outreach');
    await answerNextNotice(undefined);
    await vscode.commands.executeCommand('editor.action.fixAll');
    await waitFor('the safe fix to apply', () => !/ASAP/.test(document.getText()));
    assert.equal(document.getText(), before.replace('ASAP', 'whenever it suits you'), 'nothing else changed: no deletion, no new line');
    assert.equal(await waitForNotice(/^Outreach: 1 phrase replaced by Fix All\.$/), 'Outreach: 1 phrase replaced by Fix All.');
    await settle();
    const left = describeFindings(document).map((f) => f.split('@')[0]);
    for (const kept of ['how-found', 'no-job-request', 'intro-first']) assert.ok(left.includes(kept), `${kept} is left to the writer: ${left}`);

    // The message's Undo puts the draft back as it was.
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the draft to be as saved', () => document.getText() === before);
    const told = (await notices()).length;
    await answerNextNotice('Undo');
    await vscode.commands.executeCommand('editor.action.fixAll');
    await waitFor('the second report', async () => (await notices()).length > told);
    await waitFor('Undo to restore the draft', () => document.getText() === before);
  });

  it('fix all on the desperate example keeps every sentence the writer wrote', async () => {
    const { document } = await openFixture('drafts', 'desperate-request.email.md');
    await settle();
    const before = sentencesOf(document.getText());
    await vscode.commands.executeCommand('editor.action.fixAll');
    await settle();
    const after = sentencesOf(document.getText());
    assert.equal(after.length, before.length);
    for (const [i, sentence] of before.entries()) {
      const firstWords = sentence.split(/\s+/).slice(0, 2).join(' ');
      assert.ok(after[i].startsWith(firstWords), `"${sentence}" became "${after[i]}"`);
    }
    assert.match(document.getText(), /I've been unemployed for eight months/, 'the self-introduction stays');
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

  it('disable rule turns it off in workspace settings, says where, and Undo turns it back on', async () => {
    const { document } = await openFlagged();
    const before = document.getText();
    await answerNextNotice(undefined);
    await applyQuickFix(document, findingWith(document, 'time-ask', 'lunch'), 'Disable rule time-ask in this workspace');
    await waitFor('the rule to go', () => !describeFindings(document).some((f) => f.startsWith('time-ask')));
    const setting = vscode.workspace.getConfiguration('outreach').inspect<string>('ruleSeverity.time-ask');
    assert.equal(setting?.workspaceValue, 'off');
    assert.equal(document.getText(), before);
    await waitForNotice(/^Turned time-ask off in workspace settings \(\.vscode\/settings\.json\)\. Outreach: Manage Rules turns it back\.$/);

    // Undo puts back what was there before.
    await vscode.workspace.getConfiguration('outreach').update('ruleSeverity.time-ask', 'error', vscode.ConfigurationTarget.Workspace);
    await waitFor('the rule back, as an error', () => outreachDiagnostics(document.uri).some((d) => ruleOf(d) === 'time-ask' && d.severity === vscode.DiagnosticSeverity.Error));
    const told = (await notices()).length;
    await answerNextNotice('Undo');
    await vscode.commands.executeCommand('outreach.disableRule', 'time-ask', document.uri);
    await waitFor('the second notice', async () => (await notices()).length > told);
    await waitFor('Undo to put the setting back', () =>
      vscode.workspace.getConfiguration('outreach').inspect<string>('ruleSeverity.time-ask')?.workspaceValue === 'error');
    await waitFor('the rule to come back', () => describeFindings(document).some((f) => f.startsWith('time-ask')));
  });
});
