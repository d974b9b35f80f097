import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFix, fixAll, lint, RULES, setCacheLimit, type Diagnostic, type LintOptions } from '../../src/core/index.js';

/** The parse cache's size in the editor (src/core/text/prose-cache.ts). */
const DEFAULT_CACHE_LIMIT = 32 * 1024 * 1024;

/**
 * Properties over generated drafts: rule phrases mixed with arbitrary Unicode,
 * emoji, combining marks, lone surrogates, every line ending, markdown, header
 * blocks and quoted replies. Each property runs RUNS cases (several thousand in all).
 */
const RUNS = Number(process.env.OUTREACH_PROPERTY_RUNS ?? 1000);

const rulePhrases = RULES.flatMap((rule) => {
  const patterns = (rule.patterns as { phrases: string[] }[] | undefined) ?? [];
  const phrases = [...patterns.flatMap((pattern) => pattern.phrases), ...((rule.phrases as string[] | undefined) ?? [])];
  // Turn the phrase syntax into plain words a writer would type.
  return phrases.map((phrase) => phrase.split(/\s+/).map((word) => word.replace(/^=/, '').replace(/\?$/, '').split('|')[0]).filter((word) => word !== '*').join(' '));
});

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...rulePhrases) },
  { weight: 3, arbitrary: fc.constantFrom('Hi Dana,', 'Best,', 'Thanks,', 'Sam', 'Would you have 20 minutes?', 'Maya suggested I write.', '[Name]', '{{company}}', '____', '<first name>') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom('👋', '👩🏽‍💻', 'e\u0301', '\u05e9\u05dc\u05d5\u05dd', '\ud800', '\udc00x', '\u200b', '\t') },
  { weight: 1, arbitrary: fc.constantFrom('# Heading', '```\ncode ASAP\n```', '<!-- any job -->', '> quoted any job', '- item', '**bold**', '[link](https://x.y)', '---') },
);
const separator = fc.constantFrom(' ', '. ', '? ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '');
const body = fc.array(fc.tuple(piece, separator), { maxLength: 24 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
const draft = fc
  .tuple(
    fc.constantFrom('', 'Subject: Hello\n\n', 'To: a@b.c\nSubject:\n\n', '---\nkind: request\n---\n', '---\nkind: [\n---\n'),
    body,
    fc.constantFrom('', '\n\nOn Mon, Dana wrote:\n> are you hiring ASAP\n', '\n\nBest,\nSam\n'),
  )
  .map(([head, middle, tail]) => head + middle + tail);
const options = fc.record({ format: fc.constantFrom<LintOptions['format']>('plaintext', 'markdown') });

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const splitsPair = (text: string, offset: number) => offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/** 1-based line and column of an offset, counting LF, CRLF and CR as line breaks (as vfile-location does). */
function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const lineBreak = /\r\n|\r|\n/g;
  for (let match = lineBreak.exec(text); match && match.index + match[0].length <= offset; match = lineBreak.exec(text)) {
    line++;
    lineStart = match.index + match[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

const lintDiagnostics = (format: LintOptions['format']) => (text: string) => lint(text, { format }).diagnostics;

/** The text, then the text after each edit in turn (an edit removes `remove` characters at its place and inserts a piece). */
function editedVersions<Place>(text: string, edits: [Place, number, string][], placeIn: (place: Place, length: number) => number): string[] {
  const versions = [text];
  for (const [place, remove, insert] of edits) {
    const last = versions[versions.length - 1];
    const start = placeIn(place, last.length);
    versions.push(last.slice(0, start) + insert + last.slice(Math.min(last.length, start + remove)));
  }
  return versions;
}

/** Lints the versions in order, as an editor does, and checks each result against a lint with nothing cached. */
function relintsEqualFresh(versions: string[], opts: LintOptions): void {
  const fresh = versions.map((version) => {
    setCacheLimit(0);
    return lint(version, { ...opts, budgetMs: Infinity });
  });
  setCacheLimit(DEFAULT_CACHE_LIMIT);
  versions.forEach((version, i) => assert.deepEqual(lint(version, { ...opts, budgetMs: Infinity }), fresh[i], `version ${i}: ${JSON.stringify(version)}`));
}

describe('properties of lint() over generated drafts', function () {
  this.timeout(120_000);

  it('never throws, and every range is inside the text, whole characters, with matching line and column', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        const { diagnostics } = lint(text, opts);
        for (const d of diagnostics) {
          assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.ruleId} range ${d.start}-${d.end}`);
          assert.ok(!splitsPair(text, d.start) && !splitsPair(text, d.end), `${d.ruleId} splits a surrogate pair`);
          assert.deepEqual({ line: d.line, column: d.column }, pointOf(text, d.start), `${d.ruleId} start point`);
          assert.deepEqual({ line: d.endLine, column: d.endColumn }, pointOf(text, d.end), `${d.ruleId} end point`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        assert.deepEqual(lint(text, opts), lint(text, opts));
      }),
      { numRuns: RUNS },
    );
  });

  it('a re-lint after edits gives what linting the edited draft from nothing gives', () => {
    // Each edit replaces a few characters somewhere with a piece or a separator: typing,
    // deleting, a blank line that splits or joins blocks, a greeting or sign-off that appears.
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.oneof(piece, separator, fc.constant('')));
    fc.assert(
      fc.property(draft, options, fc.array(edit, { minLength: 1, maxLength: 4 }), (text, opts, edits) => {
        relintsEqualFresh(editedVersions(text, edits, (at, length) => at % (length + 1)), opts);
      }),
      { numRuns: RUNS },
    );
  });

  it('a re-lint after edits anywhere in a long draft gives what linting it from nothing gives', () => {
    // Many paragraphs, so that most blocks are kept from lint to lint and what is made of
    // them (sections, counts, asks, findings, lines) is spliced rather than read again.
    const paragraph = fc.array(fc.tuple(piece, fc.constantFrom(' ', '. ', '? ', '\n')), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    const longDraft = fc
      .tuple(fc.constantFrom('', 'Subject: Hello\n\n', '---\nkind: request\n---\n'), fc.array(paragraph, { minLength: 12, maxLength: 30 }), fc.constantFrom('', '\n\nBest,\nSam\n', '\n\nOn Mon, Dana wrote:\n> any job\n'))
      .map(([head, paragraphs, tail]) => `${head}Hi Dana,\n\n${paragraphs.join('\n\n')}${tail}`);
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 4 }), fc.oneof(piece, separator, fc.constant('')));
    fc.assert(
      fc.property(longDraft, options, fc.array(edit, { minLength: 1, maxLength: 5 }), (text, opts, edits) => {
        relintsEqualFresh(editedVersions(text, edits, (where, length) => Math.floor(where * length)), opts);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('applying any single fix removes that finding, adds no error and changes nothing outside its range', () => {
    fc.assert(
      fc.property(draft, options, fc.nat(), fc.nat(), (text, opts, pickFinding, pickFix) => {
        const withFixes = lint(text, opts).diagnostics.filter((d) => d.fixes.length > 0);
        fc.pre(withFixes.length > 0);
        const finding = withFixes[pickFinding % withFixes.length];
        const fix = finding.fixes[pickFix % finding.fixes.length];
        const fixed = applyFix(text, fix);
        const from = Math.min(...fix.edits.map((edit) => edit.start));
        const to = Math.max(...fix.edits.map((edit) => edit.end));
        assert.equal(fixed.slice(0, from), text.slice(0, from), 'text before the fix changed');
        assert.equal(fixed.slice(fixed.length - (text.length - to)), text.slice(to), 'text after the fix changed');
        const before = lint(text, opts);
        const after = lint(fixed, opts);
        // Another finding of the rule after the fix's range moves up to meet it ("…resume. along with my resume"): not the one fixed.
        const shift = fixed.length - text.length;
        const movedUp = (d: Diagnostic) => before.diagnostics.some((e) => e.ruleId === d.ruleId && e.start >= to && e.start + shift === d.start && e.end + shift === d.end);
        const remaining = after.diagnostics.filter((d) => !movedUp(d));
        assert.ok(!stillThere(finding, remaining, from, fixed.length - (text.length - to)), `${finding.ruleId}: “${fix.title}” left the finding`);
        // What the fix wrote raises no error: a field it asks the writer to fill in is meant to be
        // flagged until filled, and where the fix changes the kind the draft reads as, severities follow it.
        const newEnd = fixed.length - (text.length - to);
        const written = after.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'unfilled-placeholder' && d.start >= from && d.end <= newEnd);
        if (after.kind === before.kind) assert.deepEqual(written.map((d) => d.ruleId), [], `${finding.ruleId}: “${fix.title}” wrote words that are an error`);
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all applied twice equals fix-all applied once', () => {
    fc.assert(
      fc.property(draft, options, (text, opts) => {
        const once = fixAll(text, lintDiagnostics(opts.format));
        assert.equal(fixAll(once, lintDiagnostics(opts.format)), once);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

/** The same finding after a fix: same rule, same message, on the text the fix produced (or, for a missing line, anywhere). */
function stillThere(finding: Diagnostic, after: Diagnostic[], from: number, to: number): boolean {
  const missingLine = finding.actual === undefined;
  return after.some((d) => d.ruleId === finding.ruleId && d.message === finding.message && (missingLine || (d.start < Math.max(to, from + 1) && d.end > from)));
}
