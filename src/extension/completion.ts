import * as vscode from 'vscode';
import type { DraftDetector } from './drafts.js';
import { templateFillerFor } from '../core/index.js';
import { TEMPLATES } from './templates.js';

/** Marks our items in the list (the contributed snippets may be listed beside them). */
export const TEMPLATE_DETAIL = 'Outreach template';

/** Every snippet prefix starts with this; typing its last character opens the list. */
const PREFIX_START = 'outreach-';

/**
 * Offers the templates as completions in a draft as soon as "outreach-" is typed. VS Code
 * turns quick suggestions off in Markdown, so the contributed snippets would need
 * Ctrl+Space there; a trigger character brings them up without touching the user's
 * settings, and only in drafts. The name, company and referrer the draft's front matter
 * records are filled in, so the tab stops land on what only the writer knows.
 */
export class TemplateCompletions implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['-'];

  constructor(private readonly detector: DraftDetector) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.detector.isDraft(document)) return [];
    const line = document.lineAt(position.line).text.slice(0, position.character);
    const typed = /(?:^|\s)(outreach-[\w-]*)$/i.exec(line)?.[1];
    if (!typed) return [];
    const range = new vscode.Range(position.translate(0, -typed.length), position);
    const fill = templateFillerFor(document.getText());
    return TEMPLATES.flatMap((template) =>
      template.prefixes.filter((prefix) => prefix.startsWith(PREFIX_START)).map((prefix) => {
        const item = new vscode.CompletionItem({ label: prefix, description: template.name.replace(/^Outreach: /, '') }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(fill(template.body));
        item.detail = TEMPLATE_DETAIL;
        item.documentation = template.description;
        item.range = range;
        item.filterText = prefix;
        return item;
      }),
    );
  }
}
