import rulesData from '../../generated/rules.json';
import { asksFor } from './asks/index.js';
import { ByteCache } from './byte-cache.js';
import { toPlainData } from './config/plain-data.js';
import type { ConfigProblem } from './config/problems.js';
import type { BlockDiagnostics } from './diagnostics.js';
import { resolveConfig } from './config/resolve.js';
import type { RuleData } from './rule-data.js';
import type { CompiledRule, DraftContext, Finding, RuleMatch } from './rule-types/context.js';
import { RULE_TYPES } from './rule-types/index.js';
import { compilePrecompiled } from './text/phrase-table.js';
import { PhraseIndex } from './text/phrases.js';
import { replacedRange, spliced, splicedByEdit, splicedCounts, type BlockEdit, type ProseBlock } from './text/prose-cache.js';
import type { Sentence } from './text/sentences.js';
import { declaredOptions, type RuleOptions } from './rule-types/options.js';
import type { MessageKind, Severity } from './types.js';

/** The rule files, checked and turned into JSON at build time (scripts/compile-rules.mjs). */
export const RULES: readonly RuleData[] = rulesData as RuleData[];

/** Every enabled rule for one config, with one phrase index shared by all of them. */
export interface RuleSet {
  rules: CompiledRule[];
  index: PhraseIndex;
  /** Phrase ref → which rule and which of its phrases. */
  refs: { rule: number; phraseIndex: number }[];
  kind?: MessageKind;
  problems: ConfigProblem[];
  /** The `length` rule's options with the user's values (also when the rule is off), for the target shown to the user. */
  lengths: Record<string, number>;
  /** The `reading-level` rule's options, likewise. */
  readingLevel: Record<string, number>;
}

/**
 * Rule sets by config. A set holds its compiled phrases (a few hundred KB); the key is
 * the config read as bounded plain data (see toPlainData), so a YAML alias bomb or a
 * huge object is never expanded or serialized in full.
 */
const cache = new ByteCache<string, RuleSet>(8 * 1024 * 1024);
/** Estimated heap of one compiled rule set, besides its key. */
const RULE_SET_BYTES = 512 * 1024;

/** Compiling phrases costs more than linting a short draft, so rule sets are kept per config. */
export function ruleSetFor(config: unknown): RuleSet {
  if (config === undefined) return cachedSet('', () => buildRuleSet(undefined, []));
  const { data, problems } = toPlainData(config);
  // Bounded by CONFIG_LIMITS: at most some ten thousand values and 256 K characters.
  const key = `${JSON.stringify(data) ?? ''}\u0000${problems.join('\u0000')}`;
  return cachedSet(key, () => buildRuleSet(data, problems));
}

function cachedSet(key: string, build: () => RuleSet): RuleSet {
  let set = cache.get(key);
  if (!set) {
    set = build();
    cache.set(key, set, RULE_SET_BYTES + 2 * key.length);
  }
  return set;
}

function buildRuleSet(config: unknown, shapeProblems: string[]): RuleSet {
  const resolved = resolveConfig(config, RULES);
  const rules: CompiledRule[] = [];
  const index = new PhraseIndex();
  const refs: RuleSet['refs'] = [];
  for (const data of RULES) {
    const options = resolved.rules.get(data.id);
    if (!options || options === 'off') continue;
    const rule = compileRule(data, options);
    rule.phrases.forEach((phrase, phraseIndex) => {
      index.add(compilePrecompiled(phrase, refs.length));
      refs.push({ rule: rules.length, phraseIndex });
    });
    rules.push(rule);
  }
  const valuesOf = (id: string) => {
    const options = resolved.rules.get(id);
    return options && options !== 'off' ? options.values : declaredOptions(RULES.find((rule) => rule.id === id) ?? ({} as RuleData));
  };
  const lengths = valuesOf('length');
  const readingLevel = valuesOf('reading-level');
  const problems: ConfigProblem[] = [...shapeProblems.map((message): ConfigProblem => ({ origin: 'settings', message })), ...resolved.problems];
  return { rules, index, refs, kind: resolved.kind, problems, lengths, readingLevel };
}

function compileRule(data: RuleData, options: RuleOptions): CompiledRule {
  const byKind = (data.severityByKind ?? {}) as Partial<Record<MessageKind, Severity>>;
  return {
    ...RULE_TYPES[data.type].compile(data, options),
    id: data.id,
    kinds: data.kinds,
    whenAsked: data.whenAsked,
    note: data.note,
    example: data.example,
    severityFor: (kind) => options.severity ?? byKind[kind] ?? data.severity,
    userSeverity: options.severity,
  };
}

export interface RuleFinding extends Finding {
  rule: CompiledRule;
  /**
   * Where the offsets count from: findings of a block are kept relative to it, so a
   * block that moves keeps them as they are; they become offsets into the draft once,
   * when diagnostics are built (0 for findings of the whole draft).
   */
  base: number;
}

/** What the engine keeps with a prose block for one rule set. */
interface BlockResults {
  /** Matches of rules that check blocks on their own (a match reads its offsets from its words, so it moves with the block). */
  localMatches: RuleMatch[];
  /** Matches of rules that read the whole draft, by rule (in order of rule), so a lint gathers them without reading each match. */
  wholeDraftMatches: { rule: number; matches: RuleMatch[] }[];
  /** Block-local findings, block-relative, with the index of each one's rule, and the sentence sections they were made for. */
  findings?: KeptFindings;
}

/** A prose block's own findings, kept block-relative with the block. */
export interface KeptFindings {
  sections: string;
  /** Every sentence was body when they were found (see ProseBlock.allBody). */
  allBody: boolean;
  frontMatter: string;
  list: RuleFinding[];
  ruleIndex: number[];
  /** The findings finished as diagnostics, kept by whoever builds them (see diagnostics.ts). */
  diagnostics?: BlockDiagnostics;
}

/** What one pass of the rules found: each prose block's own findings, and those about the whole draft. */
export interface RuleResults {
  /** The blocks read (all of them unless the budget ran out), and each one's own findings. */
  blocks: ProseBlock[];
  kept: KeptFindings[];
  /** Findings of rules that read the whole draft (subject included), at offsets into the draft. */
  whole: RuleFinding[];
  /** Which of the set's rules apply to this draft (its kind, what it asks for). */
  active: boolean[];
  complete: boolean;
}

/**
 * What a block may keep: results for a few rule sets (more would mean configs are
 * changing, so start over) and the few facts other modules keep with it.
 */
const MAX_DERIVED = 8;

/**
 * One pass: every sentence is matched against every rule's phrases at once. Matches
 * and block-local findings of prose blocks are kept with the block, so after an edit
 * only its block is matched and checked.
 */
export function runRules(
  set: RuleSet,
  context: DraftContext,
  blocks: ProseBlock[],
  subject: Sentence[],
  wholeDraft: boolean,
  deadline = Infinity,
): RuleResults {
  const active = set.rules.map(
    (rule) => (!rule.kinds || rule.kinds.includes(context.kind)) && (!rule.whenAsked || asksFor(context, rule.whenAsked)),
  );
  // The rule and phrase are set on the match itself: a copy would lose its offsets, which it reads from its words.
  const match = (sentence: Sentence): RuleMatch[] => set.index.match(sentence).map((found) => Object.assign(found, set.refs[found.phrase.ref]));
  const frontMatter = frontMatterOf(context);
  const edit = context.edit;
  const partOf = (block: ProseBlock, limit: number) => blockPart(block, set, match, context, frontMatter, active, limit);
  const last = edit && blocksRead.get(edit.previous);
  const read =
    edit && last && last.set === set && last.frontMatter === frontMatter && sameFlags(last.active, active)
      ? spliceBlocks(last, blocks, edit, set.rules.length, partOf, deadline)
      : readBlocks(blocks, partOf, deadline);
  if (read.complete) blocksRead.set(blocks, { ...read, set, frontMatter, active });
  // The subject's matches come first, then the blocks', in order.
  const matchesByRule: RuleMatch[][] = set.rules.map(() => []);
  for (const found of subject.flatMap(match)) if (active[found.rule]) matchesByRule[found.rule].push(found);
  for (let rule = 0; rule < matchesByRule.length; rule++) if (read.matches[rule]) matchesByRule[rule] = matchesByRule[rule].concat(read.matches[rule]);
  const complete = read.complete;
  const kept = read.kept;
  // Rules about what the whole draft lacks need all of it read.
  const whole: RuleFinding[] = [];
  set.rules.forEach((rule, i) => {
    if (!active[i] || (rule.wholeDraft && !(wholeDraft && complete))) return;
    for (const finding of rule.check(context, matchesByRule[i])) whole.push(Object.assign(finding, { rule, base: 0 }));
  });
  // The same array when all were read: the next lint finds what was made of them by it.
  return { blocks: kept.length === blocks.length ? blocks : blocks.slice(0, kept.length), kept, whole, active, complete };
}

/** What the rules made of the blocks: each block's own findings, and the matches of whole-draft rules, by rule, with how many each block gave. */
interface BlocksRead {
  complete: boolean;
  kept: KeptFindings[];
  /** By rule index (only rules with matches): their matches in the blocks, in order, and how many each block gave. */
  matches: RuleMatch[][];
  counts: Uint16Array[];
}

/** By a lint's blocks, the rules' reading of them and what it depended on (kept while the parse cache keeps those blocks). */
const blocksRead = new WeakMap<readonly ProseBlock[], BlocksRead & { set: RuleSet; frontMatter: string; active: boolean[] }>();

/** One block's own findings (made, or kept from an earlier lint) and its whole-draft matches by rule; undefined when the deadline passed first. */
type BlockPart = { findings: KeptFindings; groups: { rule: number; matches: RuleMatch[] }[] } | undefined;

function blockPart(block: ProseBlock, set: RuleSet, match: (sentence: Sentence) => RuleMatch[], context: DraftContext, frontMatter: string, active: boolean[], deadline = Infinity): BlockPart {
  const results = resultsFor(block, set, match);
  let findings = keptFindings(block, results, frontMatter);
  if (!findings) {
    // The clock is read before work, not before each of the thousands of kept blocks.
    if (deadline !== Infinity && Date.now() > deadline) return undefined;
    findings = blockFindings(block, results, frontMatter, localFindings(set, context, block, results.localMatches));
  }
  return { findings, groups: results.wholeDraftMatches.filter((group) => active[group.rule]) };
}

/** Reads every block in order, until the deadline passes before a block that needs work. */
function readBlocks(blocks: readonly ProseBlock[], partOf: (block: ProseBlock, deadline: number) => BlockPart, deadline: number): BlocksRead {
  const read: BlocksRead = { complete: true, kept: [], matches: [], counts: [] };
  // Counts are made per block for the rules that matched (at most a block's words: they fit in 16 bits).
  const counts = new Map<number, Uint16Array>();
  for (let i = 0; i < blocks.length; i++) {
    const part = partOf(blocks[i], deadline);
    if (!part) {
      read.complete = false;
      break;
    }
    read.kept.push(part.findings);
    for (const { rule, matches } of part.groups) {
      if (!read.matches[rule]) (read.matches[rule] = []), counts.set(rule, new Uint16Array(blocks.length));
      const into = read.matches[rule];
      for (let k = 0; k < matches.length; k++) into.push(matches[k]);
      counts.get(rule)![i] = matches.length;
    }
  }
  // An incomplete read's counts cover the blocks read.
  for (const [rule, perBlock] of counts) read.counts[rule] = read.complete ? perBlock : perBlock.slice(0, read.kept.length);
  return read;
}

/**
 * The previous lint's reading with the blocks an edit replaced swapped for the new ones:
 * a long document's kept blocks are not read again. The new blocks are read as a full
 * pass would read them, deadline included.
 */
function spliceBlocks(last: BlocksRead, blocks: readonly ProseBlock[], edit: BlockEdit, rules: number, partOf: (block: ProseBlock, deadline: number) => BlockPart, deadline: number): BlocksRead {
  const made = readBlocks(blocks.slice(edit.first, edit.first + edit.made), partOf, deadline);
  if (!made.complete) {
    return { ...made, kept: last.kept.slice(0, edit.first).concat(made.kept), matches: [], counts: [] };
  }
  const read: BlocksRead = { complete: true, kept: splicedByEdit(last.kept, edit, made.kept), matches: [], counts: [] };
  for (let rule = 0; rule < rules; rule++) {
    if (!last.matches[rule] && !made.matches[rule]) continue;
    const counts = last.counts[rule] ?? new Uint16Array(edit.previous.length);
    const madeCounts = made.counts[rule] ?? new Uint16Array(edit.made);
    const { from, to } = replacedRange(counts, edit);
    read.matches[rule] = spliced(last.matches[rule] ?? [], from, to, made.matches[rule] ?? []);
    read.counts[rule] = splicedCounts(counts, edit, madeCounts);
  }
  return read;
}

const sameFlags = (a: readonly boolean[], b: readonly boolean[]) => a.length === b.length && a.every((flag, i) => flag === b[i]);

/** The block's phrase matches for a rule set, computed once per block and set. */
function resultsFor(block: ProseBlock, set: RuleSet, match: (sentence: Sentence) => RuleMatch[]): BlockResults {
  let results = block.derived.get(set) as BlockResults | undefined;
  if (!results) {
    if (block.derived.size >= MAX_DERIVED) block.derived.clear();
    const localMatches: RuleMatch[] = [];
    const wholeDraft = new Map<number, RuleMatch[]>();
    for (const sentence of block.sentences) {
      for (const found of match(sentence)) {
        if (set.rules[found.rule].checkBlock) localMatches.push(found);
        else if (wholeDraft.has(found.rule)) wholeDraft.get(found.rule)!.push(found);
        else wholeDraft.set(found.rule, [found]);
      }
    }
    const wholeDraftMatches = [...wholeDraft].sort(([a], [b]) => a - b).map(([rule, matches]) => ({ rule, matches }));
    results = { localMatches, wholeDraftMatches };
    block.derived.set(set, results);
  }
  return results;
}

/** The front matter's text: a fix may fill a field from it ("to: Maya Chen"), so findings depend on it. */
function frontMatterOf(context: DraftContext): string {
  const text = context.shape.frontMatter ? context.text.slice(context.shape.frontMatter.start, context.shape.frontMatter.end) : '';
  // The same string object from lint to lint (a string of its own, not a slice of the draft), so each kept block compares it at once.
  if (text !== lastFrontMatter) lastFrontMatter = ownString(text);
  return lastFrontMatter;
}
let lastFrontMatter = '';

/**
 * The block's findings from block-local rules, as kept: they hold while the block, the
 * sections of its sentences (greeting, body, closing) and the front matter stay the same.
 */
function keptFindings(block: ProseBlock, results: BlockResults, frontMatter: string): KeptFindings | undefined {
  const kept = results.findings;
  return kept && kept.frontMatter === frontMatter && (block.allBody ? kept.allBody : sameSections(block.sentences, kept.sections)) ? kept : undefined;
}

/** Keeps a block's newly found findings with it, block-relative. */
function blockFindings(block: ProseBlock, results: BlockResults, frontMatter: string, found: RuleFinding[][]): KeptFindings {
  const list: RuleFinding[] = [];
  const ruleIndex: number[] = [];
  found.forEach((perRule, i) => {
    for (const finding of perRule) {
      list.push(shiftFinding(finding, -block.start));
      ruleIndex.push(i);
    }
  });
  results.findings = { sections: block.sentences.map((sentence) => sentence.section[0]).join(''), allBody: block.allBody, frontMatter, list, ruleIndex };
  return results.findings;
}

/** Whether the sentences' sections still read as `sections` (first letters), without building the string each lint. */
function sameSections(sentences: Sentence[], sections: string): boolean {
  if (sentences.length !== sections.length) return false;
  for (let i = 0; i < sentences.length; i++) if (sentences[i].section.charCodeAt(0) !== sections.charCodeAt(i)) return false;
  return true;
}

/**
 * Moves a finding by `delta` to keep it with its block, and gives it strings of its own:
 * `actual` and a fix's text are often slices of the draft, and a slice keeps the whole
 * draft alive, so each kept finding would pin a copy of the draft as it was when the
 * block was checked.
 */
function shiftFinding(finding: RuleFinding, delta: number): RuleFinding {
  finding.start += delta;
  finding.end += delta;
  if (finding.actual !== undefined) finding.actual = ownString(finding.actual);
  if (finding.expected) finding.expected = finding.expected.map(ownString);
  finding.message = ownString(finding.message);
  for (const fix of finding.fixes) {
    fix.title = ownString(fix.title);
    for (const edit of fix.edits) {
      edit.newText = ownString(edit.newText);
      edit.start += delta;
      edit.end += delta;
    }
  }
  return finding;
}

/** Each block-local rule's findings in one block, indexed like the rule set's rules. */
function localFindings(set: RuleSet, context: DraftContext, block: ProseBlock, matches: RuleMatch[]): RuleFinding[][] {
  // Each rule's matches, sorted out in one pass: most rules have none in a block.
  const byRule: RuleMatch[][] = [];
  for (const found of matches) (byRule[found.rule] ??= []).push(found);
  return set.rules.map((rule, i) =>
    rule.checkBlock ? rule.checkBlock(context, block, byRule[i] ?? NO_MATCHES).map((finding) => Object.assign(finding, { rule, base: 0 })) : [],
  );
}

/** A block's matches for a rule that has none there; rules read their matches and never change them. */
const NO_MATCHES: RuleMatch[] = [];

/** Drops every cached rule set (for tests and the bench). */
export function clearRuleSets(): void {
  cache.clear();
}

/** The string as one of its own, not a slice of a longer one (concatenating flattens into a new string). */
const ownString = (text: string): string => (` ${text}`).slice(1);
