import stems from '../../../generated/phrase-stems.json';
import { compilePhrase, type CompiledPhrase } from './phrases.js';
import { stemWord } from './sentences.js';

/**
 * The stem of every word in the rule files and kind cues, found at build time
 * (scripts/phrase-table.ts), as retext-equality compiles its data: stemming hundreds
 * of phrases would otherwise cost the first lint after start-up. Only the stems are
 * kept: the phrases compiled and expanded were over a third of the bundle, and
 * expanding them again is quick. A word not in the table (from a user's config) is
 * stemmed here.
 */
const BUILT_STEMS = stems as Record<string, string>;

const stemOf = (norm: string): string => {
  const stem = Object.hasOwn(BUILT_STEMS, norm) ? BUILT_STEMS[norm] : undefined;
  return stem === undefined ? stemWord(norm) : stem === '' ? norm : stem;
};

export function compilePrecompiled(source: string, ref: number): CompiledPhrase[] {
  return compilePhrase(source, ref, stemOf);
}
