import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { draftFactors, lint, type Factor } from '../../../src/core/index.js';
import type { CoachState } from '../../../src/extension/coach/panel.js';
import { activateExtension, closeAll, extensionUri, openFixture, openUntitled, settle, statusText, statusTooltip, waitFor, workspaceUri } from './helpers.js';
import { inputInWebview, readWorkbench, runnerCanSeeTheWorkbench, screenshot, type WebviewText } from './workbench.js';

const coachState = () => vscode.commands.executeCommand<CoachState>('outreach._coach');
const coachTabs = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('outreach.coach'));
const row = (id: string) => `[data-factor="${id}"]`;
const selectedText = (editor: vscode.TextEditor) => editor.selections.map((selection) => editor.document.getText(selection));

/** The factors the core computes for the document, as the extension lints it. */
function expectedFactors(document: vscode.TextDocument): Factor[] {
  const format = document.languageId === 'markdown' ? 'markdown' : 'plaintext';
  return draftFactors(document.getText(), lint(document.getText(), { format, whileTyping: true }), { format });
}

/** Opens the coach and waits until its page has drawn the document's factors. */
async function openCoach(document: vscode.TextDocument): Promise<CoachState> {
  await vscode.commands.executeCommand('outreach.showCoach');
  let state: CoachState | undefined;
  // A webview's first page load in a busy browser can take a while; the limit only stops a broken run.
  return waitFor('the coach to draw the draft', async () => {
    state = await coachState();
    return state.draft === document.uri.toString() && (state.rendered?.factors.length ?? 0) > 0 && state;
  }, 60_000).catch((error: Error) => assert.fail(`${error.message}; the coach was ${JSON.stringify({ ...state, rendered: state?.rendered?.title })}`));
}

/**
 * The coach's state once its page has stopped loading. A busy browser can load a new
 * webview's page a second time while it lays the panel out; a test of what typing does
 * starts from the page that stays.
 */
async function settledCoach(): Promise<CoachState> {
  let previous = await coachState();
  return waitFor('the coach page to stop loading', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await coachState();
    const settled = now.visible && now.loads === previous.loads && now.rendered !== undefined;
    previous = now;
    return settled && now;
  });
}

/** The coach's page as the runner reads it from the webview. */
async function coachPage(check: (page: WebviewText) => boolean, what: string): Promise<WebviewText> {
  let last: WebviewText[] = [];
  return waitFor(what, async () => {
    last = (await readWorkbench()).webviews;
    return last.find((page) => page.title === 'Draft Coach' && check(page));
  }, 30_000).catch((error: Error) => assert.fail(`${error.message}; the webviews showed ${JSON.stringify(last)}`));
}

/**
 * The flagged draft as an untitled document, for tests that type into it: the web
 * workbench saves files a second after an edit, and the fixture must stay as it is.
 */
async function openDraftToEdit(): Promise<vscode.TextEditor> {
  const fixture = await vscode.workspace.openTextDocument(workspaceUri('drafts', 'flagged.email.md'));
  const editor = await openUntitled(fixture.getText(), 'markdown');
  await settle();
  return editor;
}

async function closeCoach(): Promise<void> {
  await vscode.window.tabGroups.close(coachTabs());
  await waitFor('the coach to close', async () => !(await coachState()).open);
}

describe('Draft Coach', function () {
  // Room for a webview's first page load in a busy browser (see openCoach).
  this.timeout(90_000);
  before(activateExtension);
  afterEach(async () => {
    await closeCoach();
    await closeAll();
  });

  it('opens beside the draft, one at a time, with the reply factors the core computes', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    const state = await openCoach(document);
    const expected = expectedFactors(document);
    assert.deepEqual(
      state.rendered?.factors.map((factor) => [factor.id, factor.valueText, factor.targetText, factor.inRange, factor.selections]),
      expected.map((factor) => [factor.id, factor.valueText, factor.targetText, factor.inRange, factor.ranges.length]),
    );
    assert.equal(state.rendered?.title, 'flagged.email.md · request');

    // Beside the draft, not over it; and the command reveals the open panel instead of a second one.
    const [tab] = coachTabs();
    assert.ok(tab, 'a coach tab');
    assert.notEqual(tab.group.viewColumn, vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn);
    await vscode.commands.executeCommand('outreach.showCoach');
    assert.equal(coachTabs().length, 1);
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the editor keeps the focus');
  });

  it('shows each row with its value, target, source and a judgement on the page', async function () {
    if (!runnerCanSeeTheWorkbench()) this.skip();
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await openCoach(document);
    const expected = expectedFactors(document);
    const page = await coachPage((shown) => shown.items.length === expected.length, 'the page to show a row per factor');
    assert.match(page.text, /^flagged\.email\.md · request/);
    expected.forEach((factor, i) => {
      const item = page.items[i];
      for (const part of [factor.label, factor.valueText, `target ${factor.targetText}`, factor.source]) assert.ok(item.includes(part), `row ${factor.id} shows "${part}": ${item}`);
      const judgement = factor.inRange === undefined ? 'not judged' : factor.inRange ? 'on target' : 'off target';
      assert.ok(item.includes(judgement), `row ${factor.id} says ${judgement}: ${item}`);
    });
    // This draft asks for a job and never says how the writer found them.
    assert.match(page.items[expected.findIndex((factor) => factor.id === 'asks')], /off target[\s\S]*job/);
    assert.match(page.items[expected.findIndex((factor) => factor.id === 'how-found')], /off target[\s\S]*not yet/);
  });

  it('a click or Enter on a row selects the words behind it in the editor; the arrow keys move between rows', async function () {
    if (!runnerCanSeeTheWorkbench()) this.skip();
    const editor = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await openCoach(editor.document);

    await inputInWebview('click', row('questions'));
    await waitFor('the questions to be selected', () =>
      JSON.stringify(selectedText(editor)) === JSON.stringify(['Are you hiring junior researchers right now?', 'Could I take you to lunch next week?']),
    );

    await inputInWebview('Enter', row('subject'));
    await waitFor('the subject to be selected', () => JSON.stringify(selectedText(editor)) === JSON.stringify(['Your move into UX research']));

    // A missing line: the cursor goes where it belongs, on the blank line after the greeting.
    await inputInWebview('Space', row('how-found'));
    await waitFor('the cursor at the missing how-found line', () => editor.selections.length === 1 && editor.selection.isEmpty && editor.selection.active.line === 3);

    await inputInWebview('click', row('balance'));
    const pronouns = await waitFor('the I and you words to be selected', () => (selectedText(editor).length > 2 ? selectedText(editor) : undefined));
    assert.deepEqual([...new Set(pronouns.map((word) => word.toLowerCase()))].sort(), ['i', "i'd", "i'm", 'you']);

    // The panel keeps the focus, so the keyboard goes on to the next row.
    await inputInWebview('ArrowDown', row('words'));
    const page = await coachPage((shown) => shown.focused !== '', 'a row to have the focus');
    assert.match(page.focused, /^Reading grade/);
    // With the focus in the panel, the status bar still speaks of the draft on screen.
    assert.equal(vscode.window.activeTextEditor, undefined, 'the panel has the focus');
    assert.match(await statusText(), /· request$/);
  });

  it('updates the rows in place as you type, without reloading the page', async function () {
    const editor = await openDraftToEdit();
    await openCoach(editor.document);
    const opened = await settledCoach();
    const questions = () => opened.rendered?.factors.find((factor) => factor.id === 'questions');
    assert.equal(questions()?.valueText, '2 questions');

    const before = editor.document.positionAt(editor.document.getText().indexOf('Could I take you'));
    await editor.edit((edit) => edit.insert(before, 'What do you enjoy most about it? '));
    const updated = await waitFor('the coach to count the new question', async () => {
      const state = await coachState();
      return state.rendered?.factors.find((factor) => factor.id === 'questions')?.valueText === '3 questions' && state;
    });
    assert.ok(updated.rendered!.version > opened.rendered!.version);
    assert.equal(updated.loads, opened.loads, 'the page was not reloaded');
    if (runnerCanSeeTheWorkbench()) {
      const page = await coachPage((shown) => shown.items.some((item) => item.startsWith('Questions') && item.includes('3 questions')), 'the page to show 3 questions');
      assert.equal(page.items.length, 8);
    }
  });

  it('shown again after being hidden, shows the draft as it is now', async () => {
    const editor = await openDraftToEdit();
    await openCoach(editor.document);
    const [tab] = coachTabs();
    // Another tab in the coach's group hides it; its page is usually unloaded meanwhile.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('README.md')), { viewColumn: tab.group.viewColumn, preview: false });
    await waitFor('the coach to be hidden', async () => !(await coachState()).visible);
    const before = editor.document.positionAt(editor.document.getText().indexOf('Could I take you'));
    await editor.edit((edit) => edit.insert(before, 'What do you enjoy most about it? '));
    await settle();

    await vscode.commands.executeCommand('outreach.showCoach');
    // VS Code usually unloads a hidden page and loads it again when shown; under load the web
    // host may keep it a moment longer. Either way the page must show the draft as it is now.
    await waitFor('the coach to show the edited draft', async () => {
      const state = await coachState();
      return state.visible && state.rendered?.factors.find((factor) => factor.id === 'questions')?.valueText === '3 questions';
    });
    assert.equal(coachTabs().length, 1);
  });

  it('follows the active draft editor, and keeps the last draft while another file is active', async () => {
    const flagged = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await openCoach(flagged.document);

    await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    const other = await openFixture('drafts', 'desperate-request.email.md');
    await waitFor('the coach to follow the other draft', async () => (await coachState()).rendered?.title === 'desperate-request.email.md · request');

    // A file that is not a draft leaves the coach on the last draft.
    const readme = await vscode.workspace.openTextDocument(workspaceUri('README.md'));
    await vscode.window.showTextDocument(readme, { viewColumn: other.viewColumn, preview: false });
    await settle();
    assert.equal((await coachState()).draft, other.document.uri.toString());
  });

  it('closes cleanly and opens again from the status bar’s link', async () => {
    const { document } = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await openCoach(document);
    await closeCoach();
    assert.deepEqual(coachTabs(), []);

    const tooltip = await statusTooltip();
    const link = /\[show the Draft Coach\]\((command:outreach\.showCoach)\b/.exec(tooltip);
    assert.ok(link, `the status bar tooltip links to the coach: ${tooltip}`);
    await vscode.commands.executeCommand(vscode.Uri.parse(link[1]).path);
    await waitFor('the coach to open again and draw', async () => (await coachState()).rendered?.title === 'flagged.email.md · request');
  });

  it('saves a screenshot of the coach beside a draft (the README image)', async function () {
    if (!runnerCanSeeTheWorkbench()) this.skip();
    const editor = await openFixture('drafts', 'flagged.email.md');
    await settle();
    await openCoach(editor.document);
    await inputInWebview('click', row('questions'));
    await waitFor('the questions to be selected', () => editor.selections.length === 2);
    await coachPage((shown) => shown.items.length === 8, 'the page to draw');
    await vscode.commands.executeCommand('notifications.clearAll');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // for the picture, not a timing assertion
    const mode = vscode.workspace.isTrusted ? '' : '-untrusted';
    await screenshot(vscode.Uri.joinPath(extensionUri(), 'test-results', `draft-coach${mode}.png`));
  });
});
