import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expandSnippet } from '../../../src/core/index.js';
import snippets from '../../../snippets/outreach.json';
import { activateExtension, closeAll, openUntitled, outreachDiagnostics, ruleOf, settle, statusText } from './helpers.js';
import { KNOWN_CORE_FINDINGS } from './snippet-expectations.js';

const SNIPPETS = snippets as Record<string, { body: string[]; prefix: string[] }>;
const failing = (uri: vscode.Uri) =>
  outreachDiagnostics(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning)
    .map(ruleOf)
    .sort();

describe('snippets', () => {
  before(activateExtension);
  afterEach(closeAll);

  for (const language of ['plaintext', 'markdown']) {
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      it(`${language}: "${name}" inserts and lints clean`, async () => {
        const editor = await openUntitled('', language);
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name });
        const { document } = editor;
        assert.equal(document.getText().trimEnd(), expandSnippet(snippet.body.join('\n')).trimEnd(), 'inserted through VS Code’s snippet engine');
        await settle();
        const isMessage = !name.includes('questions');
        if (isMessage) {
          assert.notEqual(await statusText(), '', 'an untitled email from a snippet counts as a draft');
        } else {
          await vscode.commands.executeCommand('outreach.checkDocument');
          await settle();
        }
        assert.deepEqual(failing(document.uri), KNOWN_CORE_FINDINGS[name]?.findings ?? []);
      });
    }
  }

  it('"New Draft…" opens an untitled draft from the chosen kind’s snippet', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('outreach.newDraft', 'Outreach: cold request');
    assert.ok(editor);
    assert.equal(editor, vscode.window.activeTextEditor);
    assert.ok(editor.document.isUntitled);
    assert.match(editor.document.getText(), /^Subject: Your move into UX research\n\nHi Sam,/);
    assert.equal(editor.document.getText(editor.selection), 'Your move into UX research', 'the first field is selected');
    await settle();
    assert.deepEqual(failing(editor.document.uri), []);
    assert.match(await statusText(), /· request$/);
  });
});
