import * as vscode from 'vscode';
import { activateExtension, closeAll, openFixture, settle } from './helpers.js';
import { runnerCanSeeTheWorkbench, screenshot } from './workbench.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('screenshot', () => {
  before(activateExtension);

  it('saves the editor with a flagged draft and the quick-fix menu open', async function () {
    // Only the code-server runner (VS Code in a browser) can take screenshots.
    if (!runnerCanSeeTheWorkbench()) this.skip();
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
