import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../../package.json';
import { EXTENSION_ID, FLAGGED_DRAFT_FINDINGS, closeAll, describeFindings, openFixture, waitFor } from '../suite/helpers.js';
import { readWorkbench } from '../suite/workbench.js';

/** An entry of the Extensions view, as the runner reads it from the workbench (see runner/run.mjs). */
interface ListedExtension { name: string; icon: { width: number; height: number } | null }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function installed(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension;
}

/**
 * The extension as a user gets it: installed from outreach-linter.vsix into a fresh
 * extensions folder (run.mjs --install), with nothing from the repository loaded.
 * A file the package leaves out, or a manifest entry pointing nowhere, fails here.
 */
describe('the extension installed from the .vsix', () => {
  it('is the installed copy, from the fresh extensions folder', () => {
    const extension = installed();
    assert.match(extension.extensionUri.path, new RegExp(`/extensions/${EXTENSION_ID.replace('.', '\\.')}-${manifest.version.replace(/\./g, '\\.')}$`));
    assert.equal(extension.packageJSON.version, manifest.version);
    assert.equal(extension.packageJSON.icon, manifest.icon);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
    console.log(`      (installed in ${extension.extensionUri.path}, VS Code ${vscode.version})`);
  });

  it('activates on a draft and shows its findings', async () => {
    const extension = installed();
    const editor = await openFixture('drafts', 'flagged.email.md');
    // Not through waitFor: it asks the extension to settle, which would activate it.
    // (The workbench's own plaintext models, such as the Output view's, may already have.)
    const deadline = Date.now() + 20_000;
    while (!extension.isActive) {
      if (Date.now() > deadline) assert.fail('opening a draft did not activate the extension');
      await sleep(50);
    }
    await waitFor('the findings of the flagged draft', () => describeFindings(editor.document).length === FLAGGED_DRAFT_FINDINGS.length);
    assert.deepEqual(describeFindings(editor.document), FLAGGED_DRAFT_FINDINGS);
    await closeAll();
  });

  it('opens the rule pages it ships, not the fallback built from the rule data', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri>('outreach.showRuleDocumentation', 'no-job-request');
    assert.equal(page?.toString(), vscode.Uri.joinPath(installed().extensionUri, 'docs', 'rules', 'no-job-request.md').toString());
    await closeAll();
  });

  it('is listed in the Extensions view with its name and its 128×128 icon', async () => {
    // The installed list needs no gallery (the extension's own page asks one, which is offline here).
    await vscode.commands.executeCommand('workbench.extensions.search', '@installed Outreach');
    const deadline = Date.now() + 20_000;
    let listed: ListedExtension[] = [];
    for (;;) {
      listed = ((await readWorkbench()) as unknown as { extensions: ListedExtension[] }).extensions;
      if (listed.some((item) => item.name === manifest.displayName && item.icon && item.icon.width > 0)) break;
      if (Date.now() > deadline) assert.fail(`the Extensions view did not list the extension with a loaded icon: ${JSON.stringify(listed)}`);
      await sleep(250);
    }
    assert.deepEqual(listed.filter((item) => item.name === manifest.displayName), [{ name: manifest.displayName, icon: { width: 128, height: 128 } }]);
    // Left open, so the runner's --screenshot shows the list.
  });
});
