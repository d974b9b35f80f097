import { CONTRACTION_FIRST_WORDS, CONTRACTIONS, EXPANSIONS, normalizeWord, stemWord, type Sentence, type Token } from './sentences.js';

/**
 * Phrases are word sequences, never regular expressions, so a phrase from a
 * user's config cannot hang the linter. Syntax, one slot per word:
 *   `ask`        matches any inflection of the word (by stem): ask, asks, asking
 *   `=hiring`    matches that exact word form only
 *   `a|an|the`   matches any of the alternatives
 *   `you?`       the slot is optional (also `a|the?`)
 *   `*`          any one word (not first or last)
 *   `#`          any one word with a digit: 3pm, 14:00, 28th (not first)
 *
 * We match on our own token lists instead of with nlcst-search because we need
 * stems, alternatives and one pass for every rule's phrases at once.
 */
export interface CompiledPhrase {
  /** The phrase as written, for messages and debugging. */
  source: string;
  slots: Slot[];
  /** Caller's payload (which rule and pattern the phrase belongs to). */
  ref: number;
  /** The slots as word ids, made on first match (see `codeOf`), and the word table's epoch they belong to. */
  code?: Int32Array;
  codeEpoch?: number;
}

/** `words`: the slot's alternatives as written (normalised), before stemming. */
type Slot = { any: true; number?: boolean } | { any: false; stems: string[]; exact: boolean; words: string[] };

export const MAX_PHRASE_WORDS = 12;
const MAX_PHRASE_LENGTH = 200;

export class PhraseError extends Error {}

/** Expands optional slots, so the result is a list of fixed-length alternatives. `stem` gives a word's stem (the build's table passes its own). */
export function compilePhrase(source: string, ref: number, stem: (norm: string) => string = stemWord): CompiledPhrase[] {
  if (source.length > MAX_PHRASE_LENGTH) throw new PhraseError(`phrase is longer than ${MAX_PHRASE_LENGTH} characters`);
  const words = source.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) throw new PhraseError('phrase is empty');
  if (words.length > MAX_PHRASE_WORDS) throw new PhraseError(`phrase has more than ${MAX_PHRASE_WORDS} words`);
  // Built in place with loops: every phrase of the rule files is compiled at start-up.
  let variants: Slot[][] = [[]];
  for (const word of words) {
    const optional = word.length > 1 && word.endsWith('?');
    const slot = compileSlot(optional ? word.slice(0, -1) : word, source, stem);
    if (!optional) {
      for (const variant of variants) variant.push(slot);
      continue;
    }
    const both: Slot[][] = [];
    for (const variant of variants) both.push(variant, [...variant, slot]);
    variants = both;
  }
  variants = withContractions(variants, stem);
  // Optional wildcards side by side ("you *? *? know") expand to the same variant more than once: each is kept once.
  const seen = variants.length > 1 ? new Set<string>() : undefined;
  const compiled: CompiledPhrase[] = [];
  for (const slots of variants) {
    const last = slots[slots.length - 1];
    if (slots.length === 0 || slots[0].any || (last.any && !last.number)) continue;
    if (seen) {
      const key = slots.map(slotKey).join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
    }
    compiled.push({ source, slots, ref });
  }
  if (compiled.length === 0) throw new PhraseError('phrase must start with a word, and end with a word or `#`, not `*`');
  return compiled;
}

const slotKey = (slot: Slot): string => (slot.any ? (slot.number ? '#' : '*') : `${slot.exact ? '=' : ''}${slot.stems.join('|')}`);

/** Lower-case ASCII letters and digits, with inner dots and hyphens: what normalizeWord leaves as it is. */
const PLAIN_WORD = /^[a-z0-9][a-z0-9.\-]*$/;

/**
 * Slots by the word written: the rule files use a few hundred words in thousands of
 * phrases, all compiled at start-up. A slot is never changed once made. Bounded: a
 * user's config adds phrases, not without end.
 */
const slotCache = new Map<string, Slot>();
const SLOT_CACHE_WORDS = 20_000;

function compileSlot(word: string, source: string, stem: (norm: string) => string): Slot {
  let slot = slotCache.get(word);
  if (!slot) {
    slot = compileNewSlot(word, source, stem);
    if (slotCache.size < SLOT_CACHE_WORDS) slotCache.set(word, slot);
  }
  return slot;
}

function compileNewSlot(word: string, source: string, stem: (norm: string) => string): Slot {
  if (word === '*') return { any: true };
  if (word === '#') return { any: true, number: true };
  const exact = word.startsWith('=');
  const written = (exact ? word.slice(1) : word).split('|');
  // Nearly every word of the rule files is plain lower-case ASCII, already normal and one
  // token, so the check is cheap: the phrases are compiled at start-up.
  let plain = true;
  for (let i = 0; i < written.length && plain; i++) plain = PLAIN_WORD.test(written[i]);
  const alternatives = plain ? written : written.map(normalizeWord).filter(Boolean);
  if (alternatives.length === 0) throw new PhraseError(`empty word in "${source}"`);
  // A word of the phrase must be one token, as the parser will split the draft.
  for (const alternative of plain ? [] : alternatives) {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}.\-]*$/u.test(alternative)) throw new PhraseError(`"${alternative}" is not a single word in "${source}"`);
  }
  if (exact) return { any: false, exact, stems: distinct(alternatives), words: alternatives };
  return { any: false, exact, stems: distinct(alternatives.map(stem)), words: alternatives };
}

/**
 * A slot's stems, each once: alternatives can share a stem ("apologize|apologise"), and the
 * index files a phrase under each stem, so a repeated one would match it twice.
 */
const distinct = (values: string[]): string[] => (values.length === 1 ? values : [...new Set(values)]);

/**
 * Each variant again with its contractions written the other way: two words that have a
 * contraction ("you are") also match it ("you're", read as "youre"), and a contraction
 * written in the phrase also matches its two words. A writer may use either form, and a
 * rule's author wrote one. The contraction is matched exactly: its stem may be another
 * word's ("youre" stems to "your").
 */
function withContractions(variants: Slot[][], stem: (norm: string) => string): Slot[][] {
  let more: Slot[][] | undefined;
  for (const slots of variants) {
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      if (slot.any) continue;
      const next = slots[k + 1];
      if (next && !next.any) {
        let joined: string[] | undefined;
        for (const first of slot.words) {
          if (!CONTRACTION_FIRST_WORDS.has(first)) continue;
          for (const second of next.words) {
            const contraction = CONTRACTIONS.get(`${first} ${second}`);
            if (contraction) (joined ??= []).push(contraction);
          }
        }
        if (joined) (more ??= []).push([...slots.slice(0, k), { any: false, exact: true, stems: distinct(joined), words: joined }, ...slots.slice(k + 2)]);
      }
      for (const word of slot.words) {
        const expanded = EXPANSIONS.get(word);
        // Where the slot holds the contraction's second word too ("=im|am"), that word already matches.
        if (!expanded || slot.words.includes(expanded[1])) continue;
        const [first, second] = expanded.map((part): Slot => ({ any: false, exact: slot.exact, stems: [slot.exact ? part : stem(part)], words: [part] }));
        (more ??= []).push([...slots.slice(0, k), first, second, ...slots.slice(k + 1)]);
      }
    }
  }
  return more ? [...variants, ...more] : variants;
}

/** A phrase found in a sentence; its offsets are read from its words, so it moves with them. */
export class PhraseMatch {
  constructor(
    readonly phrase: CompiledPhrase,
    readonly sentence: Sentence,
    /** Index of the first and one past the last matched token. */
    readonly from: number,
    readonly to: number,
  ) {}

  get start(): number {
    return this.sentence.tokens[this.from].start;
  }

  get end(): number {
    return this.sentence.tokens[this.to - 1].end;
  }
}

/**
 * All phrases of all rules, indexed by their first word and then their second, for one
 * pass over a sentence: a common first word ("I", "if") starts a hundred phrases, and
 * looking at each of them at every "I" of a draft was most of the matching.
 */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, FirstWordPhrases>();
  /** The same buckets by the first word's id, made when first matched after an `add`, or when the word table starts again. */
  private byFirstId: (FirstWordPhrases | undefined)[] = [];
  private byFirstIdEpoch = -1;

  add(phrases: CompiledPhrase[]): void {
    this.byFirstIdEpoch = -1;
    for (const phrase of phrases) {
      const first = phrase.slots[0];
      if (first.any) continue;
      for (const stem of first.stems) {
        let bucket = this.byFirstWord.get(stem);
        if (!bucket) this.byFirstWord.set(stem, (bucket = { count: 0, anySecond: [], bySecond: new Map() }));
        const entry = { phrase, rank: bucket.count++ };
        const second = phrase.slots[1];
        if (!second || second.any) bucket.anySecond.push(entry);
        else for (const value of second.stems) (bucket.bySecond.get(value) ?? bucket.bySecond.set(value, []).get(value)!).push(entry);
      }
    }
  }

  /** Every match in the sentence; overlapping matches of different phrases are all kept. */
  match(sentence: Sentence): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const tokens = sentence.tokens;
    // The table starts again only here, between matches, so the ids of one match all belong to one epoch.
    if (wordTable.size > MAX_TABLE_WORDS) {
      wordTable.clear();
      wordTableEpoch++;
      wordTableVersion++;
    }
    const byFirstId = this.firstWordBuckets();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.idsVersion !== wordTableVersion) readIds(token);
      // In the order of the phrases starting with the token's stem, then those starting with its form alone.
      const byStem = token.stemId >= 0 && token.stemId < byFirstId.length ? byFirstId[token.stemId] : undefined;
      if (byStem) this.addMatches(matches, sentence, i, byStem, undefined);
      const byNorm = token.normId === token.stemId || token.normId < 0 || token.normId >= byFirstId.length ? undefined : byFirstId[token.normId];
      if (byNorm) this.addMatches(matches, sentence, i, byNorm, token.stem);
    }
    return matches;
  }

  /** The buckets by first word id: looked up for every word of every sentence, an array read where a map's was a trip through memory. */
  private firstWordBuckets(): (FirstWordPhrases | undefined)[] {
    if (this.byFirstIdEpoch !== wordTableEpoch) {
      const byId: (FirstWordPhrases | undefined)[] = [];
      for (const [word, bucket] of this.byFirstWord) byId[wordId(word)] = bucket;
      // Filled, not holey, so reading a word without phrases stays a plain array read.
      for (let i = 0; i < byId.length; i++) byId[i] ??= undefined;
      this.byFirstId = byId;
      this.byFirstIdEpoch = wordTableEpoch;
    }
    return this.byFirstId;
  }

  /** The bucket's phrases that match at `at`, in the order they were added; `skipStem`: leave those that also start with it (already read). */
  private addMatches(matches: PhraseMatch[], sentence: Sentence, at: number, bucket: FirstWordPhrases, skipStem: string | undefined): void {
    const tokens = sentence.tokens;
    const next = tokens[at + 1];
    // A loop over the three lists, not a closure called three times: this runs for most
    // words of every sentence, and the closure's context cost more than the tests in it.
    let found = matchingEntries(bucket.anySecond, tokens, at, skipStem, undefined);
    if (next) {
      found = matchingEntries(bucket.bySecond.get(next.stem), tokens, at, skipStem, found);
      if (next.norm !== next.stem) found = matchingEntries(bucket.bySecond.get(next.norm), tokens, at, skipStem, found);
    }
    if (!found) return;
    // In the bucket's order. A few entries at most: an insertion sort allocates nothing, where sort() did on every call.
    for (let i = 1; i < found.length; i++) {
      const entry = found[i];
      let j = i - 1;
      for (; j >= 0 && found[j].rank > entry.rank; j--) found[j + 1] = found[j];
      found[j + 1] = entry;
    }
    for (const { phrase } of found) matches.push(new PhraseMatch(phrase, sentence, at, at + phrase.slots.length));
  }
}

/** The entries that match at `at`, added to `found` (made when the first one does); an entry listed under two words is kept once. */
function matchingEntries(entries: PhraseEntry[] | undefined, tokens: Token[], at: number, skipStem: string | undefined, found: PhraseEntry[] | undefined): PhraseEntry[] | undefined {
  if (!entries) return found;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (skipStem !== undefined && (entry.phrase.slots[0] as { stems: string[] }).stems.includes(skipStem)) continue;
    if (matchesAt(entry.phrase, tokens, at) && !(found !== undefined && found.includes(entry))) (found ??= []).push(entry);
  }
  return found;
}

/** A phrase in a first word's bucket, with its place among the bucket's phrases. */
interface PhraseEntry {
  phrase: CompiledPhrase;
  rank: number;
}

/** The phrases that start with one word: by their second word, and those whose second can be any word (or that have one word). */
interface FirstWordPhrases {
  count: number;
  anySecond: PhraseEntry[];
  bySecond: Map<string, PhraseEntry[]>;
}

function matchesAt(phrase: CompiledPhrase, tokens: Token[], at: number): boolean {
  const length = phrase.slots.length;
  if (at + length > tokens.length) return false;
  const code = codeOf(phrase);
  let p = 0;
  for (let k = 0; k < length; k++) {
    const kind = code[p];
    const count = code[p + 1];
    p += 2;
    const token = tokens[at + k];
    if (kind === ANY_WORD) continue;
    if (kind === NUMBER_WORD) {
      if (!/\d/.test(token.norm)) return false;
      continue;
    }
    if (token.idsVersion !== wordTableVersion) readIds(token);
    // A slot matches the word's stem or its form; an exact slot only its form.
    const norm = token.normId;
    const stem = kind === EXACT_WORD ? norm : token.stemId;
    let found = false;
    for (let i = p; i < p + count && !found; i++) found = code[i] === norm || code[i] === stem;
    if (!found) return false;
    p += count;
  }
  return true;
}

/**
 * Phrases are matched by word ids, not strings: a draft's words are looked up in the table
 * once (and kept on their tokens), and a phrase's slots are one small array of ids. Comparing
 * strings through the slot objects reached memory all over the heap. The table holds the
 * words of the phrases matched so far, so it grows with the rule files and configs; past its
 * bound it starts again (a new epoch) before the next match, and indexes, phrases and tokens
 * read their ids again as they are next matched.
 */
const wordTable = new Map<string, number>();
const MAX_TABLE_WORDS = 100_000;
let wordTableEpoch = 0;
/** Changes whenever a word is added or the table starts again: a token's ids are read again then. */
let wordTableVersion = 0;

const ANY_WORD = 0;
const NUMBER_WORD = 1;
const STEM_WORD = 2;
const EXACT_WORD = 3;

function readIds(token: Token): void {
  token.normId = wordTable.get(token.norm) ?? -1;
  token.stemId = token.stem === token.norm ? token.normId : (wordTable.get(token.stem) ?? -1);
  token.idsVersion = wordTableVersion;
}

function wordId(word: string): number {
  let id = wordTable.get(word);
  if (id === undefined) {
    id = wordTable.size;
    wordTable.set(word, id);
    wordTableVersion++;
  }
  return id;
}

/** A phrase's slots as [kind, count, ids…] each, in one array. */
function codeOf(phrase: CompiledPhrase): Int32Array {
  if (phrase.code === undefined || phrase.codeEpoch !== wordTableEpoch) {
    const values: number[] = [];
    for (const slot of phrase.slots) {
      if (slot.any) values.push(slot.number ? NUMBER_WORD : ANY_WORD, 0);
      else values.push(slot.exact ? EXACT_WORD : STEM_WORD, slot.stems.length, ...slot.stems.map(wordId));
    }
    phrase.code = Int32Array.from(values);
    phrase.codeEpoch = wordTableEpoch;
  }
  return phrase.code;
}
