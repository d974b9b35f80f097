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

const PLACEHOLDER = /\$\{\d+:|\$\d/;

/** Whether a fix's text has snippet placeholders (fields the writer fills in). */
export const hasPlaceholders = (newText: string): boolean => PLACEHOLDER.test(newText);

const overlaps = (a: TextEdit, b: TextEdit): boolean =>
  (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));

/**
 * What "fix all" applies: for each finding, its preferred fix if that needs no words
 * from the writer (no placeholders), since fix-all may run on save and must not invent
 * facts such as how you found someone. Edits overlapping one already taken wait for
 * the next round. Shared by the editor, the CLI and the language server.
 */
export function fixAllEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const diagnostic of diagnostics) {
    const candidates = [...diagnostic.fixes].sort((a, b) => Number(b.preferred === true) - Number(a.preferred === true));
    const fix = candidates.find((candidate) => candidate.edits.every((edit) => !hasPlaceholders(edit.newText)));
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
