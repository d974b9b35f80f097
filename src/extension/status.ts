import * as vscode from 'vscode';
import type { DraftLinter } from './diagnostics.js';
import type { LintedDraft } from './findings.js';

/**
 * On a draft: findings, words against the target for its kind, and the kind.
 * Clicking opens the Problems view.
 */
export class OutreachStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('outreach.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly linter: DraftLinter) {
    this.item.name = 'Outreach Linter';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      this.item,
      linter.onDidLint((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** The text shown now ('' when hidden); tests read it through `outreach._statusText`. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  private update(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const draft = uri && this.linter.latest(uri);
    if (!draft) {
      this.visible = false;
      this.item.hide();
      return;
    }
    this.item.text = statusText(draft);
    this.item.tooltip = tooltip(draft);
    this.item.backgroundColor = draft.configProblems.length > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.visible = true;
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

export function statusText(draft: LintedDraft): string {
  if (draft.skipped) return `$(circle-slash) Outreach: draft ${draft.skipped}`;
  const count = draft.findings.length;
  const icon = draft.findings.some((f) => f.diagnostic.severity === vscode.DiagnosticSeverity.Error)
    ? '$(error)'
    : count > 0 ? '$(warning)' : '$(check)';
  const { words, characters, targetWords } = draft.stats;
  const size = draft.kind === 'linkedin-note'
    ? `${characters}/${draft.stats.maxNoteCharacters} chars`
    : `${words} words (${targetWords.min}–${targetWords.max})`;
  const partial = draft.partial ? ' · first part only (outreach.timeBudgetMs)' : '';
  return `${icon} ${count} ${count === 1 ? 'finding' : 'findings'} · ${size} · ${draft.kind}${partial}`;
}

function tooltip(draft: LintedDraft): vscode.MarkdownString {
  const { words, targetWords } = draft.stats;
  const markdown = new vscode.MarkdownString('', true);
  markdown.appendMarkdown(`**Outreach Linter**: this draft reads as a **${draft.kind}**.\n\n`);
  markdown.appendMarkdown(`${words} words in the body; ${targetWords.min}–${targetWords.max} is the target for this kind.\n\n`);
  if (draft.ignoredCount > 0) {
    markdown.appendMarkdown(`${draft.ignoredCount} ignored ("Outreach: Show Ignored Findings Again" brings them back).\n\n`);
  }
  if (draft.configFile) {
    markdown.appendText(`Config: ${vscode.workspace.asRelativePath(draft.configFile)} (wins over settings).`);
    markdown.appendMarkdown('\n\n');
  }
  for (const problem of draft.configProblems) {
    markdown.appendMarkdown('$(warning) ');
    markdown.appendText(problem);
    markdown.appendMarkdown('\n\n');
  }
  markdown.appendMarkdown('Click to open the Problems view.');
  return markdown;
}
