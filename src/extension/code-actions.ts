import * as vscode from 'vscode';
import { expandSnippet, type Fix, type TextEdit as CoreEdit } from '../core/index.js';
import type { DraftLinter } from './diagnostics.js';
import type { Finding } from './findings.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('outreach');
export const IGNORE_FINDING_COMMAND = 'outreach.ignoreFinding';
export const DISABLE_RULE_COMMAND = 'outreach.disableRule';

const PLACEHOLDER = /\$(\d|\{\d)/;

/**
 * Quick fixes for each finding (every fix the core offers, then "Ignore" and
 * "Disable rule"), and "Fix all" as `source.fixAll.outreach`. Actions are built
 * from a lint of the document's current text, so offsets are never stale.
 */
export class OutreachCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DraftLinter) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (!this.linter.latest(document.uri)) return [];
    const draft = await this.linter.current(document);
    if (!draft || draft.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix)) {
      for (const finding of draft.findings) {
        if (finding.diagnostic.range.intersection(range)) actions.push(...quickFixes(document, finding));
      }
    }
    // Source actions only when asked for (Fix All, Source Action…, on save), never in the lightbulb.
    if (context.only?.contains(FIX_ALL_KIND)) {
      const fixAll = fixAllAction(document, draft.findings);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }
}

function quickFixes(document: vscode.TextDocument, finding: Finding): vscode.CodeAction[] {
  const { core, diagnostic } = finding;
  const actions = core.fixes.map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred === true;
    action.edit = editFor(document, fix);
    return action;
  });

  const ignore = new vscode.CodeAction(`Ignore this finding (${core.ruleId})`, vscode.CodeActionKind.QuickFix);
  ignore.diagnostics = [diagnostic];
  ignore.command = {
    title: ignore.title,
    command: IGNORE_FINDING_COMMAND,
    arguments: [document.uri, core.ruleId, finding.text],
  };

  const where = vscode.workspace.workspaceFolders ? 'in this workspace' : 'for all drafts';
  const disable = new vscode.CodeAction(`Disable rule ${core.ruleId} ${where}`, vscode.CodeActionKind.QuickFix);
  disable.diagnostics = [diagnostic];
  disable.command = { title: disable.title, command: DISABLE_RULE_COMMAND, arguments: [core.ruleId, document.uri] };
  return [...actions, ignore, disable];
}

/** Placeholders become tab stops the writer fills in; plain text is inserted as is. */
function editFor(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    fix.edits.map((coreEdit) => {
      const range = rangeOf(document, coreEdit);
      return PLACEHOLDER.test(coreEdit.newText)
        ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(coreEdit.newText))
        : new vscode.TextEdit(range, expandSnippet(coreEdit.newText));
    }),
  );
  return edit;
}

/**
 * Applies, for every finding, the first fix that needs no words from the writer
 * (no placeholders): fix-all may run on save, and must not invent facts such as
 * how you found someone. Edits that overlap an earlier one wait for the next run.
 */
function fixAllAction(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction | undefined {
  const chosen: CoreEdit[] = [];
  for (const { core } of findings) {
    const candidates = [...core.fixes].sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true));
    const fix = candidates.find((candidate) => candidate.edits.every((edit) => !PLACEHOLDER.test(edit.newText)));
    if (!fix || fix.edits.some((edit) => chosen.some((taken) => overlaps(edit, taken)))) continue;
    chosen.push(...fix.edits);
  }
  if (chosen.length === 0) return undefined;
  const action = new vscode.CodeAction('Fix all outreach issues that need no new words', FIX_ALL_KIND);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(
    document.uri,
    chosen.map((edit) => new vscode.TextEdit(rangeOf(document, edit), expandSnippet(edit.newText))),
  );
  return action;
}

const overlaps = (a: CoreEdit, b: CoreEdit): boolean =>
  a.start < b.end && b.start < a.end || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);

const rangeOf = (document: vscode.TextDocument, edit: CoreEdit): vscode.Range =>
  new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
