import * as vscode from 'vscode';
import { readDraftSettings } from './settings.js';

/** Schemes of editors that show something other than a draft being written (diffs, output, chat…). */
const NOT_DRAFT_SCHEMES = new Set(['output', 'debug', 'git', 'gitfs', 'vscode-scm', 'comment', 'walkThrough', 'walkThroughSnippet', 'vscode-notebook-cell-output', 'vscode-chat-code-block']);

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const OUTREACH_KEY = /^(kind|outreach)\s*:/m;
const GREETING_LINE = /^\s*(hi|hello|hey|dear|greetings|good (morning|afternoon|evening))\b/i;
const SIGN_OFF_LINE = /^\s*(best|best regards|best wishes|regards|kind regards|warm regards|warmly|sincerely|thanks|thank you|many thanks|thanks again|cheers|all the best|with gratitude|take care|talk soon)\s*[,.!]?\s*$/im;

/**
 * Decides which documents are outreach drafts. A README must never be told it
 * lacks a time ask, so a document is linted only when it matches the include
 * globs, declares itself in front matter, is an untitled note that looks like an
 * email, or the user asked for it with "Outreach: Check This Document".
 */
export class DraftDetector {
  private static readonly CHECKED_KEY = 'outreach.checkedDocuments';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document is added to or removed from the checked list. */
  readonly onDidChangeChecked = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  isDraft(document: vscode.TextDocument): boolean {
    if (NOT_DRAFT_SCHEMES.has(document.uri.scheme)) return false;
    const settings = readDraftSettings(document.uri);
    if (!settings.enable) return false;
    if (this.isChecked(document.uri)) return true;
    if (!settings.languages.includes(document.languageId)) return false;
    if (settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
    const text = document.getText();
    if (declaresOutreach(text)) return true;
    return document.isUntitled && looksLikeEmail(text);
  }

  isChecked(uri: vscode.Uri): boolean {
    return this.checkedList().includes(uri.toString());
  }

  async setChecked(uri: vscode.Uri, checked: boolean): Promise<void> {
    const others = this.checkedList().filter((entry) => entry !== uri.toString());
    await this.state.update(DraftDetector.CHECKED_KEY, checked ? [...others, uri.toString()] : others);
    this.changed.fire(uri);
  }

  private checkedList(): string[] {
    return this.state.get<string[]>(DraftDetector.CHECKED_KEY, []);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Front matter with `kind:` or `outreach:` marks a file as a draft wherever it lives. */
export function declaresOutreach(text: string): boolean {
  const frontMatter = FRONT_MATTER.exec(text);
  return frontMatter !== null && OUTREACH_KEY.test(frontMatter[1]);
}

/** A greeting on the first line of prose and a sign-off near the end. */
export function looksLikeEmail(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '' && !/^\s*(to|cc|bcc|from|subject)\s*:/i.test(line));
  return lines.length >= 2 && GREETING_LINE.test(lines[0]) && lines.slice(-8).some((line) => SIGN_OFF_LINE.test(line));
}
