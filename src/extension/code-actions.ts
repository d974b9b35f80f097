import * as vscode from 'vscode';
import { applyFix, describeFixAll, expandSnippet, fixAllEdits, hasPlaceholders, type Fix, type TextEdit as CoreEdit } from '../core/index.js';
import type { DraftLinter } from './diagnostics.js';
import type { Finding } from './findings.js';
import { notify } from './notices.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('outreach');
export const IGNORE_FINDING_COMMAND = 'outreach.ignoreFinding';
export const DISABLE_RULE_COMMAND = 'outreach.disableRule';
export const APPLY_FIX_COMMAND = 'outreach.applyFix';
export const REPORT_FIX_ALL_COMMAND = 'outreach.reportFixAll';

/** Applies a core fix if the document is still at `version`; says so and does nothing otherwise. */
export async function applyFixIfCurrent(uri: vscode.Uri, version: number, fix: Fix): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
  if (!document || document.version !== version) {
    void vscode.window.showInformationMessage('The draft changed since this fix was offered; open the quick fixes again.');
    return false;
  }
  return vscode.workspace.applyEdit(editFor(document, fix));
}

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
    const draft = await this.linter.current(document);
    if (!draft || draft.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const here = draft.findings.filter((finding) => finding.diagnostic.range.intersection(range));
      for (const finding of here) actions.push(...fixesFor(document, finding), ignoreAction(document, finding));
      // One "Disable rule" per rule, even when several of its findings are under the cursor.
      const rules = new Map(here.map((finding) => [finding.core.ruleId, finding]));
      for (const finding of rules.values()) actions.push(disableAction(document, finding));
    }
    // Source actions only when asked for (Fix All, Source Action…, on save), never in the lightbulb.
    if (context.only?.contains(FIX_ALL_KIND)) {
      const fixAll = fixAllAction(document, draft.findings);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }
}

function fixesFor(document: vscode.TextDocument, { core, diagnostic }: Finding): vscode.CodeAction[] {
  return core.fixes.map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred === true;
    // Applied through a command that checks the document is still the version the fix
    // was computed for, so a fix is never applied to text it was not made for.
    action.command = { title: fix.title, command: APPLY_FIX_COMMAND, arguments: [document.uri, document.version, fix] };
    return action;
  });
}

function ignoreAction(document: vscode.TextDocument, { core, diagnostic, text }: Finding): vscode.CodeAction {
  const ignore = new vscode.CodeAction(`Ignore this finding (${core.ruleId})`, vscode.CodeActionKind.QuickFix);
  ignore.diagnostics = [diagnostic];
  ignore.command = {
    title: ignore.title,
    command: IGNORE_FINDING_COMMAND,
    arguments: [document.uri, core.ruleId, text],
  };
  return ignore;
}

function disableAction(document: vscode.TextDocument, { core, diagnostic }: Finding): vscode.CodeAction {
  const where = vscode.workspace.workspaceFolders ? 'in this workspace' : 'for all drafts';
  const disable = new vscode.CodeAction(`Disable rule ${core.ruleId} ${where}`, vscode.CodeActionKind.QuickFix);
  disable.diagnostics = [diagnostic];
  disable.command = { title: disable.title, command: DISABLE_RULE_COMMAND, arguments: [core.ruleId, document.uri] };
  return disable;
}

/** Placeholders become tab stops the writer fills in; plain text is inserted as is. */
function editFor(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    document.uri,
    fix.edits.map((coreEdit) => {
      const range = rangeOf(document, coreEdit);
      return hasPlaceholders(coreEdit.newText)
        ? new vscode.SnippetTextEdit(range, new vscode.SnippetString(coreEdit.newText))
        : new vscode.TextEdit(range, expandSnippet(coreEdit.newText));
    }),
  );
  return edit;
}

/**
 * Fix-all applies what the core chooses (phrases swapped for ones that keep the meaning;
 * never a deletion or anything to fill in), then says what changed, with Undo.
 */
function fixAllAction(document: vscode.TextDocument, findings: readonly Finding[]): vscode.CodeAction | undefined {
  const chosen = fixAllEdits(findings.map((finding) => finding.core));
  if (chosen.length === 0) return undefined;
  const action = new vscode.CodeAction('Fix all outreach issues that need no new words', FIX_ALL_KIND);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.set(
    document.uri,
    chosen.map((edit) => new vscode.TextEdit(rangeOf(document, edit), expandSnippet(edit.newText))),
  );
  const before = document.getText();
  const after = applyFix(before, { title: 'Fix all', edits: chosen });
  action.command = { title: 'Report fix all', command: REPORT_FIX_ALL_COMMAND, arguments: [document.uri, before, after, describeFixAll(chosen)] };
  return action;
}

/** After fix-all: "Outreach: 3 phrases replaced", with Undo while the draft is as fix-all left it. */
export async function reportFixAll(uri: vscode.Uri, before: string, after: string, summary: string): Promise<void> {
  const answer = await notify('info', `Outreach: ${summary} by Fix All.`, 'Undo');
  if (answer !== 'Undo') return;
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
  if (!document || document.getText() !== after) {
    void notify('info', 'The draft changed since Fix All; use Edit › Undo to step back.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(after.length)), before);
  await vscode.workspace.applyEdit(edit);
}

const rangeOf = (document: vscode.TextDocument, edit: CoreEdit): vscode.Range =>
  new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
