import type { Fix } from './types.js';

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
