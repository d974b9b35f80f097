import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAll, extensionUri, findingsOf, openFixture, waitFor, workspaceUri } from './helpers.js';
import { readWorkbench, runnerCanSeeTheWorkbench, screenshot, waitForWorkbench } from './workbench.js';

/** examples/tracking, copied into the workspace as tracking/ (prepare-workspace.mjs), on a fixed day. */
const TODAY = '2026-11-30';

interface Row {
  group: string;
  label: string;
  description: string;
  draft?: string;
  command?: vscode.Command;
}

const rows = async (): Promise<Row[]> => (await vscode.commands.executeCommand<Row[]>('outreach._outreachRows')).filter((row) => row.draft?.includes('/tracking/'));
const describeRows = (list: Row[]) => list.map((row) => `${row.group} | ${row.label} | ${row.description}`);
const rowOf = async (person: string) => (await rows()).find((row) => row.label === person);

const EXPECTED_ROWS = [
  'Overdue | Priya Raman | Northwind Health · nudge · 2026-11-25 (overdue)',
  'Overdue | Sam Okafor | Lumen Analytics · thank-you note · 2026-11-27 (overdue)',
  'Today | Jordan Lee | Brightline Design · thank-you note · today (2026-11-30)',
  'Waiting for a reply | Chris Tan | Harbor Labs · nudge · 2026-12-03',
  'Waiting for a reply | Lia Wong | Fieldstone Care · no reply after 2 nudges: let it go',
  'Later | Ana Ruiz | Coastal Credit Union · keep in touch · 2026-12-11',
];

/** The text with one line added, as a front matter edit should leave it. */
const withLineBefore = (text: string, marker: string, line: string) => {
  const at = text.indexOf(marker);
  assert.ok(at >= 0, `no "${marker}" in the draft`);
  return text.slice(0, at) + line + text.slice(at);
};

describe('Outreach view (tracking conversations)', () => {
  before(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('outreach._setToday', TODAY);
    await vscode.commands.executeCommand('outreach.refreshConversations');
  });
  after(async () => {
    await closeAll();
    await vscode.commands.executeCommand('outreach._setToday', undefined);
  });
  afterEach(closeAll);

  it('lists people grouped by what is due, with company, next step and date (tree provider)', async () => {
    assert.deepEqual(describeRows(await rows()), EXPECTED_ROWS);
  });

  it('shows the same rows in the rendered view', async function () {
    if (!runnerCanSeeTheWorkbench()) this.skip();
    await vscode.commands.executeCommand('outreach.conversations.focus');
    const expected = ['Overdue  2', 'Today  1', 'Waiting for a reply  2', 'Later  1', ...EXPECTED_ROWS.map((row) => row.split(' | ').slice(1).join('  '))];
    const seen = await waitForWorkbench('the Outreach view to show every row', (text) => expected.every((row) => text.sidebar.includes(row)));
    const shown = seen.sidebar.filter((row) => expected.includes(row));
    assert.deepEqual(shown, ['Overdue  2', expected[4], expected[5], 'Today  1', expected[6], 'Waiting for a reply  2', expected[7], expected[8], 'Later  1', expected[9]]);
  });

  it('saves a screenshot of the view beside a draft (the README image)', async function () {
    if (!runnerCanSeeTheWorkbench()) this.skip();
    await openFixture('tracking', 'jordan-lee-note.email.md');
    await vscode.commands.executeCommand('outreach.conversations.focus');
    await vscode.commands.executeCommand('notifications.clearAll');
    // Wide enough for each row's next step and date; the earlier tests' status messages fade meanwhile.
    // Narrowing the focused editor widens the side bar beside it.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    for (let step = 0; step < 6; step++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
    await new Promise((resolve) => setTimeout(resolve, 3000)); // for the picture, not a timing assertion
    await waitForWorkbench('the view to render', (text) => text.sidebar.some((row) => row.startsWith('Ana Ruiz')));
    const name = vscode.workspace.isTrusted ? 'outreach-view.png' : 'outreach-view-untrusted.png';
    await screenshot(vscode.Uri.joinPath(extensionUri(), 'test-results', name));
  });

  it('says in the status bar how many steps are due, without a notification', async () => {
    assert.equal(await vscode.commands.executeCommand('outreach._dueStatusText'), '$(bell) 4 due today');
    if (runnerCanSeeTheWorkbench()) {
      const { notifications } = await readWorkbench();
      assert.deepEqual(notifications.filter((message) => /due/.test(message)), []);
    }
  });

  it("opens a person's latest draft when the row is clicked", async () => {
    const row = await rowOf('Lia Wong');
    assert.ok(row?.command);
    await vscode.commands.executeCommand(row.command.command, ...(row.command.arguments ?? []));
    await waitFor('the latest draft to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/tracking/lia-wong-nudge-2.email.md'));
  });

  it('Mark Replied writes one date into the front matter, moves the person, and one undo restores it', async () => {
    const editor = await openFixture('tracking', 'chris-tan-request.email.md');
    const before = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('outreach.markReplied', editor.document.uri, TODAY), true);
    assert.equal(editor.document.getText(), withLineBefore(before, '---\nSubject:', `replied: ${TODAY}\n`));
    const moved = await waitFor('Chris Tan to leave "Waiting for a reply"', async () => {
      const row = await rowOf('Chris Tan');
      return row?.group === 'Later' ? row : undefined;
    });
    assert.equal(moved.description, 'Harbor Labs · keep in touch · 2027-02-28');

    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
    await waitFor('Chris Tan to be waiting again', async () => (await rowOf('Chris Tan'))?.group === 'Waiting for a reply');
  });

  it('Log the Meeting adds only its date, to a draft that is not open', async () => {
    const uri = workspaceUri('tracking', 'priya-raman-request.email.md');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.equal(await vscode.commands.executeCommand('outreach.logMeeting', uri, TODAY), true);
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.toString(), uri.toString(), 'the edited draft is shown');
    assert.equal(document.getText(), withLineBefore(before, '---\nSubject:', `met: ${TODAY}\n`));
    const row = await waitFor('Priya Raman to be owed a thank-you', async () => {
      const found = await rowOf('Priya Raman');
      return found?.description.includes('thank-you') ? found : undefined;
    });
    assert.deepEqual([row.group, row.description], ['Later', 'Northwind Health · thank-you note · 2026-12-01']);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before);
  });

  it('Draft the Thank-You Note opens a prefilled draft that joins the conversation', async () => {
    const note = workspaceUri('tracking', 'jordan-lee-note.email.md');
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('outreach.draftThankYou', note);
    assert.ok(editor);
    const text = editor.document.getText();
    assert.equal(editor.document.uri.scheme, 'untitled');
    assert.ok(editor.document.uri.path.endsWith('/tracking/jordan-lee-thank-you.email.md'), editor.document.uri.path);
    assert.match(text, /^---\nkind: thank-you\nstep: thank-you\nto: Jordan Lee\ncompany: Brightline Design\n---\nSubject: Thank you, Jordan\n\nHi Jordan,\n\nThank you for taking the time to talk with me on November 29\. /);
    // The first tab stop is what only the writer knows.
    assert.equal(editor.document.getText(editor.selection), 'The one thing you said that stayed with you');

    // Sending a thank-you records that they were thanked: Jordan is no longer due one.
    assert.equal(await vscode.commands.executeCommand('outreach.markSent', editor.document.uri, TODAY), true);
    assert.match(editor.document.getText(), new RegExp(`\\nthanked: ${TODAY}\\n---\\nSubject:`));
    const row = await waitFor('Jordan Lee to be thanked', async () => {
      const found = await rowOf('Jordan Lee');
      return found?.group === 'Later' ? found : undefined;
    });
    assert.equal(row.description, 'Brightline Design · keep in touch · 2027-02-28');
  });

  it('Draft the Report-Back Note greets the referrer and names the person met', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('outreach.draftReportBack', workspaceUri('tracking', 'sam-okafor-request.email.md'));
    assert.ok(editor);
    assert.match(editor.document.getText(), /\nreferrer: Maya Chen\n---\nSubject: Thank you for introducing me to Sam Okafor\n\nHi Maya,\n\nThank you for putting me in touch with Sam Okafor at Lumen Analytics\. We spoke on November 26, /);
  });

  it('flags a bad date on its front matter line', async () => {
    const editor = await openFixture('tracking', 'chris-tan-request.email.md');
    const line = editor.document.lineAt(6);
    assert.equal(line.text, 'sent: 2026-11-24');
    await editor.edit((edit) => edit.replace(line.range, 'sent: last Tuesday'));
    const [finding] = await waitFor('the bad date to be flagged', async () => {
      const found = await findingsOf(editor.document, 'conversation-dates');
      return found.length > 0 ? found : undefined;
    });
    assert.equal(finding.range.start.line, 6);
    assert.equal(editor.document.getText(finding.range), 'last Tuesday');
  });

  it('Copy Draft for Sending leaves the tracking front matter out', async () => {
    await openFixture('tracking', 'sam-okafor-request.email.md');
    const body = await vscode.commands.executeCommand<string>('outreach.copyForSending');
    // The subject travels as the first line; the front matter does not.
    assert.ok(body.startsWith('Subject: Introduction from Maya Chen\n\nHi Sam,'), body.slice(0, 60));
    assert.ok(!/referrer|2026-11-10|---/.test(body));
  });
});
