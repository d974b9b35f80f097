import * as vscode from 'vscode';
import { parseIsoDate, STEP_NAMES, type StepName } from '../../core/index.js';
import { draftNext, recordDate } from './commands.js';
import { DueStatus, VIEW_ID } from './status.js';
import { ConversationStore } from './store.js';
import { OPEN_CONVERSATION_COMMAND, OutreachTree, type OutreachNode } from './tree.js';

const DRAFT_COMMANDS: Record<StepName, string> = {
  'thank-you': 'outreach.draftThankYou',
  'follow-up': 'outreach.draftFollowUp',
  'report-back': 'outreach.draftReportBack',
  'keep-in-touch': 'outreach.draftKeepInTouch',
  'good-news': 'outreach.draftGoodNews',
};

/** How often to look whether the date has turned, so "due today" moves at midnight. */
const DAY_CHECK_MS = 60_000;

/** The Outreach view, its commands and the "due today" status: everything about tracking conversations. */
export function registerTracking(): vscode.Disposable[] {
  const store = new ConversationStore();
  const tree = new OutreachTree(store);
  const status = new DueStatus(store);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: false });
  let day = store.today();
  const dayTimer = setInterval(() => {
    if (store.today() !== day) {
      day = store.today();
      void store.refresh();
    }
  }, DAY_CHECK_MS);
  void status.update();

  const register = vscode.commands.registerCommand;
  return [
    store,
    tree,
    status,
    view,
    { dispose: () => clearInterval(dayTimer) },
    register(OPEN_CONVERSATION_COMMAND, async (draft: string) => vscode.window.showTextDocument(vscode.Uri.parse(draft), { preview: false })),
    register('outreach.refreshConversations', () => store.refresh()),
    register('outreach.markSent', (target?: OutreachNode | vscode.Uri, date?: string) => recordDate(store, 'sent', target, date)),
    register('outreach.markReplied', (target?: OutreachNode | vscode.Uri, date?: string) => recordDate(store, 'replied', target, date)),
    register('outreach.logMeeting', (target?: OutreachNode | vscode.Uri, date?: string) => recordDate(store, 'met', target, date)),
    ...STEP_NAMES.map((step) => register(DRAFT_COMMANDS[step], (target?: OutreachNode | vscode.Uri) => draftNext(store, step, target))),
    // Internal, for the tests that run in a real VS Code: fix the date, read the rows as the
    // tree provider gives them to the view, and read the status bar text.
    register('outreach._setToday', (today?: string) => {
      if (today !== undefined && !parseIsoDate(today)) throw new Error(`not a date: ${today}`);
      store.setToday(today);
      return status.update();
    }),
    register('outreach._outreachRows', async () => {
      const rows: { group: string; label: string; description: string; draft?: string; command?: vscode.Command }[] = [];
      for (const group of await tree.getChildren()) {
        const groupItem = tree.getTreeItem(group);
        for (const person of await tree.getChildren(group)) {
          const item = tree.getTreeItem(person);
          rows.push({ group: String(groupItem.label), label: String(item.label), description: String(item.description ?? ''), draft: item.resourceUri?.toString(), command: item.command });
        }
      }
      return rows;
    }),
    register('outreach._dueStatusText', async () => {
      await status.update();
      return status.text;
    }),
  ];
}
