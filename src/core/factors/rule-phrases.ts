import { RULES } from '../engine.js';
import { compilePrecompiled } from '../text/phrase-table.js';
import { PhraseIndex, type PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/sentences.js';

const indexes = new Map<string, PhraseIndex>();

/** The rule's own phrases (from its file, as the build compiled them), so the coach and the rule agree on what counts. */
function indexOf(ruleId: string): PhraseIndex {
  let index = indexes.get(ruleId);
  if (!index) {
    index = new PhraseIndex();
    const phrases = RULES.find((rule) => rule.id === ruleId)?.phrases;
    if (Array.isArray(phrases)) phrases.forEach((phrase, ref) => index!.add(compilePrecompiled(String(phrase), ref)));
    indexes.set(ruleId, index);
  }
  return index;
}

/** Where the sentences say one of the rule's phrases. */
export function ruleMatches(ruleId: string, sentences: readonly Sentence[]): PhraseMatch[] {
  const index = indexOf(ruleId);
  return sentences.flatMap((sentence) => index.match(sentence));
}
