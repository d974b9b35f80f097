import { asksOf, type DraftAsk } from '../asks/index.js';
import { spansSentence } from '../asks/clauses.js';
import { readSentenceAsks } from '../asks/read.js';
import type { RuleData } from '../rule-data.js';
import { subjectOf } from '../stats.js';
import type { Sentence } from '../text/sentences.js';
import type { AskType, Fix } from '../types.js';
import type { DraftContext, Finding, RuleBehaviour, RuleMatch } from './context.js';
import { missingLine, removeSentence, rewriteClause, type Anchor } from './edits.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `ask`: judges what the draft asks the reader to do (the ask model in core/asks).
 * - `flag`: each ask of these types is a finding on the words that make it, with a
 *   fix that rewrites the clause carrying it (and a removal only when that clause is
 *   the whole sentence). Phrases a user adds are flagged as asks of the same kind.
 * - `require`: the draft must make an ask of one of these types (`any` for any ask);
 *   when it makes none, one finding sits where the ask belongs, with an insert fix.
 */
export interface AskRuleData extends RuleData {
  flag?: AskType[];
  require?: (AskType | 'any')[];
  /** Used when the ask is said in denial ("I'm not asking for a job"). */
  negatedMessage?: string;
  /** Used for a talk looked back on with thanks that shows what the writer pursues (a job interview thanked for); such thanks get no fix. */
  lookedBackMessage?: string;
  /** The example shown with `lookedBackMessage`: better thanks, where the rule's example is a better ask. */
  lookedBackExample?: string;
  /** With `require`: used when the draft asks something the model cannot name ("Would you be interested?"), so an ask is there but not clear. */
  vagueMessage?: string;
  /** Replaces the clause that carries a flagged ask. */
  rewrite?: { title: string; text: string };
  removeTitle?: string;
  anchor?: Anchor;
  insert?: { title: string; text: string };
}

export function compileAskRule(data: AskRuleData, options: RuleOptions): RuleBehaviour {
  if (data.require) {
    const wanted = data.require;
    return {
      phrases: [],
      wholeDraft: true,
      check(context) {
        const asks = asksOf(context);
        if (asks.some((ask) => wanted.includes('any') || wanted.includes(ask.type))) return [];
        const vague = data.vagueMessage !== undefined && asks.some((ask) => ask.type === 'other' && !ask.negated);
        return [missingLine(context, data.anchor ?? 'before-closing', vague ? data.vagueMessage! : data.message, data.insert)];
      },
    };
  }
  const flagged = data.flag ?? [];
  const findingsIn = (context: DraftContext, sentences: Sentence[], matches: RuleMatch[]): Finding[] => {
    const findings: Finding[] = [];
    for (const sentence of sentences) {
      const asks = readSentenceAsks(sentence).filter((ask) => flagged.includes(ask.type));
      for (const ask of asks) findings.push(askFinding(context, data, sentence, ask));
      // A phrase the user added counts where the model found no ask of this kind.
      const extra = matches.find((match) => match.sentence === sentence);
      if (extra && asks.length === 0) {
        const start = extra.start - sentence.start;
        const end = extra.end - sentence.start;
        findings.push(askFinding(context, data, sentence, { start, end, cueStart: start, cueEnd: end, negated: false }));
      }
    }
    return findings;
  };
  return {
    phrases: options.extraPhrases,
    checkBlock: (context, block, matches) => findingsIn(context, block.sentences, matches),
    // Outside prose blocks only the subject line is left (its sentences come first).
    check: (context, matches) => findingsIn(context, subjectOf(context.sentences), matches),
  };
}

type SentenceSpan = Pick<DraftAsk, 'start' | 'end' | 'cueStart' | 'cueEnd' | 'negated'> & { lookedBack?: boolean };

/** The finding is on the words that make the ask; its fixes change only the clause that carries them. */
function askFinding(context: DraftContext, data: AskRuleData, sentence: Sentence, ask: SentenceSpan): Finding {
  const at = sentence.start;
  const clause = { start: ask.start + at, end: ask.end + at };
  const actual = context.text.slice(ask.cueStart + at, ask.cueEnd + at);
  const fixes: Fix[] = [];
  // Thanks are never rewritten away: the writer decides what the note is for.
  if (ask.lookedBack) return { start: ask.cueStart + at, end: ask.cueEnd + at, actual, message: data.lookedBackMessage ?? data.message, example: data.lookedBackExample, fixes };
  // The rewrite is a sentence of prose: in a subject line it would replace a few words with a paragraph's sentence.
  if (data.rewrite && sentence.section !== 'subject') fixes.push(rewriteClause(context, clause, data.rewrite.title, data.rewrite.text, true));
  if (data.removeTitle && spansSentence(context.text, sentence, clause)) fixes.push(removeSentence(context, sentence, data.removeTitle));
  return {
    start: ask.cueStart + at,
    end: ask.cueEnd + at,
    actual,
    message: ask.negated && data.negatedMessage ? data.negatedMessage : data.message,
    fixes,
  };
}

export const askType = ruleType<AskRuleData>({
  keys: ['flag', 'require', 'negatedMessage', 'lookedBackMessage', 'lookedBackExample', 'vagueMessage', 'rewrite', 'removeTitle', 'anchor', 'insert'],
  phrasesOf: () => [],
  userPhrases: true,
  compile: compileAskRule,
});
