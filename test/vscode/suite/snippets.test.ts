import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expandSnippet } from '../../../src/core/index.js';
import snippets from '../../../snippets/outreach.json';
import { activateExtension, closeAll, openUntitled, outreachDiagnostics, ruleOf, settle, statusText, waitFor } from './helpers.js';
import { KNOWN_CORE_FINDINGS } from './snippet-expectations.js';

const SNIPPETS = snippets as Record<string, { body: string[]; prefix: string[] }>;
const MESSAGES = Object.keys(SNIPPETS).filter((name) => !name.includes('questions'));
const failing = (uri: vscode.Uri) =>
  outreachDiagnostics(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)
    .map(ruleOf)
    .sort();
const unfilled = (uri: vscode.Uri) => outreachDiagnostics(uri).filter((d) => ruleOf(d) === 'unfilled-placeholder');

/** Types a value over every bracketed field, as a writer filling the template in would. */
async function fillIn(editor: vscode.TextEditor): Promise<void> {
  const { document } = editor;
  const fields = [...document.getText().matchAll(/\[[^\]\n]*\]/g)].reverse();
  await editor.edit((edit) => {
    for (const field of fields) edit.replace(new vscode.Range(document.positionAt(field.index), document.positionAt(field.index + field[0].length)), 'Northwind');
  });
}

describe('snippets and new drafts', () => {
  before(activateExtension);
  afterEach(closeAll);

  for (const language of ['plaintext', 'markdown']) {
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      it(`${language}: "${name}" cannot be sent until its fields are filled, then lints clean`, async () => {
        const editor = await openUntitled('', language);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name });
        const { document } = editor;
        assert.equal(document.getText().trimEnd(), expandSnippet(snippet.body.join('\n')).trimEnd(), 'inserted through VS Code’s snippet engine');
        await settle();
        if (MESSAGES.includes(name)) {
          assert.notEqual(await statusText(), '', 'an untitled email from a snippet counts as a draft');
        } else {
          await vscode.commands.executeCommand('outreach.checkDocument');
          await settle();
        }
        assert.ok(unfilled(document.uri).length >= 1, 'a field left as it is is an error');
        assert.ok(unfilled(document.uri).every((d) => d.severity === vscode.DiagnosticSeverity.Error));
        await fillIn(editor);
        await waitFor('every field filled', () => unfilled(document.uri).length === 0);
        assert.deepEqual(failing(document.uri), KNOWN_CORE_FINDINGS[name]?.findings ?? []);
      });
    }
  }

  for (const name of MESSAGES) {
    it(`"New Draft…" with "${name}": a Markdown .email.md draft of that kind, fields selected, not sendable until filled`, async () => {
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('outreach.newDraft', name);
      assert.ok(editor);
      assert.equal(editor, vscode.window.activeTextEditor);
      const { document } = editor;
      assert.ok(document.isUntitled);
      assert.equal(document.languageId, 'markdown');
      assert.match(document.uri.path, /\.email\.md$/);
      assert.match(document.getText(editor.selection), /^\[.+\]$|^\S/, 'the first field is selected');
      await settle();
      assert.ok(unfilled(document.uri).length >= 1, 'at least one unfilled-placeholder error');
      const kind = /^---\nkind: ([\w-]+)\n---\n/.exec(document.getText())?.[1];
      assert.ok(kind, 'the front matter names the kind');
      assert.match(await statusText(), new RegExp(`· ${kind}$`));
      assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on', 'long lines wrap');
    });
  }

  it('"New Draft…" can save the draft in a folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const target = vscode.Uri.joinPath(folder, 'new-drafts');
    await vscode.workspace.fs.createDirectory(target);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('outreach.newDraft', 'Outreach: cold request', target);
    assert.equal(editor.document.uri.toString(), vscode.Uri.joinPath(target, 'request.email.md').toString());
    assert.ok(!editor.document.isUntitled);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await vscode.workspace.fs.delete(target, { recursive: true });
  });

  it('"New Draft…" to the reader of an open draft copies who they are and fills in their name', async () => {
    const earlier = await openUntitled('---\nkind: request\nto: Maya Chen\ncompany: Northwind\nreferrer: Priya Das\nsent: 2026-03-02\n---\n\nHi Maya,\n\nThanks!\n\nBest,\nLee', 'markdown');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('outreach.newDraft', 'Outreach: request via referral', undefined, earlier.document.uri);
    const text = editor.document.getText();
    assert.match(text, /^---\nkind: referral-intro\nto: Maya Chen\ncompany: Northwind\nreferrer: Priya Das\n---\n/, 'the person’s fields, not the dates');
    assert.match(text, /^Subject: Introduction from Priya Das$/m);
    assert.match(text, /^Hi Maya,$/m);
    assert.match(text, /^Priya Das suggested I get in touch/m);
    assert.equal(editor.document.getText(editor.selection), '[their earlier field]', 'the first tab stop is what only the writer knows');
  });

  it('templates typed in a draft are filled from its front matter', async () => {
    const editor = await openUntitled('---\nkind: thank-you\nto: Maya Chen\ncompany: Northwind\n---\n\noutreach-', 'markdown');
    // As in the test below: the extension first reads the new document as a draft.
    await settle();
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end, '-');
    const thanks = list.items.find((item) => item.detail === 'Outreach template' && (typeof item.label === 'string' ? item.label : item.label.label) === 'outreach-thank-you');
    assert.ok(thanks, 'the thank-you template is offered');
    const snippet = (thanks.insertText as vscode.SnippetString).value;
    assert.match(snippet, /Hi Maya,/);
    assert.doesNotMatch(snippet, /\[their name\]/);
  });

  it('plain-text drafts wrap too', async () => {
    const { document } = await openUntitled('Hi Sam,\n\nThanks!\n\nBest,\nLee');
    assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on');
  });

  it('typing "outreach-" in a Markdown draft offers each template once, without Ctrl+Space', async () => {
    const editor = await openUntitled('---\nkind: request\n---\n\noutreach-', 'markdown');
    const { document } = editor;
    await settle();
    const end = document.lineAt(document.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end, '-');
    const ours = (items: vscode.CompletionItem[]) =>
      items.filter((item) => item.detail === 'Outreach template').map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    const prefixes = Object.values(SNIPPETS).flatMap((snippet) => snippet.prefix);
    assert.deepEqual(ours(list.items).sort(), [...prefixes].sort(), 'each template once');
    assert.equal(new Set(prefixes).size, prefixes.length, 'every prefix is distinct');

    const note = await openUntitled('# Notes\n\noutreach-', 'markdown');
    const noteEnd = note.document.lineAt(note.document.lineCount - 1).range.end;
    const inNotes = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', note.document.uri, noteEnd, '-');
    assert.deepEqual(ours(inNotes.items), [], 'not offered outside drafts');
  });
});
