import * as vscode from 'vscode';
import type { MessageKind } from '../core/index.js';
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
        if (uri.toString() === shownDraftUri()?.toString()) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
    );
    this.update();
  }

  /** The text shown now ('' when hidden); tests read it through `outreach._statusText`. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  /** The tooltip's text ('' when hidden); tests read it through `outreach._statusTooltip`. */
  get tooltipText(): string {
    const tooltip = this.item.tooltip;
    return this.visible ? (typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '') : '';
  }

  private visible = false;

  private update(): void {
    const uri = shownDraftUri();
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

/**
 * The draft the status bar speaks of: the active editor's, or, while focus is in a panel
 * beside it (the Draft Coach, the Problems view), the one text editor on screen.
 */
function shownDraftUri(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active.document.uri;
  const visible = vscode.window.visibleTextEditors;
  return visible.length === 1 ? visible[0].document.uri : undefined;
}

/** Findings by severity, as VS Code counts them in its own status bar and Problems view. */
export function severityCounts(draft: LintedDraft): { errors: number; warnings: number; infos: number } {
  const count = (severity: vscode.DiagnosticSeverity) => draft.findings.filter((f) => f.diagnostic.severity === severity).length;
  return { errors: count(vscode.DiagnosticSeverity.Error), warnings: count(vscode.DiagnosticSeverity.Warning), infos: count(vscode.DiagnosticSeverity.Information) };
}

export function statusText(draft: LintedDraft): string {
  if (draft.skipped) return `$(circle-slash) Outreach: draft ${draft.skipped}`;
  const { errors, warnings, infos } = severityCounts(draft);
  // The same three numbers, in the same order, as the Problems view and VS Code's own counter.
  const findings = errors + warnings + infos === 0 ? '$(check) 0' : `$(error) ${errors} $(warning) ${warnings} $(info) ${infos}`;
  const { words, characters, targetWords, readingGrade, maxReadingGrade } = draft.stats;
  const empty = words === 0 && characters === 0;
  // The reading grade sits beside the length, each with its target (the reading-level rule's).
  const grade = ` · grade ${Math.round(readingGrade)} (≤${maxReadingGrade})`;
  const size = empty
    ? 'empty draft'
    : draft.kind === 'linkedin-note'
      ? `${characters}/${draft.stats.maxNoteCharacters} chars${grade}`
      : `${words} words (${targetWords.min}–${targetWords.max})${grade}`;
  const partial = draft.partial ? ' · first part only (outreach.timeBudgetMs)' : '';
  return `${findings} · ${size} · ${draft.kind}${partial}`;
}

/** "✓ thanks · ✗ how you found them · ✗ time ask": what the message says and what it still needs. */
export function checklistText(draft: LintedDraft): string {
  return draft.checklist.map((item) => `${item.done ? '✓' : '✗'} ${item.label}`).join(' · ');
}

/** "a **request**", "an **intro-request**"; `other` is none of the outreach kinds, and the tooltip says so. */
function kindPhrase(kind: MessageKind): string {
  if (kind === 'other') return 'none of the outreach kinds (**other**: a reference asked, a reply to a hiring decision)';
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} **${kind}**`;
}

function tooltip(draft: LintedDraft): vscode.MarkdownString {
  const { words, targetWords } = draft.stats;
  const { errors, warnings, infos } = severityCounts(draft);
  const markdown = new vscode.MarkdownString('', true);
  markdown.appendMarkdown(`**Outreach Linter**: this draft reads as ${kindPhrase(draft.kind)}.\n\n`);
  if (draft.asks.length > 0) markdown.appendMarkdown(`Asks for: ${draft.asksFor}.\n\n`);
  // appendText would turn every space into a non-breaking one; the labels are plain words.
  if (draft.checklist.length > 0) markdown.appendMarkdown(`${checklistText(draft)}\n\n`);
  markdown.appendMarkdown(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} info.\n\n`);
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
  markdown.appendMarkdown('Click to open the Problems view, or [show the Draft Coach](command:outreach.showCoach "Outreach: Show Draft Coach") for the reply factors.');
  markdown.isTrusted = { enabledCommands: ['outreach.showCoach'] };
  return markdown;
}
