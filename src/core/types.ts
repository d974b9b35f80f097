/** Public and shared types of the core. Nothing here may import `vscode` or Node built-ins. */
import type { ConfigProblem } from './config/problems.js';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type MessageKind = 'request' | 'linkedin-note' | 'referral-intro' | 'intro-request' | 'thank-you' | 'follow-up' | 'other';
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'request',
  'linkedin-note',
  'referral-intro',
  'intro-request',
  'thank-you',
  'follow-up',
  'other',
];
export type DraftFormat = 'markdown' | 'plaintext';

export interface TextEdit {
  /** UTF-16 offsets into the linted text. */
  start: number;
  end: number;
  /** Replacement; may use VS Code snippet placeholders such as `${1:name}`. */
  newText: string;
}

/**
 * What a fix does to the writer's words: swaps a phrase for one that means the same
 * (`replace`), rewrites their sentence (`rewrite`), deletes words (`remove`) or adds a
 * line (`insert`). Fix-all applies only `replace`.
 */
export type FixEffect = 'replace' | 'rewrite' | 'remove' | 'insert';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when this is the one obvious fix for the finding. Never true for a fix that deletes words. */
  preferred?: boolean;
  effect?: FixEffect;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** 1-based positions, as editors and vfile use them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text the finding is about, if any. */
  actual?: string;
  /** Suggested replacements, if any. */
  expected?: string[];
  /** Why it matters, naming the source of the guidance. */
  note?: string;
  /** A better phrasing, to show beside the finding. */
  example?: string;
  /** The rule's documentation page, relative to the package root. */
  url: string;
  fixes: Fix[];
  /**
   * True for a finding about something the draft lacks: its range is empty, at the
   * place the line should go, and one of its fixes inserts it.
   */
  missing?: boolean;
  /** Other rules that flagged the same words; this finding, the stronger, stands for them. */
  related?: { ruleId: string; message: string }[];
}

/** One thing a message of this kind should say, and whether the draft says it. */
export interface ChecklistItem {
  ruleId: string;
  /** What it is, in a few words ("how you found them"). */
  label: string;
  done: boolean;
}

/**
 * What `lint()` found. Treat it as read-only: a re-lint after an edit gives back the
 * same diagnostic and ask objects where nothing about them changed.
 */
export interface LintResult {
  kind: MessageKind;
  diagnostics: Diagnostic[];
  /** Problems found in `options.config` and the front matter; linting used the valid part and defaults. */
  configProblems: string[];
  /** The same problems, each with where it comes from ('settings' for `options.config`, 'front-matter'). */
  problems: ConfigProblem[];
  /** False when the time budget ran out and only the start of the draft was linted. */
  complete: boolean;
  /** Facts about the draft that editors show (status bar) without recomputing them. */
  stats: DraftStats;
  /** What the draft asks the reader to do, in order (the ask model; see the README). */
  asks: Ask[];
  /**
   * What a message of this kind should say, and what the draft already says; empty
   * while the whole draft could not be judged (time budget, or not a message yet).
   */
  checklist: ChecklistItem[];
}

/** What an ask puts on the reader's to-do list. A referral for a role is a `job` ask. */
export type AskType = 'meeting' | 'advice' | 'connection' | 'introduction' | 'job' | 'other';

export interface Ask {
  type: AskType;
  /** UTF-16 offsets of the clause that carries the ask. */
  start: number;
  end: number;
  /** The words that show what it asks for ("could you refer me"). */
  cue: { start: number; end: number };
  /** For a meeting: how many minutes it asks for, when the draft says. */
  minutes?: number;
  /** Read from thanks for a talk that shows what the writer pursues (a job interview thanked for): the note follows it up, asking nothing new. */
  lookedBack?: true;
}

export interface DraftStats {
  /** Words in the body (not the greeting, closing, header, quotes or signature): what the length rule counts. */
  words: number;
  /** Characters from the greeting to the sign-off, for LinkedIn's limit. */
  characters: number;
  /** Questions in the body. */
  questions: number;
  /** Target range of body words for this kind of message. */
  targetWords: { min: number; max: number };
  /** LinkedIn's limit on a connection note, in characters (the length rule's option). */
  maxNoteCharacters: number;
  /** Flesch–Kincaid grade of the body, to one decimal (0 for a body without words). */
  readingGrade: number;
  /** The grade the body should not exceed (the reading-level rule's `maxGrade`). */
  maxReadingGrade: number;
}

export type RuleSetting = 'off' | Severity | ({ severity?: Severity | 'off'; phrases?: string[] } & Record<string, unknown>);

export interface OutreachConfig {
  /** Default kind when inference should be skipped. */
  kind?: MessageKind;
  rules?: Record<string, RuleSetting>;
}

export interface LintOptions {
  kind?: MessageKind;
  config?: OutreachConfig | unknown;
  format?: DraftFormat;
  /**
   * Milliseconds lint() may spend (default 2000; Infinity lints the whole draft however
   * long it takes). When they run out, the rest of the draft is left unread, `complete`
   * is false, and rules about what the whole draft lacks are skipped rather than guessed.
   */
  budgetMs?: number;
  /** Today as YYYY-MM-DD (default: the local date), for front matter dates that lie ahead. */
  today?: string;
  /**
   * The draft is being typed (an editor re-linting as you write): findings about missing
   * lines wait until it has a body and a sign-off. Batch runs leave this off and judge
   * the draft as it stands.
   */
  whileTyping?: boolean;
}

export const DEFAULT_BUDGET_MS = 2000;
