import table from '../../../generated/phrase-table.json';
import { compilePhrase, decodeSlot, type CompiledPhrase } from './phrases.js';

/**
 * Every phrase in the rule files and kind cues, compiled at build time
 * (scripts/phrase-table.ts), as retext-equality compiles its data: stemming
 * hundreds of phrases would otherwise cost the first lint after start-up.
 * A phrase not in the table (one from a user's config) is compiled here.
 */
const PRECOMPILED = table as Record<string, string[]>;

export function compilePrecompiled(source: string, ref: number): CompiledPhrase[] {
  const variants = Object.hasOwn(PRECOMPILED, source) ? PRECOMPILED[source] : undefined;
  return variants ? variants.map((slots) => ({ source, slots: slots.split(' ').map(decodeSlot), ref })) : compilePhrase(source, ref);
}
