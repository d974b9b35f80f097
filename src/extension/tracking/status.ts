import * as vscode from 'vscode';
import { agenda } from '../../core/index.js';
import { readTrackingSettings } from './settings.js';
import type { ConversationStore } from './store.js';

export const VIEW_ID = 'outreach.conversations';

/**
 * "2 due today" in the status bar while steps are due (today or overdue); nothing
 * otherwise. A notification only when `outreach.tracking.notifications` is on, once a day.
 */
export class DueStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('outreach.due', vscode.StatusBarAlignment.Right, 99);
  private readonly subscriptions: vscode.Disposable[] = [];
  private notifiedOn: string | undefined;
  private shown = '';

  constructor(private readonly store: ConversationStore) {
    this.item.name = 'Outreach: what is due';
    this.item.command = `${VIEW_ID}.focus`;
    this.subscriptions.push(this.item, store.onDidChange(() => void this.update()));
  }

  /** The text shown now ('' when hidden); tests read it through `outreach._dueStatusText`. */
  get text(): string {
    return this.shown;
  }

  async update(): Promise<void> {
    const today = this.store.today();
    const due = agenda(await this.store.conversations()).filter((step) => step.due <= today);
    if (due.length === 0) {
      this.shown = '';
      this.item.hide();
      return;
    }
    this.shown = `$(bell) ${due.length} due today`;
    this.item.text = this.shown;
    const overdue = due.filter((step) => step.due < today).length;
    this.item.tooltip = `Outreach: ${due.length} ${due.length === 1 ? 'step is' : 'steps are'} due${overdue > 0 ? ` (${overdue} overdue)` : ''}. Click to open the Outreach view.`;
    this.item.show();
    if (readTrackingSettings().notifications && this.notifiedOn !== today) {
      this.notifiedOn = today;
      const show = 'Show';
      void vscode.window.showInformationMessage(`Outreach: ${due.length} due today.`, show).then((choice) => {
        if (choice === show) void vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      });
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
