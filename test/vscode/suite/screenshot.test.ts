import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openFixture, settle } from './helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the code-server runner (test/vscode/runner/run.mjs) for a screenshot: the
 * request travels as a console line; the runner writes `<file>.done` when saved.
 * Files go through workspace.fs, so this also runs in the web worker extension host.
 */
async function screenshot(file: vscode.Uri): Promise<void> {
  const done = file.with({ path: `${file.path}.done` });
  await vscode.workspace.fs.delete(done).then(undefined, () => undefined);
  console.log(`OUTREACH_SCREENSHOT ${file.path}`);
  const deadline = Date.now() + 60_000;
  while (!(await vscode.workspace.fs.stat(done).then(() => true, () => false))) {
    if (Date.now() > deadline) assert.fail(`the runner did not save ${file.path}`);
    await sleep(100);
  }
  assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(done)), '', 'the runner reported an error');
}

describe('screenshot', () => {
  before(activateExtension);

  it('saves the editor with a flagged draft and the quick-fix menu open', async function () {
    // Only the code-server runner (VS Code in a browser) can take screenshots.
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    const extension = await activateExtension();
    const editor = await openFixture('drafts', 'flagged.email.md');
    await settle();
    // On the last flagged line, so the menu opens below the draft instead of over it.
    const at = editor.document.positionAt(editor.document.getText().indexOf('ASAP') + 2);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(1500); // Let the menu render; this is not a timing assertion.
    const name = vscode.workspace.isTrusted ? 'screenshot.png' : 'screenshot-untrusted.png';
    await screenshot(vscode.Uri.joinPath(extension.extensionUri, 'test-results', name));
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await closeAll();
  });
});
