import { asksOf, type DraftAsk } from '../asks/index.js';
import { spansSentence } from '../asks/clauses.js';
import { keptAsksOf, readSentenceAsks } from '../asks/read.js';
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
  /**
   * Where the flagged ask is the topic of a talk asked for ("15 minutes to speak with you about
   * potential openings"), replaces only the topic, so the talk stays.
   */
  retopic?: { title: string; text: string };
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
  const topic = data.retopic && !ask.negated ? topicOfTalk(sentence, ask) : undefined;
  if (topic) fixes.push({ title: data.retopic!.title, preferred: true, effect: 'rewrite', edits: [{ start: topic.start, end: topic.end, newText: data.retopic!.text }] });
  // The rewrite is a sentence of prose: in a subject line it would replace a few words with a
  // paragraph's sentence. Where the topic can change, rewriting the clause would lose the talk.
  else if (data.rewrite && sentence.section !== 'subject') fixes.push(rewriteClause(context, clause, data.rewrite.title, data.rewrite.text, true));
  if (data.removeTitle && spansSentence(context.text, sentence, clause) && !asksMoreThan(sentence, data.flag ?? [])) fixes.push(removeSentence(context, sentence, data.removeTitle));
  return {
    start: ask.cueStart + at,
    end: ask.cueEnd + at,
    actual,
    message: ask.negated && data.negatedMessage ? data.negatedMessage : data.message,
    fixes,
  };
}

/** Words that introduce what a talk is about ("speak with you about…", "a call to discuss…"). */
const TOPIC_MARKERS: ReadonlySet<string> = new Set(['about', 'on', 'regarding', 'concerning', 'around', 're', 'discuss', 'discussing', 'explore', 'exploring', 'cover']);
/** Words that open what says when or how to talk, after a topic ("when it suits you", "over coffee", "next week"). */
const ARRANGEMENT_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'if', 'once', 'while', 'because', 'since', 'before', 'after', 'until', 'over', 'via', 'by', 'online', 'sometime', 'next', 'this', 'today', 'tomorrow', 'anytime', 'soon']);
/** Nouns that, after "in" or "at", say how or when to talk ("in person", "at your convenience"). */
const ARRANGEMENT_NOUNS: ReadonlySet<string> = new Set(['person', 'convenience', 'time', 'moment', 'earliest']);

/** Whether the word at `i` opens what says when or how to talk. */
function startsArrangement(tokens: readonly { norm: string }[], i: number): boolean {
  if (ARRANGEMENT_OPENERS.has(tokens[i].norm)) return true;
  if (tokens[i].norm !== 'in' && tokens[i].norm !== 'at') return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 3); j++) if (ARRANGEMENT_NOUNS.has(tokens[j].norm)) return true;
  return false;
}

/** Whether every bracket the words open they also close. */
function balanced(words: string): boolean {
  let depth = 0;
  for (const char of words) {
    if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char) && --depth < 0) return false;
  }
  return depth === 0;
}

/** Words that join a second topic on ("… and about …"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);
/** Where a topic's words stop: a clause's comma, a dash or bracket, or the sentence's end. */
const CLAUSE_BREAK = /[,;:.?!()\u2013\u2014]/;

/**
 * The words after a talk asked for that make the flagged ask its topic: "would be grateful
 * for 15 minutes to speak with you about potential openings" → "potential openings". The
 * talk's cue must start within the flagged cue and end before it does; the topic runs from
 * the word after "about" or "discuss" to the end of its clause. Undefined where the sentence
 * asks for no talk there, or no such word marks the topic.
 */
function topicOfTalk(sentence: Sentence, ask: SentenceSpan): { start: number; end: number } | undefined {
  const at = sentence.start;
  const talk = readSentenceAsks(sentence).find((other) => other.type === 'meeting' && !other.negated && other.cueStart >= ask.cueStart && other.cueEnd < ask.cueEnd);
  if (!talk) return undefined;
  const { tokens } = sentence;
  // The talk's last word may itself mark the topic ("I'd love to discuss …").
  let talkEnd = -1;
  while (talkEnd + 1 < tokens.length && tokens[talkEnd + 1].end <= at + talk.cueEnd) talkEnd++;
  const from = talkEnd >= 0 ? tokens[talkEnd].start : at + talk.cueEnd;
  const inCue = (i: number) => i < tokens.length && tokens[i].start >= from && tokens[i].end <= at + ask.cueEnd;
  let marker = tokens.findIndex((token, i) => inCue(i) && TOPIC_MARKERS.has(token.norm));
  if (marker < 0 || !inCue(marker + 1)) return undefined;
  // A second topic joined on ("your research and about openings in your lab"): only that one is the job's.
  for (let i = marker + 2; inCue(i + 1); i++) if (TOPIC_MARKERS.has(tokens[i].norm) && JOINERS.has(tokens[i - 1].norm)) marker = i;
  let last = marker + 1;
  while (inCue(last + 1)) last++;
  // The topic runs on to the end of its clause ("how a candidate like me might gain entry",
  // "openings on your team"), short of what says when or how to talk ("when it suits you",
  // "in person or online"), which the talk keeps.
  const breaksAfter = (i: number) => CLAUSE_BREAK.test(sentence.text.slice(tokens[i].end - at, tokens[i + 1].start - at));
  while (last + 1 < tokens.length && tokens[last + 1].end <= at + ask.end && !breaksAfter(last) && !startsArrangement(tokens, last + 1)) last++;
  const start = tokens[marker + 1].start;
  const end = tokens[last].end;
  // Two topics joined ("your team's work and the hiring priorities"), or a topic that ends
  // inside brackets or runs into the next sentence, are left to the clause's rewrite: a
  // replacement there would take the innocent topic, or a bracket or full stop, with it.
  const words = sentence.text.slice(start - at, end - at);
  if (tokens.slice(marker + 1, last + 1).some((token) => JOINERS.has(token.norm))) return undefined;
  if (!balanced(words) || /^[)\]}>]/.test(sentence.text.slice(end - at)) || /[.?!]$/.test(words)) return undefined;
  return { start, end };
}

/**
 * The sentence also asks for something of another type the writer wants kept ("I have
 * attached my resume and would be grateful to speak with you about openings"): removing
 * it would lose that ask, so only the rewrite of the clause is offered.
 */
function asksMoreThan(sentence: Sentence, flagged: readonly AskType[]): boolean {
  return keptAsksOf(sentence).some((ask) => !flagged.includes(ask.type));
}

export const askType = ruleType<AskRuleData>({
  keys: ['flag', 'require', 'negatedMessage', 'lookedBackMessage', 'lookedBackExample', 'vagueMessage', 'rewrite', 'retopic', 'removeTitle', 'anchor', 'insert'],
  phrasesOf: () => [],
  userPhrases: true,
  compile: compileAskRule,
});
