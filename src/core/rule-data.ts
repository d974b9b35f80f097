import type { AskType, MessageKind, Severity } from './types.js';

/** The shape of one file in `rules/` (YAML), after the build has turned it into JSON. */
export interface RuleData {
  id: string;
  type: string;
  severity: Severity;
  /** A different default severity for some kinds (a resume is worse in a first request). */
  severityByKind?: Partial<Record<MessageKind, Severity>>;
  /** Kinds the rule applies to; absent means every kind. */
  kinds?: MessageKind[];
  /** The rule applies only to drafts that ask for one of these (see core/asks). */
  whenAsked?: AskType[];
  /** What the writer should do, in one sentence. */
  message: string;
  /** Why it matters, naming the guidance it comes from. */
  note: string;
  /** A better phrasing to show on hover. */
  example?: string;
  /** In the rule files only: the test suite runs them; the build leaves them out of the bundle. */
  examples?: { flag: RuleExample[]; pass: RuleExample[] };
  /** Everything else is read by the rule's type. */
  [option: string]: unknown;
}

/** A draft a rule must flag or pass; `fixed` is the text after the rule's first fix (placeholders at their defaults). */
export type RuleExample = string | { text: string; kind?: MessageKind; format?: 'markdown' | 'plaintext'; fixed?: string };

/**
 * A fix described in a rule file. `text` may hold snippet placeholders (`${1:topic}`); in a
 * `replace-match` fix, `{actual}` stands for the matched words, kept as they were written.
 * `append-to-clause` keeps the clause and puts `text` in place of its closing mark (offered
 * only where the clause ends the sentence).
 */
/** The fix actions a rule file may name; the build rejects any other. */
export const FIX_ACTIONS = ['rewrite-sentence', 'remove-sentence', 'replace-match', 'remove-match', 'append-to-clause'] as const;

export interface FixData {
  action: (typeof FIX_ACTIONS)[number];
  title: string;
  text?: string;
}

/** A group of phrases that share a message and conditions. */
export interface PatternData {
  phrases: string[];
  message?: string;
  /** The match counts only if the same sentence has one of these phrases. */
  when?: string[];
  /** The match does not count if the same sentence has one of these phrases. */
  unless?: string[];
  /** The match counts only in a sentence that asks the reader for something (see core/asks), or, given types, for one of them. */
  inAsks?: boolean | AskType[];
  /** Replacements offered as quick fixes for the matched words. */
  replace?: string[];
  /** Fixes for this group; when absent the rule's own `fixes` apply. */
  fixes?: FixData[];
}
