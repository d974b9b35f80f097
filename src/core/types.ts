/** Public and shared types of the core. Nothing here may import `vscode` or Node built-ins. */

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type MessageKind = 'request' | 'linkedin-note' | 'referral-intro' | 'thank-you' | 'follow-up';
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'request',
  'linkedin-note',
  'referral-intro',
  'thank-you',
  'follow-up',
];
export type DraftFormat = 'markdown' | 'plaintext';

export interface TextEdit {
  /** UTF-16 offsets into the linted text. */
  start: number;
  end: number;
  /** Replacement; may use VS Code snippet placeholders such as `${1:name}`. */
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when this is the one obvious fix for the finding. */
  preferred?: boolean;
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
}

export interface LintResult {
  kind: MessageKind;
  diagnostics: Diagnostic[];
  /** Problems found in `options.config`; linting used the valid part and defaults. */
  configProblems: string[];
  /** False when the time budget ran out and only the start of the draft was linted. */
  complete: boolean;
  /** Facts about the draft that editors show (status bar) without recomputing them. */
  stats: DraftStats;
}

export interface DraftStats {
  /** Words in the greeting, body and closing (not the header, quotes or signature). */
  words: number;
  /** Characters of the same span, for LinkedIn's limit. */
  characters: number;
  /** Target range of body words for this kind of message. */
  targetWords: { min: number; max: number };
  /** LinkedIn's limit on a connection note, in characters (the length rule's option). */
  maxNoteCharacters: number;
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
   * Milliseconds lint() may spend parsing (default 2000). When they run out, the rest
   * of the draft is left unread, `complete` is false, and rules about what the whole
   * draft lacks are skipped rather than guessed.
   */
  budgetMs?: number;
  /** Today as YYYY-MM-DD (default: the local date), for front matter dates that lie ahead. */
  today?: string;
}

export const DEFAULT_BUDGET_MS = 2000;
