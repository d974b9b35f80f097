import * as vscode from 'vscode';
import { describeAsk, describeAsks, type Diagnostic as CoreDiagnostic, type LintResult } from '../core/index.js';

export const SOURCE = 'outreach';
export const SHOW_RULE_DOCS_COMMAND = 'outreach.showRuleDocumentation';

/** One ask of the draft: the words that make it, and what it asks for in a few words. */
export interface DraftAsk {
  type: LintResult['asks'][number]['type'];
  cue: vscode.Range;
  description: string;
}

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
  /** The same asks placed on their words, each in a few words ("a 20-minute call"), for the hover. */
  askWords: DraftAsk[];
  /** All of them in a few words: "a 20-minute call and an introduction" ('nothing' when it asks nothing). */
  asksFor: string;
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

export function toDraftAsks(document: vscode.TextDocument, result: LintResult, text: string): Pick<LintedDraft, 'askWords' | 'asksFor'> {
  const askWords = result.asks.map((ask) => ({
    type: ask.type,
    cue: new vscode.Range(document.positionAt(ask.cue.start), document.positionAt(ask.cue.end)),
    description: describeAsk(ask, text),
  }));
  return { askWords, asksFor: describeAsks(result.asks, text) };
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
