import type { Sentence } from '../text/sentences.js';
import type { Fix } from '../types.js';
import type { DraftContext, Finding, RuleBehaviour, RuleMatch } from './context.js';
import { deletionTitle, escapeSnippet, removeSentence } from './edits.js';
import type { RuleOptions } from './options.js';
import { compilePhraseRule, phraseType, type PhraseRuleData } from './phrase.js';
import { ruleType } from './rule-type.js';

/**
 * `hedge`: phrases as in `phrase` ("sorry to bother you", "I know you're busy"), whose
 * first fix deletes only the hedge and leaves a sentence that still reads: the comma or
 * "but" that tied it to the rest goes with it, and what now starts the sentence gets a
 * capital. A hedge woven into its sentence ("I hope you don't mind me writing to ask
 * about…") has no clean cut, so it gets no deletion. Patterns with `replace` keep their
 * replacements ("I just wanted to" → "I wanted to").
 */
export type HedgeRuleData = PhraseRuleData;

/** What may join a hedge to the rest of its sentence, and goes with it. */
const JOINT_AFTER = /^\s*(?:[,;:]|\s[-–—]|[-–—])?\s*(?:(?:but|so|however|though)\b[,]?\s*)?/i;
const JOINT_BEFORE = /\s*(?:[,;:]|\s[-–—]|[-–—])\s*$/;
/** A hedge that opens a subordinate clause ("if it's not too much trouble") can end a sentence without a comma. */
const SUBORDINATE = /^(?:if|as|since|though|although)\b/i;
const WORD = /[\p{L}\p{N}]/u;

export function compileHedgeRule(data: HedgeRuleData, options: RuleOptions): RuleBehaviour {
  const phraseRule = compilePhraseRule(data, options);
  // Every hedge the rule's phrases found goes in the cut when it directly follows the flagged one.
  const withCut = (context: DraftContext, sentences: readonly Sentence[], findings: Finding[], matches: readonly RuleMatch[]) =>
    findings.map((finding) => {
      if (finding.expected) return finding;
      const sentence = sentences.find((candidate) => finding.start >= candidate.start && finding.end <= candidate.end);
      const cut = sentence && cutHedge(context, sentence, finding, matches.filter((match) => match.sentence === sentence));
      return cut ? { ...finding, fixes: [cut, ...finding.fixes] } : finding;
    });
  return {
    ...phraseRule,
    checkBlock: phraseRule.checkBlock && ((context, block, matches) => withCut(context, block.sentences, phraseRule.checkBlock!(context, block, matches), matches)),
    check: (context, matches) => withCut(context, context.sentences, phraseRule.check(context, matches), matches),
  };
}

/**
 * The edit that deletes the hedge `span` from its sentence, or undefined when no cut leaves
 * a whole sentence. Other hedges (`others`) right after it go too: "Forgive me for writing,
 * so sorry to bother" cut after the first would leave "Sorry to bother" to flag again.
 */
export function cutHedge(context: DraftContext, sentence: Sentence, flagged: { start: number; end: number }, others: readonly { start: number; end: number }[] = []): Fix | undefined {
  const { text } = context;
  const span = { start: flagged.start, end: flagged.end };
  for (let next = hedgeAfter(text, span.end, sentence.end, others); next; next = hedgeAfter(text, span.end, sentence.end, others)) span.end = next.end;
  const before = text.slice(sentence.start, span.start);
  const after = text.slice(span.end, sentence.end);
  // The title names every hedge the cut takes.
  const hedge = text.slice(span.start, span.end);
  const remove = (start: number, end: number, newText = ''): Fix => ({
    title: deletionTitle(hedge),
    preferred: false,
    effect: 'remove',
    edits: [{ start, end, newText }],
  });
  const opens = !WORD.test(before);
  const closes = !WORD.test(after);
  if (opens && closes) return removeSentence(context, sentence);
  if (opens) {
    const joint = JOINT_AFTER.exec(after)![0];
    // "Sorry to bother you with this" → "With this…" would not read: only a joint may follow.
    if (joint.trim() === '' && !/^\s*[.?!]/.test(after)) return undefined;
    const restAt = span.end + joint.length;
    const first = text[restAt];
    const capital = first && first.toUpperCase() !== first ? escapeSnippet(first.toUpperCase()) : undefined;
    return capital ? remove(span.start, restAt + 1, capital) : remove(span.start, restAt);
  }
  if (closes) {
    const joint = JOINT_BEFORE.exec(before)?.[0];
    if (joint) return remove(span.start - joint.length, span.end);
    if (SUBORDINATE.test(hedge) && /\s$/.test(before)) return remove(span.start - (before.length - before.trimEnd().length), span.end);
    return undefined;
  }
  // In the middle, set off on both sides: "Could you, if it's no trouble, spare…".
  const jointBefore = JOINT_BEFORE.exec(before)?.[0];
  const jointAfter = /^\s*(?:[,;:]|[-–—])\s*/.exec(after)?.[0];
  if (jointBefore && jointAfter) return remove(span.start - jointBefore.length, span.end + jointAfter.length, ' ');
  return undefined;
}

/** A hedge of `others` that starts right after `end`, past only a joint ("so", a comma…), and goes beyond it. */
function hedgeAfter(text: string, end: number, sentenceEnd: number, others: readonly { start: number; end: number }[]): { start: number; end: number } | undefined {
  const restAt = end + JOINT_AFTER.exec(text.slice(end, sentenceEnd))![0].length;
  return others.find((other) => other.start === restAt && other.end > end);
}

export const hedgeType = ruleType<HedgeRuleData>({
  ...phraseType,
  compile: compileHedgeRule,
});
