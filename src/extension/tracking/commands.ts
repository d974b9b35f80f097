import * as vscode from 'vscode';
import {
  dateRecordedBySending,
  frontMatterDateEdit,
  parseIsoDate,
  readConversation,
  type Conversation,
  type ConversationDate,
  type StepName,
} from '../../core/index.js';
import { nextDraft } from './next-drafts.js';
import type { ConversationStore } from './store.js';
import type { OutreachNode } from './tree.js';

/** What a command was invoked on: a row of the Outreach view, a file, or (from the palette) the active editor. */
type Target = OutreachNode | vscode.Uri | string | undefined;

/**
 * "Mark as Sent", "Mark Replied", "Log the Meeting": write one date into the draft's
 * front matter, as a single edit the user can undo. `date` skips the prompt.
 */
export async function recordDate(store: ConversationStore, what: 'sent' | 'replied' | 'met', target: Target, date?: string): Promise<boolean> {
  const uri = targetUri(target);
  if (!uri) {
    void vscode.window.showInformationMessage('Outreach: open a draft, or pick a person in the Outreach view.');
    return false;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const key: ConversationDate = what === 'sent' ? dateRecordedBySending(readConversation(document.getText())) : what;
  const day = date ?? (await askForDate(key, store.today()));
  if (!day) return false;
  if (!parseIsoDate(day)) throw new Error(`Outreach: "${day}" is not a date as YYYY-MM-DD`);
  let edit;
  try {
    edit = frontMatterDateEdit(document.getText(), key, day);
  } catch (error) {
    void vscode.window.showWarningMessage(`Outreach: ${(error as Error).message}.`);
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.replace(uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  const applied = await vscode.workspace.applyEdit(workspaceEdit);
  // Shown, so the change is seen and one undo (Ctrl+Z) takes it back.
  if (applied) await vscode.window.showTextDocument(document, { preview: false });
  return applied;
}

async function askForDate(key: ConversationDate, today: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: `Outreach: record ${key}`,
    prompt: `The date to write as "${key}:" in the front matter (YYYY-MM-DD)`,
    value: today,
    validateInput: (value) => (parseIsoDate(value) ? undefined : 'Write the date as YYYY-MM-DD, such as 2026-03-04.'),
  });
}

/** "Draft the Thank-You Note" and the others: a new, unsaved draft next to the person's latest one. */
export async function draftNext(store: ConversationStore, step: StepName, target: Target): Promise<vscode.TextEditor | undefined> {
  const conversation = await conversationFor(store, target);
  if (!conversation) return undefined;
  const { fileName, snippet } = nextDraft(conversation, step);
  const latest = vscode.Uri.parse(conversation.latestDraft);
  const uri = await freeUntitled(vscode.Uri.joinPath(latest, '..'), fileName);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return editor;
}

export function targetUri(target: Target): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string') return vscode.Uri.parse(target);
  if (target && target.kind === 'person') return vscode.Uri.parse(target.conversation.latestDraft);
  return vscode.window.activeTextEditor?.document.uri;
}

/** The conversation of a row, a file, or the active editor; asks which person when none fits. */
async function conversationFor(store: ConversationStore, target: Target): Promise<Conversation | undefined> {
  if (target && typeof target === 'object' && !(target instanceof vscode.Uri) && target.kind === 'person') return target.conversation;
  const conversations = await store.conversations();
  const uri = targetUri(target)?.toString();
  const found = uri ? conversations.find((conversation) => conversation.drafts.includes(uri)) : undefined;
  if (found) return found;
  if (conversations.length === 0) {
    void vscode.window.showInformationMessage('Outreach: no conversations yet. Add "to:" and "sent:" to a draft\'s front matter to track it.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    conversations.map((conversation) => ({ label: conversation.person, description: conversation.company, conversation })),
    { title: 'Outreach: who is the note for?' },
  );
  return picked?.conversation;
}

/** An untitled document named after the step, numbered when that name is taken. */
async function freeUntitled(folder: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  const taken = async (uri: vscode.Uri) =>
    vscode.workspace.textDocuments.some((document) => document.uri.path === uri.path) ||
    (await vscode.workspace.fs.stat(uri).then(() => true, () => false));
  for (let n = 1; ; n++) {
    const name = n === 1 ? fileName : fileName.replace(/\.email\.md$/, `-${n}.email.md`);
    const candidate = vscode.Uri.joinPath(folder, name);
    if (!(await taken(candidate))) return candidate.with({ scheme: 'untitled' });
  }
}
