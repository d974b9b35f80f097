import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { expandSnippet, ruleDocPath, type Diagnostic, type TextEdit } from '../core/index.js';
import { fixTitle } from './titles.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.outreach`;

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

/** The package root: dist/server.js sits one folder below it, beside docs/. */
const packageRoot = join(__dirname, '..');

export function toLspDiagnostic(document: TextDocument, diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: { start: document.positionAt(diagnostic.start), end: document.positionAt(diagnostic.end) },
    severity: SEVERITY[diagnostic.severity],
    source: 'outreach',
    code: diagnostic.ruleId,
    codeDescription: { href: pathToFileURL(join(packageRoot, ruleDocPath(diagnostic.ruleId))).href },
    message: diagnostic.message,
  };
}

/** Plain text edits: LSP clients differ in snippet support, so placeholders become their defaults. */
export function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: expandSnippet(edit.newText),
  }));
}

/** The finding's fixes as quick fixes, titled by what they change (see titles.ts). */
export function quickFixes(document: TextDocument, diagnostic: Diagnostic, lspDiagnostic: LspDiagnostic): CodeAction[] {
  return diagnostic.fixes.map((fix) => ({
    title: fixTitle(document, fix),
    kind: CodeActionKind.QuickFix,
    isPreferred: fix.preferred === true,
    diagnostics: [lspDiagnostic],
    edit: { changes: { [document.uri]: toLspEdits(document, fix.edits) } },
  }));
}

/** Hover text: the finding, why it matters (with its source) and a better phrasing. */
export function hoverMarkdown(diagnostic: Diagnostic): string {
  const parts = [`**${diagnostic.message}** (\`${diagnostic.ruleId}\`)`];
  if (diagnostic.note) parts.push(diagnostic.note);
  if (diagnostic.example) parts.push(`Better: _${diagnostic.example}_`);
  return parts.join('\n\n');
}
