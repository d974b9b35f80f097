import { location } from 'vfile-location';
import type { RuleFinding, RuleResults } from './engine.js';
import { aboutWords, fillFromFrontMatter, fittedExample, foldSameWords, tidyFixes } from './post-pass.js';
import { blocksOverlapping, countWhile, type BlockEdit, type ProseBlock } from './text/prose-cache.js';
import { pointAfter, pointOf, type Point } from './text/points.js';
import type { Diagnostic, Fix, MessageKind, TextEdit } from './types.js';

/** Where offsets become lines and columns (vfile-location over a block, or `draftPlace`). */
type Place = { toPoint(offset: number): Point | undefined };

/** Documentation of each rule ships in the package; links are relative to its root. */
export const ruleDocPath = (ruleId: string): string => `docs/rules/${ruleId}.md`;

/**
 * A finding as the caller sees it, finished: fixes tidied and filled from the front
 * matter, the example fitted. Offsets count from `finding.base`, lines and columns are
 * read from `place` (the draft's, or a block's for a block-relative diagnostic).
 */
export function finishedDiagnostic(finding: RuleFinding, kind: MessageKind, place: Place, frontMatter: Record<string, unknown> | undefined): Diagnostic {
  const diagnostic = toDiagnostic(finding, kind, place);
  diagnostic.fixes = fillFromFrontMatter(tidyFixes(diagnostic.fixes), frontMatter);
  const example = fittedExample(diagnostic);
  if (example !== undefined) diagnostic.example = example;
  return diagnostic;
}

function toDiagnostic(finding: RuleFinding, kind: MessageKind, place: Place): Diagnostic {
  const base = finding.base;
  const start = place.toPoint(base + finding.start);
  const end = place.toPoint(base + finding.end);
  const diagnostic: Diagnostic = {
    ruleId: finding.rule.id,
    severity: (!finding.rule.userSeverity && finding.severity) || finding.rule.severityFor(kind),
    message: finding.message,
    start: base + finding.start,
    end: base + finding.end,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    note: finding.rule.note,
    url: ruleDocPath(finding.rule.id),
    fixes: finding.fixes.map((fix) => placeFix(fix, base)),
  };
  // Only a finding about a missing line has no words to cover (see `insertionFor`).
  if (finding.start === finding.end) diagnostic.missing = true;
  if (finding.actual !== undefined) diagnostic.actual = finding.actual;
  if (finding.expected !== undefined) diagnostic.expected = finding.expected;
  const example = finding.example ?? finding.rule.example;
  if (example !== undefined) diagnostic.example = example;
  return diagnostic;
}

/** A copy of a fix moved by `delta`. */
const placeFix = (fix: Fix, delta: number): Fix => movedFix(fix.title, fix.edits, fix.preferred, fix.effect, delta);

/**
 * A fix made from its parts, its edits moved by `delta` (built field by field: spreading
 * thousands per lint costs more). The usual shapes are made in one piece, in the same key
 * order as the general case.
 */
function movedFix(title: string, from: readonly TextEdit[], preferred: boolean | undefined, effect: Fix['effect'], delta: number): Fix {
  const edits = from.map((edit): TextEdit => ({ start: delta + edit.start, end: delta + edit.end, newText: edit.newText }));
  if (preferred !== undefined && effect === undefined) return { title, edits, preferred };
  if (preferred !== undefined) return { title, edits, preferred, effect };
  const placed: Fix = { title, edits };
  if (effect !== undefined) placed.effect = effect;
  return placed;
}

/**
 * A block's diagnostics, finished once and kept block-relative (offsets from the block's
 * start, lines from its first line) while its findings, the kind and the active rules
 * stay the same. `folded` has the block's own same-word findings folded together.
 */
export interface BlockDiagnostics {
  key: string;
  all: Placeable[];
  folded: Placeable[];
  /** Where the latest lint placed the block (start, line, column; -1 before the first). */
  placedStart: number;
  placedLine: number;
  placedColumn: number;
  /** `folded` as placed there, once the block has stood there for two lints (given again while it stays). */
  placedList: Diagnostic[] | undefined;
}

/**
 * Finishes the findings of one block (block-relative, as the engine keeps them), sorted
 * as the draft's findings are: by start, then end, then rule id, else as found.
 */
export function blockDiagnostics(block: ProseBlock, findings: RuleFinding[], key: string, kind: MessageKind, frontMatter: Record<string, unknown> | undefined): BlockDiagnostics {
  const place = location(block.text);
  const all = findings
    .map((finding) => finishedDiagnostic({ ...finding, base: 0 }, kind, place, frontMatter))
    .sort(compareDiagnostics);
  // Folding writes `related` and `note` on the stronger finding: fold copies, so `all` stays as found.
  const folded = foldSameWords(all.map(copyForFold));
  return {
    key,
    all: all.map((diagnostic) => new Placeable(diagnostic)),
    folded: folded.map((diagnostic) => new Placeable(diagnostic)),
    placedStart: -1,
    placedLine: -1,
    placedColumn: -1,
    placedList: undefined,
  };
}

export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);

const copyForFold = (diagnostic: Diagnostic): Diagnostic => ({ ...diagnostic, ...(diagnostic.related ? { related: [...diagnostic.related] } : {}) });

/**
 * A block-relative diagnostic, kept in one shape to be placed again and again: after an
 * edit, every finding after it moves, and reading thousands of findings of many shapes
 * (each with its own optional fields) made placing them the costliest part of a re-lint.
 */
export class Placeable {
  readonly ruleId: string;
  readonly severity: Diagnostic['severity'];
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly url: string;
  readonly fixes: PlaceableFix[];
  readonly note: string | undefined;
  readonly missing: boolean;
  readonly actual: string | undefined;
  readonly expected: string[] | undefined;
  readonly example: string | undefined;
  readonly related: Diagnostic['related'];
  /** It has a note, actual words and an example, and no other optional field. */
  readonly commonShape: boolean;

  constructor(diagnostic: Diagnostic) {
    this.ruleId = diagnostic.ruleId;
    this.severity = diagnostic.severity;
    this.message = diagnostic.message;
    this.start = diagnostic.start;
    this.end = diagnostic.end;
    this.line = diagnostic.line;
    this.column = diagnostic.column;
    this.endLine = diagnostic.endLine;
    this.endColumn = diagnostic.endColumn;
    this.url = diagnostic.url;
    this.fixes = diagnostic.fixes.map((fix) => new PlaceableFix(fix));
    this.note = diagnostic.note;
    this.missing = diagnostic.missing === true;
    this.actual = diagnostic.actual;
    this.expected = diagnostic.expected;
    this.example = diagnostic.example;
    this.related = diagnostic.related;
    this.commonShape = this.note !== undefined && !this.missing && this.actual !== undefined && this.expected === undefined && this.example !== undefined && this.related === undefined;
  }
}

class PlaceableFix {
  readonly title: string;
  readonly edits: PlaceableEdit[];
  readonly preferred: boolean | undefined;
  readonly effect: Fix['effect'];

  constructor(fix: Fix) {
    this.title = fix.title;
    this.edits = fix.edits.map((edit) => new PlaceableEdit(edit));
    this.preferred = fix.preferred;
    this.effect = fix.effect;
  }
}

class PlaceableEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;

  constructor(edit: TextEdit) {
    this.start = edit.start;
    this.end = edit.end;
    this.newText = edit.newText;
  }
}

/**
 * A block-relative diagnostic at its place in the draft: the block starts at `start`, on
 * line `line` at column `column` (a block cut from a long paragraph may start mid-line).
 */
export function placeDiagnostic(diagnostic: Placeable, start: number, line: number, column: number): Diagnostic {
  // map, not push: an array grown by push starts with room for 17, and thousands are made per lint.
  const fixes = diagnostic.fixes.map((fix) => placeKeptFix(fix, start));
  const line0 = line + diagnostic.line - 1;
  const column0 = diagnostic.line === 1 ? column + diagnostic.column - 1 : diagnostic.column;
  const endLine = line + diagnostic.endLine - 1;
  const endColumn = diagnostic.endLine === 1 ? column + diagnostic.endColumn - 1 : diagnostic.endColumn;
  if (diagnostic.commonShape) {
    // Most findings have a note, the words and an example, and nothing else: made in one piece, in the same key order.
    const { ruleId, severity, message, url, note, actual, example } = diagnostic;
    return { ruleId, severity, message, start: start + diagnostic.start, end: start + diagnostic.end, line: line0, column: column0, endLine, endColumn, url, fixes, note, actual, example };
  }
  const placed: Diagnostic = {
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    start: start + diagnostic.start,
    end: start + diagnostic.end,
    line: line0,
    column: column0,
    endLine,
    endColumn,
    url: diagnostic.url,
    fixes,
  };
  if (diagnostic.note !== undefined) placed.note = diagnostic.note;
  if (diagnostic.missing) placed.missing = true;
  if (diagnostic.actual !== undefined) placed.actual = diagnostic.actual;
  if (diagnostic.expected !== undefined) placed.expected = diagnostic.expected;
  if (diagnostic.example !== undefined) placed.example = diagnostic.example;
  if (diagnostic.related !== undefined) placed.related = [...diagnostic.related];
  return placed;
}

/** A copy of a kept fix moved by `delta` (read from its one shape, see Placeable). */
const placeKeptFix = (fix: PlaceableFix, delta: number): Fix => movedFix(fix.title, fix.edits, fix.preferred, fix.effect, delta);

/**
 * Merges two lists sorted by `compareDiagnostics`; on a tie the first list's goes first.
 * The second (the whole-draft findings) is short: each is placed by a binary search and
 * the first is copied in runs, not compared item by item.
 */
export function mergeSorted(first: Diagnostic[], second: Diagnostic[]): Diagnostic[] {
  if (second.length === 0) return first;
  if (second.length > 1000) return mergedOneByOne(first, second);
  const runs: Diagnostic[][] = [];
  let from = 0;
  for (const diagnostic of second) {
    const to = from + countWhile(first.length - from, (i) => compareDiagnostics(first[from + i], diagnostic) <= 0);
    runs.push(first.slice(from, to), [diagnostic]);
    from = to;
  }
  return ([] as Diagnostic[]).concat(...runs, first.slice(from));
}

/** The same merge item by item, for a second list too long to spread into one call. */
function mergedOneByOne(first: Diagnostic[], second: Diagnostic[]): Diagnostic[] {
  const merged: Diagnostic[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) merged.push(compareDiagnostics(second[j], first[i]) < 0 ? second[j++] : first[i++]);
  while (i < first.length) merged.push(first[i++]);
  while (j < second.length) merged.push(second[j++]);
  return merged;
}

/**
 * Every diagnostic of a lint, in order. A block's own are finished once and kept with
 * the block (see `BlockDiagnostics`), so an edit finishes only its block's; the rest are
 * placed at their block's offset and line. Findings about the whole draft are finished
 * each lint. Where one of those covers words of a block, that block is folded again
 * with it, so the result is the same as folding every finding of the draft at once.
 */
export function draftDiagnostics(results: RuleResults, text: string, kind: MessageKind, frontMatter: Record<string, unknown> | undefined, edit?: BlockEdit): Diagnostic[] {
  const place = draftPlace(text, results.blocks);
  const whole = results.whole.map((finding) => finishedDiagnostic(finding, kind, place, frontMatter)).sort(compareDiagnostics);
  const key = internedKey(`${kind} ${results.active.map((on) => (on ? 1 : 0)).join('')}`);
  const refold = blocksUnder(results.blocks, whole.filter(aboutWords));
  const blocks = results.blocks;
  const fromBlocks: Diagnostic[] = [];
  const foldAgain: Diagnostic[] = [];
  /** Where in `fromBlocks` each of `foldAgain` stands. */
  const foldAt: number[] = [];
  /** How many diagnostics the blocks up to each one gave. */
  const ends = new Uint32Array(blocks.length);
  const addBlock = (i: number): void => {
    const block = blocks[i];
    const kept = results.kept[i];
    let own = kept.diagnostics;
    if (!own || own.key !== key) {
      const findings = kept.list.filter((_, k) => results.active[kept.ruleIndex[k]]);
      own = kept.diagnostics = blockDiagnostics(block, findings, key, kind, frontMatter);
    }
    if (own.all.length > 0) placeBlock(own, block, refold.has(i), fromBlocks, foldAgain, foldAt);
    ends[i] = fromBlocks.length;
  };
  // The blocks before an edit stand where they stood: their part of the previous list is
  // copied in runs, apart from those folded with a whole-draft finding then or now.
  const last = edit && results.complete ? placedLists.get(edit.previous) : undefined;
  const unmoved = last && last.key === key ? edit!.first : 0;
  for (let i = 0; i < unmoved; ) {
    if (refold.has(i) || last!.refold.has(i)) {
      addBlock(i++);
      continue;
    }
    const runStart = i;
    while (i < unmoved && !refold.has(i) && !last!.refold.has(i)) i++;
    const shift = fromBlocks.length - (runStart > 0 ? last!.ends[runStart - 1] : 0);
    for (let k = runStart > 0 ? last!.ends[runStart - 1] : 0; k < last!.ends[i - 1]; k++) fromBlocks.push(last!.list[k]);
    for (let k = runStart; k < i; k++) ends[k] = last!.ends[k] + shift;
  }
  // The blocks after it moved: those that gave nothing then give nothing now, and are not read.
  const replaced = unmoved > 0 ? edit!.first + edit!.made : blocks.length;
  for (let i = unmoved; i < replaced; i++) addBlock(i);
  const lastIndex = unmoved > 0 ? edit!.end - replaced : 0;
  for (let i = replaced; i < blocks.length; i++) {
    const j = i + lastIndex;
    if (last!.ends[j] === last!.ends[j - 1]) ends[i] = fromBlocks.length;
    else addBlock(i);
  }
  if (results.complete) placedLists.set(blocks, { key, list: foldAgain.length > 0 ? fromBlocks.slice() : fromBlocks, ends, refold });
  if (foldAgain.length === 0) {
    const merged = mergeSorted(fromBlocks, foldSameWords(whole));
    // The caller may change its list; the kept one must stay as it was.
    return merged === fromBlocks ? fromBlocks.slice() : merged;
  }
  const kept = new Set(foldSameWords([...foldAgain, ...whole]));
  // The block findings folded into another are taken out where they stand: the long list is not searched.
  removeAt(fromBlocks, foldAt.filter((_, k) => !kept.has(foldAgain[k])));
  return mergeSorted(fromBlocks, whole.filter((diagnostic) => kept.has(diagnostic)));
}

/**
 * By a lint's blocks, the diagnostics its blocks gave (before folding with the whole-draft
 * ones), where each block's end, and which blocks were folded; the next lint takes the
 * part before its edit. Weak: kept only while the parse cache keeps those blocks.
 */
const placedLists = new WeakMap<readonly ProseBlock[], { key: string; list: readonly Diagnostic[]; ends: Uint32Array; refold: ReadonlySet<number> }>();

/** Adds a block's diagnostics, placed where the block stands, to `fromBlocks`. */
function placeBlock(own: BlockDiagnostics, block: ProseBlock, refolded: boolean, fromBlocks: Diagnostic[], foldAgain: Diagnostic[], foldAt: number[]): void {
  const { line, column } = block;
  if (refolded) {
    // Placed afresh: folding writes on them.
    for (const diagnostic of own.all) {
      const placed = placeDiagnostic(diagnostic, block.start, line, column);
      foldAt.push(fromBlocks.length);
      fromBlocks.push(placed);
      foldAgain.push(placed);
    }
    return;
  }
  const start = block.start;
  const stayed = own.placedStart === start && own.placedLine === line && own.placedColumn === column;
  if (stayed && own.placedList) {
    for (const diagnostic of own.placedList) fromBlocks.push(diagnostic);
    return;
  }
  // Kept once the block has stood still for two lints: while someone types above it, it
  // moves on every keystroke, and keeping each placing would only fill the old heap.
  const list: Diagnostic[] | undefined = stayed ? [] : undefined;
  for (const diagnostic of own.folded) {
    const placed = placeDiagnostic(diagnostic, start, line, column);
    fromBlocks.push(placed);
    list?.push(placed);
  }
  own.placedStart = start;
  own.placedLine = line;
  own.placedColumn = column;
  own.placedList = list;
}

/** Removes the items at `positions` (ascending) from `list`, in one pass from the first. */
function removeAt<T>(list: T[], positions: number[]): void {
  if (positions.length === 0) return;
  let write = positions[0];
  let next = 0;
  for (let read = positions[0]; read < list.length; read++) {
    if (read === positions[next]) next++;
    else list[write++] = list[read];
  }
  list.length = write;
}

/**
 * Lines and columns in the draft, counted from the block at or before the offset: the
 * blocks know where they stand, so a finding near the end of a long document is placed
 * without reading every line before it.
 */
function draftPlace(text: string, blocks: readonly ProseBlock[]): Place {
  return {
    toPoint(offset) {
      if (offset < 0 || offset > text.length) return undefined;
      const block = blocks[countWhile(blocks.length, (i) => blocks[i].start <= offset) - 1];
      return block ? pointAfter(text, block.start, block, offset) : pointOf(text, offset);
    },
  };
}

/** The same key string object from one lint to the next, so each block's kept key compares at once. */
let lastKey = '';
function internedKey(key: string): string {
  if (key !== lastKey) lastKey = key;
  return lastKey;
}

/** Indexes of the blocks that any of `diagnostics` overlaps. */
function blocksUnder(blocks: readonly ProseBlock[], diagnostics: Diagnostic[]): Set<number> {
  return new Set(diagnostics.flatMap((diagnostic) => blocksOverlapping(blocks, diagnostic)));
}
