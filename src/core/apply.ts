import type { Diagnostic, Fix, TextEdit } from './types.js';

/**
 * Turns snippet syntax into plain text with each placeholder's default, so a fix
 * can be applied where there is no snippet engine (the CLI, tests, other editors).
 */
export function expandSnippet(newText: string): string {
  let out = '';
  for (let i = 0; i < newText.length; i++) {
    const char = newText[i];
    if (char === '\\' && i + 1 < newText.length && '$}\\'.includes(newText[i + 1])) {
      out += newText[++i];
    } else if (char === '$' && newText[i + 1] === '{' && /^\{\d+\|/.test(newText.slice(i + 1))) {
      // A choice, `${1|one,two|}`: its first option is the default.
      const close = newText.indexOf('|}', i);
      const options = newText.slice(newText.indexOf('|', i) + 1, close < 0 ? newText.length : close);
      out += (options.split(/(?<!\\),/)[0] ?? '').replace(/\\([,|\\])/g, '$1');
      i = close < 0 ? newText.length : close + 1;
    } else if (char === '$' && newText[i + 1] === '{') {
      const colon = newText.indexOf(':', i);
      const close = newText.indexOf('}', i);
      if (colon > 0 && close > colon && /^\d+$/.test(newText.slice(i + 2, colon))) {
        out += newText.slice(colon + 1, close);
        i = close;
      } else out += char;
    } else if (char === '$' && /\d/.test(newText[i + 1] ?? '')) {
      while (/\d/.test(newText[i + 1] ?? '')) i++;
    } else {
      out += char;
    }
  }
  return out;
}

/** Applies a fix's edits (in any order, non-overlapping) to the text. */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + expandSnippet(edit.newText) + out.slice(edit.end);
  return out;
}

const PLACEHOLDER = /\$\{\d+[:|]|\$\d/;

/** Whether a fix's text has snippet placeholders or choices (fields the writer fills in). */
export const hasPlaceholders = (newText: string): boolean => PLACEHOLDER.test(newText);

const overlaps = (a: TextEdit, b: TextEdit): boolean =>
  (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));

/**
 * Whether fix-all may apply a fix without asking: it swaps a flagged phrase for one that
 * keeps the sentence's meaning, and adds nothing the writer must fill in. Deleting the
 * writer's words, rewriting their sentence or inserting a line is always their choice,
 * since fix-all may run on save and must never lose what they wrote or invent facts.
 */
export function isSafeForFixAll(fix: Fix): boolean {
  return (
    fix.effect === 'replace' &&
    fix.edits.every((edit) => edit.end > edit.start && !hasPlaceholders(edit.newText) && expandSnippet(edit.newText).trim() !== '')
  );
}

/**
 * What "fix all" applies: for each finding, its preferred fix if that is safe (see
 * `isSafeForFixAll`), else its first safe one. Edits overlapping one already taken wait
 * for the next round. Shared by the editor, the CLI and the language server.
 */
export function fixAllEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const candidates = [...diagnostic.fixes].sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true));
    const fix = candidates.find(isSafeForFixAll);
    if (!fix || fix.edits.some((edit) => chosen.some((taken) => overlaps(edit, taken)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

/** Most rounds of fix-all; a round can only apply what the previous one left. */
const MAX_FIX_ROUNDS = 5;

/** Applies fix-all until nothing is left to apply, so applying it again changes nothing. */
export function fixAll(text: string, lintText: (text: string) => readonly Diagnostic[]): string {
  let current = text;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const edits = fixAllEdits(lintText(current));
    if (edits.length === 0) break;
    current = applyFix(current, { title: 'Fix all', edits });
  }
  return current;
}

/** What fix-all changed, in words a writer reads: "3 phrases replaced". */
export function describeFixAll(edits: readonly TextEdit[]): string {
  return `${edits.length} ${edits.length === 1 ? 'phrase' : 'phrases'} replaced`;
}
