// Compiles every phrase of the rule files and the kind cues into the table the core
// loads (generated/phrase-table.json). Run by esbuild.config.mjs at build time.
import { writeFileSync } from 'node:fs';
import rules from '../generated/rules.json';
import vocabulary from '../generated/vocabulary.json';
import { compilePhrase, encodeSlot } from '../src/core/text/phrases.js';

/** Keys of rule files whose values are phrase lists. */
const PHRASE_KEYS = new Set(['phrases', 'when', 'unless', 'openEnded', 'onlyIf']);

function collect(value: unknown, key: string | undefined, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === 'string' && key && PHRASE_KEYS.has(key)) into.add(item);
      else collect(item, key, into);
    }
  } else if (value && typeof value === 'object') {
    for (const [childKey, child] of Object.entries(value)) if (childKey !== 'examples') collect(child, childKey, into);
  }
}

export function writePhraseTable(path: string): number {
  const phrases = new Set<string>(Object.values(vocabulary as Record<string, string[]>).flat());
  collect(rules, undefined, phrases);
  const table: Record<string, unknown> = {};
  for (const phrase of phrases) {
    try {
      table[phrase] = compilePhrase(phrase, 0).map((compiled) => compiled.slots.map(encodeSlot).join(' '));
    } catch (error) {
      throw new Error(`phrase "${phrase}": ${(error as Error).message}`);
    }
  }
  writeFileSync(path, JSON.stringify(table));
  return phrases.size;
}
