import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, openFixture, quickFixesAt, settle, statusText, statusTooltip } from './helpers.js';
import { runnerCanSeeTheWorkbench, screenshot } from './workbench.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The extension's status bar item in the workbench page. */
const STATUS_ITEM = '[id="outreach-linter.outreach-linter.outreach.status"]';

describe('screenshot', () => {
  before(activateExtension);

  it('saves a flagged draft with the quick-fix menu open and the status bar’s checklist', async function () {
    // Only the code-server runner (VS Code in a browser) can take screenshots.
    if (!runnerCanSeeTheWorkbench()) this.skip();
    const extension = await activateExtension();
    const editor = await openFixture('drafts', 'flagged.email.md');
    await settle();
    // On the last flagged line, so the menu opens below the draft instead of over it.
    const at = editor.document.positionAt(editor.document.getText().indexOf('ASAP') + 2);
    editor.selection = new vscode.Selection(at, at);

    // What the picture shows: the ASAP finding's fixes, the counts, and the checklist.
    const menu = (await quickFixesAt(editor.document, new vscode.Range(at, at))).map((action) => action.title);
    assert.deepEqual(menu.slice(0, 2), ['Replace with “whenever it suits you”', 'Ignore this finding (no-demanding-tone)']);
    assert.match(await statusText(), /^\$\(error\) 1 \$\(warning\) 5 \$\(info\) 1 · \d+ words \(50–125\) · grade \d+ \(≤8\) · request$/);
    assert.match(await statusTooltip(), /✗ how you found them/);

    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(1500); // Let the menu render; this is not a timing assertion.
    const mode = vscode.workspace.isTrusted ? '' : '-untrusted';
    await screenshot(vscode.Uri.joinPath(extension.extensionUri, 'test-results', `screenshot${mode}.png`));
    await vscode.commands.executeCommand('hideCodeActionWidget');
    // The menu blocks the mouse elsewhere; with it closed, the tooltip on the status bar.
    await sleep(500);
    await screenshot(vscode.Uri.joinPath(extension.extensionUri, 'test-results', `status-checklist${mode}.png`), STATUS_ITEM);
    await closeAll();
  });
});
