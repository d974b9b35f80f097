import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic, LintResult } from '../core/index.js';

export const SOURCE = 'outreach';
export const SHOW_RULE_DOCS_COMMAND = 'outreach.showRuleDocumentation';

/** One finding of the core, with its place in the editor. */
export interface Finding {
  core: CoreDiagnostic;
  diagnostic: vscode.Diagnostic;
  /** The words the finding is about (what "Ignore this finding" remembers). */
  text: string;
}

/** The latest lint of one draft, for the version of the document it was made from. */
export interface LintedDraft {
  uri: vscode.Uri;
  version: number;
  kind: LintResult['kind'];
  stats: LintResult['stats'];
  /** What a message of this kind should say, ticked off (empty until the draft can be judged). */
  checklist: LintResult['checklist'];
  /** What the draft asks the reader to do (the Draft Coach shows them). */
  asks: LintResult['asks'];
  findings: Finding[];
  ignoredCount: number;
  configProblems: string[];
  configFile?: vscode.Uri;
  /** Rules the config file sets (it wins over settings for those). */
  fileRuleIds: string[];
  /** Why the draft was not checked (too long, or the linter failed); the status bar says it. */
  skipped?: string;
  /** The time budget ran out: only the start of the draft was checked. */
  partial?: boolean;
}

const SEVERITY: Record<CoreDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A command link that opens the rule's page bundled with the extension (no network). */
export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`);
}

export function toFinding(document: vscode.TextDocument, core: CoreDiagnostic): Finding {
  // The core's offsets are UTF-16 code units, the same unit as positionAt.
  const range = new vscode.Range(document.positionAt(core.start), document.positionAt(core.end));
  const diagnostic = new vscode.Diagnostic(range, core.message, SEVERITY[core.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: core.ruleId, target: ruleDocsUri(core.ruleId) };
  return { core, diagnostic, text: document.getText(range) };
}

/** What the editor shows of a finding; equal keys mean nothing visible changed. */
export function displayKey(findings: readonly Finding[]): string {
  return findings
    .map(({ diagnostic: d, core }) => `${core.ruleId}|${d.severity}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.message}`)
    .join('\n');
}
