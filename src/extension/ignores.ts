import * as vscode from 'vscode';

/** What identifies an ignored finding: its rule and the words it is about. */
export interface FindingKey {
  ruleId: string;
  text: string;
}

/**
 * Findings the user chose to ignore, per document, kept in workspace state. The
 * draft is what gets sent, so an ignore is never written into its text. Keyed by
 * the flagged words rather than offsets, so an ignore survives edits elsewhere.
 */
export class IgnoredFindings implements vscode.Disposable {
  private static readonly KEY = 'outreach.ignoredFindings';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  has(uri: vscode.Uri, finding: FindingKey): boolean {
    return this.entries(uri).includes(entryOf(finding));
  }

  count(uri: vscode.Uri): number {
    return this.entries(uri).length;
  }

  async add(uri: vscode.Uri, finding: FindingKey): Promise<void> {
    const entries = this.entries(uri);
    if (entries.includes(entryOf(finding))) return;
    await this.save(uri, [...entries, entryOf(finding)]);
  }

  async clear(uri: vscode.Uri): Promise<void> {
    await this.save(uri, []);
  }

  private entries(uri: vscode.Uri): string[] {
    return this.all()[uri.toString()] ?? [];
  }

  private all(): Record<string, string[]> {
    return this.state.get<Record<string, string[]>>(IgnoredFindings.KEY, {});
  }

  private async save(uri: vscode.Uri, entries: string[]): Promise<void> {
    const all = { ...this.all() };
    if (entries.length > 0) all[uri.toString()] = entries;
    else delete all[uri.toString()];
    await this.state.update(IgnoredFindings.KEY, all);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const entryOf = (finding: FindingKey): string => `${finding.ruleId}\u0000${finding.text.trim()}`;
