import type { CodeAction } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { expandSnippet, type Fix } from '../core/index.js';

/** Longest quote of draft text in a title; menus show one line. */
const MAX_QUOTE = 60;

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return `'${line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE - 1).trimEnd()}…` : line}'`;
}

/**
 * A title that names what the fix changes, so a client that picks actions by title
 * (eglot, Neovim's selector) can tell them apart: "Remove 'Are you hiring…?'",
 * "Replace 'an hour' with '20 minutes'". A fix that only inserts keeps the core's
 * title, which says what it adds; so does one whose title already quotes its text.
 */
export function fixTitle(document: TextDocument, fix: Fix): string {
  const changed = fix.edits.filter((edit) => edit.end > edit.start);
  if (changed.length === 0) return fix.title;
  const text = document.getText().slice(changed[0].start, changed[0].end);
  // Only spaces or line breaks change: nothing worth quoting.
  if (text.trim() === '') return fix.title;
  const old = quote(text);
  if (fix.title.includes(old.slice(1, -1))) return fix.title;
  const others = changed.length > 1 ? ` and ${changed.length - 1} more` : '';
  if (fix.edits.every((edit) => edit.newText === '')) return `Remove ${old}${others}`;
  const replacement = changed.length === fix.edits.length ? expandSnippet(changed[0].newText) : '';
  if (changed.length === 1 && fix.edits.length === 1 && replacement.trim() !== '') return `Replace ${old} with ${quote(replacement)}`;
  return `${fix.title}: ${old}${others}`;
}

/**
 * Code actions with unique titles. Actions that make the same edit under the same
 * title (two findings, one sentence to remove) become one action for both
 * findings; different edits under one title are told apart by where they start.
 */
export function withUniqueTitles(document: TextDocument, actions: CodeAction[]): CodeAction[] {
  const merged: CodeAction[] = [];
  for (const action of actions) {
    const same = merged.find((other) => other.title === action.title && JSON.stringify(other.edit) === JSON.stringify(action.edit));
    if (!same) {
      merged.push(action);
      continue;
    }
    same.diagnostics = [...(same.diagnostics ?? []), ...(action.diagnostics ?? [])];
    if (action.isPreferred) same.isPreferred = true;
  }
  const groups = new Map<string, CodeAction[]>();
  for (const action of merged) groups.set(action.title, [...(groups.get(action.title) ?? []), action]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let places = group.map((action) => placeOf(document, action, false));
    if (new Set(places).size < places.length) places = group.map((action) => placeOf(document, action, true));
    group.forEach((action, index) => (action.title = `${action.title} (${places[index]})`));
  }
  // Same place, different edits: number what is left, in order.
  const seen = new Map<string, number>();
  for (const action of merged) {
    const n = (seen.get(action.title) ?? 0) + 1;
    seen.set(action.title, n);
    if (n > 1) action.title = `${action.title} #${n}`;
  }
  return merged;
}

function placeOf(document: TextDocument, action: CodeAction, withColumn: boolean): string {
  const edits = Object.values(action.edit?.changes ?? {}).flat();
  const first = edits.reduce<(typeof edits)[number] | undefined>(
    (earliest, edit) => (!earliest || document.offsetAt(edit.range.start) < document.offsetAt(earliest.range.start) ? edit : earliest),
    undefined,
  );
  if (!first) return 'no edit';
  const { line, character } = first.range.start;
  return withColumn ? `line ${line + 1}, column ${character + 1}` : `line ${line + 1}`;
}
