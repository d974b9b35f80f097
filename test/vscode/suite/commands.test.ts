import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/index.js';
import { activateExtension, closeAll, extensionUri, openFixture, openUntitled, outreachDiagnostics, settle, statusText, waitFor } from './helpers.js';

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

describe('status bar, hover and commands', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('the status bar shows the findings, words against the target, and the kind', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    const { stats } = lint(document.getText(), { format: 'markdown' });
    const count = outreachDiagnostics(document.uri).length;
    assert.equal(await statusText(), `$(error) ${count} findings · ${stats.words} words (50–125) · request`);
  });

  it('the status bar counts characters for a LinkedIn note, and hides on other documents', async () => {
    await openUntitled('Hi Sam,\n\nI found you through the State alumni network. I would value 15 minutes of your advice on getting started in UX research, whenever suits you.\n\nThank you,\nLee');
    await settle();
    assert.match(await statusText(), /^\$\(check\) 0 findings · \d+\/300 chars · linkedin-note$/);
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

  it('"Copy Draft for Sending" copies the body without front matter or header', async () => {
    await openUntitled(DRAFT_WITH_HEADER, 'markdown');
    const copied = await vscode.commands.executeCommand<string>('outreach.copyForSending');
    assert.equal(copied, BODY);
    assert.equal(await vscode.env.clipboard.readText(), BODY);
  });

  it('"Open in Mail App" builds a mailto link with the subject and body', async () => {
    await openUntitled(DRAFT_WITH_HEADER, 'markdown');
    const link = await vscode.commands.executeCommand<string>('outreach.openInMailApp');
    assert.match(link, /^mailto:sam@example\.com\?subject=/);
    const query = new URLSearchParams(link.slice(link.indexOf('?') + 1));
    assert.equal(query.get('subject'), 'Your move & what came next');
    assert.equal(query.get('body'), BODY.replace(/\n/g, '\r\n'));
  });

  it('"Show Rule Documentation" opens the rule’s page in the markdown preview', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri>('outreach.showRuleDocumentation', 'no-job-request');
    assert.ok(page);
    assert.match(page.path, /no-job-request\.md$/);
    assert.equal(page.toString(), vscode.Uri.joinPath(extensionUri(), 'docs', 'rules', 'no-job-request.md').toString(), 'the page bundled with the extension');
    const preview = await waitFor('the markdown preview tab', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType)),
    );
    assert.match(preview.label, /no-job-request/);
  });
});
