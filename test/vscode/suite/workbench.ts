import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionUri } from './helpers.js';

/**
 * What the extension API cannot see (pixels, notifications, the Output panel), asked of
 * the code-server runner (test/vscode/runner/run.mjs): the request travels as a console
 * line, the runner writes `<file>.done` when it is carried out. Files go through
 * workspace.fs, so this also works in the web worker extension host.
 */
export const runnerCanSeeTheWorkbench = (): boolean => vscode.env.uiKind === vscode.UIKind.Web;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(request: 'SCREENSHOT' | 'READ_UI' | 'WEBVIEW_INPUT', file: vscode.Uri, detail?: string): Promise<void> {
  const done = file.with({ path: `${file.path}.done` });
  await vscode.workspace.fs.delete(done).then(undefined, () => undefined);
  console.log(`OUTREACH_${request} ${file.path}${detail ? ` ${detail}` : ''}`);
  const deadline = Date.now() + 60_000;
  while (!(await vscode.workspace.fs.stat(done).then(() => true, () => false))) {
    if (Date.now() > deadline) assert.fail(`the runner did not answer ${request} ${file.path}`);
    await sleep(100);
  }
  assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(done)), '', 'the runner reported an error');
}

/** Saves the workbench as a PNG; with `hover` (a CSS selector), with the mouse resting on that element. */
export function screenshot(file: vscode.Uri, hover?: string): Promise<void> {
  return ask('SCREENSHOT', file, hover && `hover=${hover}`);
}

let inputs = 0;

/**
 * In the webview whose page has an element matching `selector`, clicks it (`click`) or
 * focuses it and presses a key (`Enter`, `Space`, `ArrowDown`), as a user would.
 */
export async function inputInWebview(action: 'click' | 'Enter' | 'Space' | 'ArrowDown', selector: string): Promise<void> {
  // A toast from elsewhere in the workbench (the markdown extension's "Request … failed", say)
  // can sit over the panel and take the click; a user would close it first.
  await vscode.commands.executeCommand('notifications.clearAll');
  const file = vscode.Uri.joinPath(extensionUri(), 'test-results', `webview-input-${++inputs}.json`);
  await ask('WEBVIEW_INPUT', file, `${action}=${selector}`);
  await vscode.workspace.fs.delete(file.with({ path: `${file.path}.done` }));
}

/** What a webview's page shows. */
export interface WebviewText {
  title: string;
  /** All its text, as laid out. */
  text: string;
  /** The text of each list item, in order. */
  items: string[];
  /** The text of the element with the keyboard focus ('' when none). */
  focused: string;
}

export interface WorkbenchText {
  /** The messages of the notifications on screen (toasts, or the notification centre when open). */
  notifications: string[];
  /** The lines of text the panel shows (the Output view, for instance), top to bottom. */
  panel: string;
  /** The side bar's tree rows (Explorer files, the Outreach view), each as "label  description". */
  sidebar: string[];
  /** The pages of the webviews on screen. */
  webviews: WebviewText[];
}

let reads = 0;

export async function readWorkbench(): Promise<WorkbenchText> {
  const mode = vscode.workspace.isTrusted ? 'trusted' : 'untrusted';
  const file = vscode.Uri.joinPath(extensionUri(), 'test-results', `workbench-${mode}-${++reads}.json`);
  await ask('READ_UI', file);
  const text = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as WorkbenchText;
  // Read once and thrown away; only screenshots are kept in test-results/.
  for (const read of [file, file.with({ path: `${file.path}.done` })]) await vscode.workspace.fs.delete(read);
  return text;
}

/**
 * Polls the workbench until `check` accepts what it shows; notifications and the Output
 * view render a moment after the extension host sends them.
 */
export async function waitForWorkbench(what: string, check: (text: WorkbenchText) => boolean, limitMs = 15_000): Promise<WorkbenchText> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const text = await readWorkbench();
    if (check(text)) return text;
    if (Date.now() > deadline) assert.fail(`gave up waiting for ${what}; the workbench showed ${JSON.stringify(text)}`);
    await sleep(250);
  }
}
