import * as vscode from 'vscode';
import type { DraftLinter } from './diagnostics.js';
import { SHOW_RULE_DOCS_COMMAND, ruleDocsUri } from './findings.js';

/** On a finding: why it matters (naming the source) and a better phrasing. On an ask: what it asks for. */
export class OutreachHover implements vscode.HoverProvider {
  constructor(private readonly linter: DraftLinter) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const draft = await this.linter.current(document);
    const here = draft?.findings.filter((finding) => finding.diagnostic.range.contains(position)) ?? [];
    const asks = draft?.askWords.filter((ask) => ask.cue.contains(position)) ?? [];
    if (here.length === 0 && asks.length === 0) return undefined;

    const markdown = new vscode.MarkdownString(undefined, true);
    // Only our own command may run from this hover.
    markdown.isTrusted = { enabledCommands: [SHOW_RULE_DOCS_COMMAND] };
    // The words that make an ask say what it asks for, so the writer sees the draft as the reader will.
    if (asks.length > 0) markdown.appendMarkdown(`**Asks for:** ${escapeMarkdown(asks.map((ask) => ask.description).join(', '))}`);
    here.forEach(({ core }, i) => {
      if (i > 0 || asks.length > 0) markdown.appendMarkdown('\n\n---\n\n');
      markdown.appendMarkdown(`**Why** ($(book) [${core.ruleId}](${ruleDocsUri(core.ruleId).toString()})): `);
      markdown.appendMarkdown(escapeMarkdown(core.note ?? core.message));
      if (core.example) {
        markdown.appendMarkdown('\n\n**Better:** ');
        markdown.appendMarkdown(`“${escapeMarkdown(core.example)}”`);
      }
    });
    const range = [...here.map((finding) => finding.diagnostic.range), ...asks.map((ask) => ask.cue)].reduce((a, b) => a.union(b));
    return new vscode.Hover(markdown, range);
  }
}

/** Rule text is prose, not markdown (appendText would also make every space non-breaking). */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_{}[\]()#+\-!<>|~$]/g, '\\$&');
