import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/index.js';
import {
  activateExtension, answerNextNotice, closeAll, extensionUri, notices, openFixture, openUntitled, outreachDiagnostics, ruleOf, settle, statusText, statusTooltip, waitFor,
} from './helpers.js';

const DRAFT_WITH_HEADER = [
  '---',
  'kind: request',
  '---',
  'To: sam@example.com',
  'Subject: Your move & what came next',
  '',
  'Hi Sam,',
  '',
  'I read your article on grid storage. Would you have 20 minutes for a call?',
  '',
  'Thank you,',
  'Lee',
].join('\n');
const BODY = DRAFT_WITH_HEADER.split('\n').slice(6).join('\n');
const severityCount = (uri: vscode.Uri, severity: vscode.DiagnosticSeverity) => outreachDiagnostics(uri).filter((d) => d.severity === severity).length;

describe('status bar, hover and commands', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('the status bar counts findings as the Problems view does, and words as the length rule does', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    const { stats } = lint(document.getText(), { format: 'markdown' });
    const [errors, warnings, infos] = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information].map((s) => severityCount(document.uri, s));
    assert.equal(await statusText(), `$(error) ${errors} $(warning) ${warnings} $(info) ${infos} · ${stats.words} words (50–125) · grade ${Math.round(stats.readingGrade)} (≤8) · request`);

    // A draft just under the target: the length finding and the status bar name the same number.
    const short = await openUntitled('Subject: Grid storage\n\nHi Sam,\n\nI read your article on grid storage and would love to hear how you moved into the field. Would you have 20 minutes for a call, at a time that suits you?\n\nThank you,\nLee');
    await settle();
    const length = outreachDiagnostics(short.document.uri).find((d) => ruleOf(d) === 'length');
    assert.ok(length, 'a short request gets a length finding');
    const counted = /\b(\d+) words/.exec(length.message)?.[1];
    assert.ok(counted, length.message);
    assert.match(await statusText(), new RegExp(`· ${counted} words \\(50–125\\) ·`));
  });

  it('the status bar tooltip lists what the message says and still needs', async () => {
    await openFixture('drafts', 'flagged.email.md');
    await settle();
    const tooltip = await statusTooltip();
    assert.match(tooltip, /✓ thanks/);
    assert.match(tooltip, /✗ how you found them/);
    assert.match(tooltip, /✓ time ask/);
    assert.match(tooltip, /Asks for: something unclear, advice, a job or referral and lunch\./, 'what the draft asks the reader for, in the order asked');
  });

  it('hovering the words of an ask says what it asks for', async () => {
    const { document } = await openUntitled('Hi Sam,\n\nI read your article on grid storage. Would you have 20 minutes for a call next week?\n\nThank you,\nLee');
    await settle();
    const position = document.positionAt(document.getText().indexOf('Would you have') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Asks for:\*\* a 20\\?-minute call/);
    assert.match(await statusTooltip(), /Asks for: a 20-minute call\./);
  });

  it('an empty draft is an empty draft, not a LinkedIn note', async () => {
    await openUntitled('', 'markdown');
    await vscode.commands.executeCommand('outreach.checkDocument');
    await settle();
    assert.equal(await statusText(), '$(check) 0 · empty draft · request');
  });

  it('the status bar counts characters for a LinkedIn note, and hides on other documents', async () => {
    await openUntitled('Hi Sam,\n\nI found you through the State alumni network and would love to connect. Could I ask your advice on getting started in UX research sometime?\n\nThank you,\nLee');
    await settle();
    assert.match(await statusText(), /^\$\(check\) 0 · \d+\/300 chars · grade \d+ \(≤8\) · linkedin-note$/);
    await openFixture('README.md');
    await settle();
    assert.equal(await statusText(), '');
  });

  it('hover explains why, naming the source, and shows a better phrasing', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    const position = document.positionAt(document.getText().indexOf('Are you hiring') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Why\*\*/);
    assert.match(text, /nuclear option/, 'the why names its source');
    assert.match(text, /\*\*Better:\*\*/);
    assert.match(text, /command:outreach\.showRuleDocumentation/);
  });

  it('the hover’s better phrasing uses the field the front matter names', async () => {
    const { document } = await openUntitled('---\nkind: request\nfield: data science\n---\n\nHi Sam,\n\nAre you hiring analysts right now?\n\nBest,\nLee', 'markdown');
    await settle();
    const position = document.positionAt(document.getText().indexOf('Are you hiring') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((hover) => hover.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Better:\*\* “I'd love to hear how you got into data science and what you would advise someone starting out\.”/);
  });

  it('"Copy Draft for Sending" copies the subject and the body, without front matter or the rest of the header', async () => {
    await openUntitled(DRAFT_WITH_HEADER, 'markdown');
    await settle();
    const copied = await vscode.commands.executeCommand<string>('outreach.copyForSending');
    assert.equal(copied, `Subject: Your move & what came next\n\n${BODY}`);
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });

  it('"Open in Mail App" builds a mailto link with the subject and body', async () => {
    await openUntitled(DRAFT_WITH_HEADER, 'markdown');
    await settle();
    const link = await vscode.commands.executeCommand<string>('outreach.openInMailApp');
    assert.match(link, /^mailto:sam@example\.com\?subject=/);
    const query = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    assert.equal(query.get('subject'), 'Your move & what came next');
    assert.equal(query.get('body'), BODY.replace(/\n/g, '\r\n'));
  });

  it('Copy and Open in Mail App warn once when errors remain, and go on only on "Send anyway"', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await vscode.env.clipboard.writeText('before');
    const told = (await notices()).length;
    await answerNextNotice(undefined);
    assert.equal(await vscode.commands.executeCommand('outreach.copyForSending'), undefined, 'dismissed: nothing copied');
    assert.equal(await vscode.env.clipboard.readText(), 'before');
    const said = (await notices()).slice(told);
    assert.deepEqual(said, ['This draft still has 1 error (no-job-request).'], 'one warning for the draft');

    await answerNextNotice('Send anyway');
    const copied = await vscode.commands.executeCommand<string>('outreach.copyForSending');
    assert.match(copied, /^Subject: Your move into UX research\n\nHi Sam,/);

    await answerNextNotice(undefined);
    assert.equal(await vscode.commands.executeCommand('outreach.openInMailApp'), undefined);
    await answerNextNotice('Send anyway');
    assert.match(await vscode.commands.executeCommand<string>('outreach.openInMailApp'), /^mailto:\?subject=Your%20move/);
    assert.ok(outreachDiagnostics(document.uri).length > 0);
  });

  it('"Show Rule Documentation" opens the rule’s page in its own tab, which stays when you go back to the draft', async () => {
    const draft = await openFixture('drafts', 'flagged.email.md');
    const page = await vscode.commands.executeCommand<vscode.Uri>('outreach.showRuleDocumentation', 'no-job-request');
    assert.ok(page);
    assert.equal(page.toString(), vscode.Uri.joinPath(extensionUri(), 'docs', 'rules', 'no-job-request.md').toString(), 'the page bundled with the extension');
    const previewTab = () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType));
    const preview = await waitFor('the markdown preview tab', previewTab);
    assert.match(preview.label, /no-job-request/);
    await vscode.window.showTextDocument(draft.document, draft.viewColumn);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.match(previewTab()?.label ?? '', /no-job-request/, 'still the rule’s page, not a preview of the draft');
  });

  it('the rule picker starts at the rule under the cursor', async () => {
    const editor = await openFixture('drafts', 'flagged.email.md');
    await settle();
    const at = editor.document.positionAt(editor.document.getText().indexOf('lunch') + 1);
    editor.selection = new vscode.Selection(at, at);
    const shown = vscode.commands.executeCommand<vscode.Uri | undefined>('outreach.showRuleDocumentation');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const page = await shown;
    assert.match(page?.path ?? '', /\/time-ask\.md$/);
  });
});
