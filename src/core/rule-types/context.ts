import type { DraftCounts } from '../stats.js';
import type { DraftShape, Span } from '../draft/shape.js';
import type { PhraseMatch } from '../text/phrases.js';
import type { BlockEdit, ProseBlock } from '../text/prose-cache.js';
import type { Sentence } from '../text/sentences.js';
import type { AskType, Fix, MessageKind, Severity } from '../types.js';

/** What every rule type sees of one draft. */
export interface DraftContext {
  text: string;
  shape: DraftShape;
  /** Sentences of the subject, greeting, body and closing, in order. */
  sentences: Sentence[];
  kind: MessageKind;
  /** The draft's own line break, so inserted lines match it. */
  eol: string;
  /** Markdown that is not prose (code, HTML, link targets). */
  hidden: Span[];
  /** The prose blocks, for rule types that keep per-block facts between lints. */
  blocks: ProseBlock[];
  /** YYYY-MM-DD, for dates in front matter that lie ahead. */
  today: string;
  /** The draft's counts (words and questions of the body…), made once per lint. */
  counts: DraftCounts;
  /** How `blocks` came from the previous lint's, when no kept block changed (see ParsedProse.edit). */
  edit?: BlockEdit;
}

export interface Finding extends Span {
  message: string;
  /** Overrides the rule's severity for this finding (a LinkedIn note over its limit is worse than a long email). */
  severity?: Severity;
  actual?: string;
  expected?: string[];
  /** Overrides the rule's example where this finding needs another ("Better:" for thanks, not for a request). */
  example?: string;
  fixes: Fix[];
}

/** What a rule type makes of a rule file: phrases for the shared index, and a check. */
export interface RuleBehaviour {
  phrases: string[];
  /** The rule judges the draft as a whole (what it lacks, how long it is), so needs all of it. */
  wholeDraft?: boolean;
  /**
   * Findings that depend on one block of prose only, given that block's matches. The
   * engine keeps them with the block, so an edit recomputes only its own block.
   */
  checkBlock?(context: DraftContext, block: ProseBlock, matches: RuleMatch[]): Finding[];
  /**
   * Everything else: called with this rule's matches (`phraseIndex` = position in
   * `phrases`): all of them, or for a rule with `checkBlock` only those outside prose
   * blocks (the subject line).
   */
  check(context: DraftContext, matches: RuleMatch[]): Finding[];
}

/** A rule ready to run, with what every rule has in common. */
export interface CompiledRule extends RuleBehaviour {
  id: string;
  kinds?: readonly MessageKind[];
  /** The rule applies only to drafts that ask for one of these (a time ask needs a meeting ask). */
  whenAsked?: readonly AskType[];
  note: string;
  example?: string;
  severityFor(kind: MessageKind): Severity;
  /** The severity the user chose, which also overrides a finding's own severity. */
  userSeverity?: Severity;
}

export interface RuleMatch extends PhraseMatch {
  /** Which rule of the rule set, and which of its `phrases`. */
  rule: number;
  phraseIndex: number;
}
