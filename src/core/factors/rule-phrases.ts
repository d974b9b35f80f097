import { RULES } from '../engine.js';
import { compilePrecompiled } from '../text/phrase-table.js';
import { PhraseIndex, type PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/sentences.js';

/** A presence rule's pattern: phrases that count where a `when` phrase is also said and no `unless` phrase is. */
interface Pattern {
  phrases: string[];
  when?: string[];
  unless?: string[];
}

/** What a phrase of the index is for: a main phrase of pattern `pattern` (-1: the plain list), or one of its conditions. */
type Role = { pattern: number; role: 'main' | 'when' | 'unless' };

interface RuleIndex {
  index: PhraseIndex;
  roles: Role[];
}

const indexes = new Map<string, RuleIndex>();

/**
 * The rule's own phrases and patterns (from its file, as the build compiled them), so the
 * coach and the rule agree on what counts: "I'd really appreciate a chat" is no thanks to
 * either.
 */
function indexOf(ruleId: string): RuleIndex {
  let built = indexes.get(ruleId);
  if (!built) {
    const rule = RULES.find((candidate) => candidate.id === ruleId) as { phrases?: unknown; patterns?: Pattern[] } | undefined;
    const index = new PhraseIndex();
    const roles: Role[] = [];
    const add = (phrase: string, role: Role) => (index.add(compilePrecompiled(String(phrase), roles.length)), roles.push(role));
    if (Array.isArray(rule?.phrases)) for (const phrase of rule.phrases) add(String(phrase), { pattern: -1, role: 'main' });
    (rule?.patterns ?? []).forEach((pattern, at) => {
      for (const phrase of pattern.phrases) add(phrase, { pattern: at, role: 'main' });
      for (const phrase of pattern.when ?? []) add(phrase, { pattern: at, role: 'when' });
      for (const phrase of pattern.unless ?? []) add(phrase, { pattern: at, role: 'unless' });
    });
    indexes.set(ruleId, (built = { index, roles }));
  }
  return built;
}

/** Where the sentences say what the rule looks for: its phrases, and its patterns where their conditions hold. */
export function ruleMatches(ruleId: string, sentences: readonly Sentence[]): PhraseMatch[] {
  const { index, roles } = indexOf(ruleId);
  return sentences.flatMap((sentence) => {
    const matches = index.match(sentence);
    const said = (pattern: number, role: Role['role']) => matches.some((match) => roles[match.phrase.ref].pattern === pattern && roles[match.phrase.ref].role === role);
    return matches.filter((match) => {
      const { pattern, role } = roles[match.phrase.ref];
      if (role !== 'main' || pattern === -1) return role === 'main';
      const needsWhen = roles.some((other) => other.pattern === pattern && other.role === 'when');
      return (!needsWhen || said(pattern, 'when')) && !said(pattern, 'unless');
    });
  });
}
