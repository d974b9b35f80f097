import * as vscode from 'vscode';
import { AGENDA_GROUPS, type AgendaGroup, type Conversation, type DueStep } from '../../core/index.js';
import type { ConversationStore } from './store.js';

export const OPEN_CONVERSATION_COMMAND = 'outreach.openConversation';

const GROUP_LABELS: Record<AgendaGroup, string> = { overdue: 'Overdue', today: 'Today', waiting: 'Waiting for a reply', later: 'Later' };
const GROUP_ICONS: Record<AgendaGroup, string> = { overdue: 'warning', today: 'bell', waiting: 'clock', later: 'calendar' };

const STEP_LABELS: Record<DueStep['step'], string> = {
  'follow-up': 'nudge',
  'thank-you': 'thank-you note',
  'report-back': 'report back',
  'keep-in-touch': 'keep in touch',
  'good-news': 'share your good news',
};

export type OutreachNode = { kind: 'group'; group: AgendaGroup; count: number } | { kind: 'person'; conversation: Conversation };

/** The Outreach view: people grouped by what is due, each row opening their latest draft. */
export class OutreachTree implements vscode.TreeDataProvider<OutreachNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutreachNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: ConversationStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  async getChildren(node?: OutreachNode): Promise<OutreachNode[]> {
    const conversations = await this.store.conversations();
    if (!node) {
      return AGENDA_GROUPS.map((group) => ({ kind: 'group' as const, group, count: conversations.filter((c) => c.group === group).length })).filter(
        (group) => group.count > 0,
      );
    }
    if (node.kind === 'group') return conversations.filter((c) => c.group === node.group).map((conversation) => ({ kind: 'person' as const, conversation }));
    return [];
  }

  getTreeItem(node: OutreachNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(GROUP_LABELS[node.group], vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group}`;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      return item;
    }
    const { conversation } = node;
    const item = new vscode.TreeItem(conversation.person, vscode.TreeItemCollapsibleState.None);
    item.id = `person:${conversation.key}`;
    item.description = rowDescription(conversation, this.store.today());
    item.tooltip = rowTooltip(conversation);
    item.contextValue = `outreach.person.${conversation.state}`;
    item.resourceUri = vscode.Uri.parse(conversation.latestDraft);
    item.iconPath = new vscode.ThemeIcon('account');
    item.command = { command: OPEN_CONVERSATION_COMMAND, title: 'Open Latest Draft', arguments: [conversation.latestDraft] };
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** "Acme · thank-you note · 2026-03-11": the company, the next step and its date. */
export function rowDescription(conversation: Conversation, today: string): string {
  const next = conversation.steps[0];
  const parts = [conversation.company];
  if (next) parts.push(`${STEP_LABELS[next.step]}${next.step === 'report-back' ? ` to ${next.to}` : ''}`, dueText(next.due, today));
  else if (conversation.state === 'let-go') parts.push(`no reply after ${conversation.nudgesSent} nudges: let it go`);
  else if (conversation.state === 'not-sent') parts.push('not sent yet');
  return parts.filter(Boolean).join(' · ');
}

const dueText = (due: string, today: string) => (due === today ? `today (${due})` : due < today ? `${due} (overdue)` : due);

function rowTooltip(conversation: Conversation): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  markdown.appendMarkdown(`**${escape(conversation.person)}**`);
  if (conversation.company) markdown.appendMarkdown(`, ${escape(conversation.company)}`);
  markdown.appendMarkdown('\n\n');
  if (conversation.referrer) markdown.appendMarkdown(`Referred by ${escape(conversation.referrer)}\n\n`);
  if (conversation.lastContact) markdown.appendMarkdown(`Last contact: ${conversation.lastContact}\n\n`);
  for (const step of conversation.steps) markdown.appendMarkdown(`- ${step.due}: ${STEP_LABELS[step.step]}${step.step === 'report-back' ? ` to ${escape(step.to)}` : ''}\n`);
  markdown.appendMarkdown(`\n${conversation.drafts.length} ${conversation.drafts.length === 1 ? 'draft' : 'drafts'}; click to open the latest.`);
  return markdown;
}

const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
