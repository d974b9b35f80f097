import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers.js';

describe('workspace trust', () => {
  it('runs in the trust state this run asked for, with the extension active', async () => {
    // prepare-workspace.mjs names the folder after the run, so an untrusted run really ran untrusted.
    const folder = vscode.workspace.workspaceFolders?.[0]?.name ?? '';
    const mode = /-(trusted|untrusted)$/.exec(folder)?.[1];
    assert.ok(mode, `open a folder made by prepare-workspace.mjs (workspace-trusted or workspace-untrusted), not "${folder}"`);
    assert.equal(vscode.workspace.isTrusted, mode === 'trusted');
    const extension = await activateExtension();
    assert.ok(extension.isActive);
    console.log(`      (workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted: Restricted Mode'}, VS Code ${vscode.version}, ${vscode.env.appHost})`);
  });
});
