import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { maskIgnored, readDraftShape, type DraftShape } from './draft/shape.js';
import { ruleSetFor, runRules, RULES, type RuleFinding } from './engine.js';
import { inferKind } from './kind.js';
import type { DraftContext } from './rule-types/context.js';
import { parseFragment, parseProse } from './text/parse.js';
import { collectSentences, type Section } from './text/sentences.js';
import { targetWordsFor } from './targets.js';
import {
  MESSAGE_KINDS,
  type Diagnostic,
  type DraftFormat,
  type LintOptions,
  type LintResult,
  type MessageKind,
  type Severity,
} from './types.js';

export * from './types.js';
export { applyFix, expandSnippet } from './apply.js';
export type { RuleData } from './rule-data.js';
export { RULES };

/** Documentation of each rule ships in the package; links are relative to its root. */
export const ruleDocPath = (ruleId: string): string => `docs/rules/${ruleId}.md`;

/**
 * Lints one outreach draft. Pure: text in, findings out; never touches the
 * network or the file system. Problems in `options.config` are reported in
 * `configProblems`, and the valid part of the config is used.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const file = lintFile(new VFile(requireText(text)), options);
  return file.data.outreach as LintResult;
}

/**
 * Lints a vfile and adds the findings to it as vfile messages, as retext plugins
 * do (`ruleId`, `source`, `actual`, `expected`, `note`, `url`; `fatal` for errors).
 * The plain result is kept in `file.data.outreach`.
 */
export function lintFile(file: VFile, options: LintOptions = {}): VFile {
  const text = String(file.value ?? '');
  const set = ruleSetFor(options.config);
  const shape = readDraftShape(text);
  const format = options.format ?? formatOf(file);
  const masked = maskIgnored(text, shape.ignored);
  const parsed = parseProse(masked, format);
  const trees: { tree: typeof parsed.tree; section?: Section }[] = [];
  if (shape.subject) trees.push({ tree: parseFragment(shape.subject.value, shape.subject.start), section: 'subject' });
  trees.push({ tree: parsed.tree });
  const sentences = collectSentences(trees, text, shape);

  const problems = [...set.problems];
  const prose = sentences.filter((sentence) => sentence.section !== 'subject');
  const characters = prose.length > 0 ? prose[prose.length - 1].end - prose[0].start : 0;
  const kind =
    options.kind ??
    frontMatterKind(shape, problems) ??
    set.kind ??
    inferKind(sentences, shape.subject !== undefined, characters);
  if (options.kind !== undefined && !MESSAGE_KINDS.includes(options.kind)) {
    throw new TypeError(`kind must be one of ${MESSAGE_KINDS.join(', ')}; got ${JSON.stringify(options.kind)}`);
  }

  const eol = /\r\n/.test(text) ? '\r\n' : /\r/.test(text) ? '\r' : '\n';
  const context: DraftContext = { text, shape, sentences, kind, eol, hidden: parsed.hidden };
  const findings = runRules(set, context);
  const place = location(file);
  const diagnostics = findings.map((finding) => toDiagnostic(finding, kind, place));
  for (const diagnostic of diagnostics) addMessage(file, diagnostic);

  const words = prose.reduce((count, sentence) => count + sentence.tokens.length, 0);
  const result: LintResult = {
    kind,
    diagnostics,
    configProblems: problems,
    stats: { words, characters, targetWords: targetWordsFor(kind) },
  };
  file.data.outreach = result;
  return file;
}

function requireText(text: unknown): string {
  if (typeof text !== 'string') throw new TypeError(`lint() expects the draft as a string; got ${text === null ? 'null' : typeof text}`);
  return text;
}

function formatOf(file: VFile): DraftFormat {
  return file.extname && /^\.(md|markdown|mdown|mkd)$/i.test(file.extname) ? 'markdown' : 'plaintext';
}

function frontMatterKind(shape: DraftShape, problems: string[]): MessageKind | undefined {
  const frontMatter = shape.frontMatter;
  if (!frontMatter) return undefined;
  if (frontMatter.error) problems.push(frontMatter.error);
  const kind = frontMatter.data.kind;
  if (kind === undefined) return undefined;
  if (MESSAGE_KINDS.includes(kind as MessageKind)) return kind as MessageKind;
  problems.push(`front matter "kind" must be one of ${MESSAGE_KINDS.join(', ')}; got ${JSON.stringify(kind)}`);
  return undefined;
}

function toDiagnostic(finding: RuleFinding, kind: MessageKind, place: ReturnType<typeof location>): Diagnostic {
  const start = place.toPoint(finding.start);
  const end = place.toPoint(finding.end);
  const diagnostic: Diagnostic = {
    ruleId: finding.rule.id,
    severity: finding.severity ?? finding.rule.severityFor(kind),
    message: finding.message,
    start: finding.start,
    end: finding.end,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    note: finding.rule.note,
    url: ruleDocPath(finding.rule.id),
    fixes: finding.fixes,
  };
  if (finding.actual !== undefined) diagnostic.actual = finding.actual;
  if (finding.expected !== undefined) diagnostic.expected = finding.expected;
  if (finding.rule.example !== undefined) diagnostic.example = finding.rule.example;
  return diagnostic;
}

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

function addMessage(file: VFile, diagnostic: Diagnostic): void {
  const message = file.message(diagnostic.message, {
    place: {
      start: { line: diagnostic.line, column: diagnostic.column, offset: diagnostic.start },
      end: { line: diagnostic.endLine, column: diagnostic.endColumn, offset: diagnostic.end },
    },
    ruleId: diagnostic.ruleId,
    source: 'outreach',
  });
  message.fatal = FATAL[diagnostic.severity];
  message.actual = diagnostic.actual;
  message.expected = diagnostic.expected;
  message.note = diagnostic.note;
  message.url = diagnostic.url;
}
export { CONFIG_FILE_NAMES, parseConfigFile } from './config-file.js';
export { resolveConfig } from './config.js';
