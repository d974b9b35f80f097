import { RULES } from '../engine.js';
import { heldMatches, patternPhrases, type PatternRole } from '../rule-types/presence.js';
import { compilePrecompiled } from '../text/phrase-table.js';
import { PhraseIndex, type PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/sentences.js';

interface RuleIndex {
  index: PhraseIndex;
  roles: PatternRole[];
  patterns: ReturnType<typeof patternPhrases>['patterns'];
}

const indexes = new Map<string, RuleIndex>();

/**
 * The rule's own phrases and patterns (from its file, as the build compiled them), read
 * as the presence rule type reads them, so the coach and the rule agree on what counts:
 * "I'd really appreciate a chat" is no thanks to either.
 */
function indexOf(ruleId: string): RuleIndex {
  let built = indexes.get(ruleId);
  if (!built) {
    const rule = RULES.find((candidate) => candidate.id === ruleId) as { phrases?: unknown; patterns?: Parameters<typeof patternPhrases>[1] } | undefined;
    const plain = Array.isArray(rule?.phrases) ? rule.phrases.map(String) : [];
    const { patterns, phrases, roles } = patternPhrases(plain, rule?.patterns);
    const index = new PhraseIndex();
    phrases.forEach((phrase, ref) => index.add(compilePrecompiled(phrase, ref)));
    indexes.set(ruleId, (built = { index, roles, patterns }));
  }
  return built;
}

/** Where the sentences say what the rule looks for: its phrases, and its patterns where their conditions hold. */
export function ruleMatches(ruleId: string, sentences: readonly Sentence[]): PhraseMatch[] {
  const { index, roles, patterns } = indexOf(ruleId);
  return sentences.flatMap((sentence) => {
    const held = heldMatches(index.match(sentence), (match) => roles[match.phrase.ref], patterns);
    // The same words may say it under two patterns (a phrase with another condition each): shown once.
    return held.filter((match, i) => held.findIndex((other) => other.from === match.from && other.to === match.to) === i);
  });
}
