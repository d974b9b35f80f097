import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'outreach-linter.outreach-linter';

/** What the core finds in fixtures/drafts/flagged.email.md: rule, line, and the flagged words. */
export const FLAGGED_DRAFT_FINDINGS = [
  // A missing line: an empty range on the blank line after the greeting.
  'how-found@4 ""',
  // Also no-desperate-tone, named in this finding's note: one problem, one finding.
  'intro-first@5 "in transition"',
  'no-job-request@5 "Are you hiring"',
  'time-ask@7 "lunch"',
  // Lunch is a meeting ask, and the draft leaves them no choice of time or format.
  'offer-flexibility@8 ""',
  'no-demanding-tone@7 "ASAP"',
  'no-demanding-tone@7 "by Friday"',
].sort();

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

export function extensionUri(): vscode.Uri {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return extension.extensionUri;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixtures folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
const hasTab = (uri: vscode.Uri) =>
  tabs().some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());

/** Opens a document in its own (not preview) tab, and waits until the extension host knows the tab. */
async function show(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(`a tab for ${document.uri.toString()}`, () => hasTab(document.uri));
  return editor;
}

/** Closes the active editor and waits until the extension host sees its tab go. */
export async function closeEditorOf(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await waitFor(`the tab of ${document.uri.toString()} to close`, () => !hasTab(document.uri));
}

export async function openFixture(...segments: string[]): Promise<vscode.TextEditor> {
  return show(await vscode.workspace.openTextDocument(workspaceUri(...segments)));
}

export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  return show(await vscode.workspace.openTextDocument({ language, content }));
}

/** Waits until every open draft is linted with its current text. */
export async function settle(): Promise<void> {
  await vscode.commands.executeCommand('outreach._settle');
}

/**
 * Polls until `check` returns a value (not undefined or false). Events travel
 * between the renderer and the extension host, so a few turns may be needed; the
 * limit only keeps a broken run from hanging, it is not what is being tested.
 */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, limitMs = 20_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    await settle();
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`gave up waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const outreachDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'outreach');

export const ruleOf = (diagnostic: vscode.Diagnostic): string =>
  typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);

/** The findings as `rule@line "words"` (line 1-based), sorted, for readable assertions. */
export function describeFindings(document: vscode.TextDocument): string[] {
  return outreachDiagnostics(document.uri)
    .map((d) => `${ruleOf(d)}@${d.range.start.line + 1} ${JSON.stringify(document.getText(d.range))}`)
    .sort();
}

/** The outreach findings of one rule on a document, once the linter has settled. */
export async function findingsOf(document: vscode.TextDocument, ruleId: string): Promise<vscode.Diagnostic[]> {
  await settle();
  return outreachDiagnostics(document.uri).filter((d) => ruleOf(d) === ruleId);
}

/** The quick fixes the editor would list for a range (the command does not return their diagnostics). */
export async function quickFixesAt(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const ask = () =>
    vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
  // Right after a document is reopened the editor can answer before our provider has seen it
  // (an empty list); a finding always has at least Ignore and Disable, so ask again briefly.
  return waitFor('quick fixes to be offered', async () => {
    const actions = await ask();
    return actions.length > 0 ? actions : undefined;
  }, 5_000).catch(() => ask());
}

/** Runs a code action the way the editor does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `could not apply "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Closes every editor, throwing away unsaved changes, so each test starts clean. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('every tab to close', () => tabs().length === 0);
}

export async function setRules(rules: Record<string, unknown> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('outreach').update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

export async function statusText(): Promise<string> {
  return vscode.commands.executeCommand<string>('outreach._statusText');
}

export async function statusTooltip(): Promise<string> {
  return vscode.commands.executeCommand<string>('outreach._statusTooltip');
}

/** The messages the extension showed, newest last. */
export async function notices(): Promise<string[]> {
  return vscode.commands.executeCommand<string[]>('outreach._notices');
}

/** Answers the next message the extension shows, as a person clicking that button would. */
export async function answerNextNotice(button: string | undefined): Promise<void> {
  await vscode.commands.executeCommand('outreach._answerNextNotice', button);
}

/** Waits for a message matching `pattern` among those the extension showed. */
export function waitForNotice(pattern: RegExp): Promise<string> {
  return waitFor(`a message matching ${pattern}`, async () => (await notices()).find((message) => pattern.test(message)));
}
