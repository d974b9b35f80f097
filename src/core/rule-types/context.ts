import type { DraftShape, Span } from '../draft/shape.js';
import type { PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/sentences.js';
import type { Fix, MessageKind, Severity } from '../types.js';

/** What every rule type sees of one draft. */
export interface DraftContext {
  text: string;
  shape: DraftShape;
  /** Sentences of the subject, greeting, body and closing, in order. */
  sentences: Sentence[];
  kind: MessageKind;
  /** The draft's own line break, so inserted lines match it. */
  eol: string;
}

export interface Finding extends Span {
  message: string;
  actual?: string;
  expected?: string[];
  fixes: Fix[];
}

/** A rule ready to run: its phrases go into the shared index; `check` turns matches into findings. */
export interface CompiledRule {
  id: string;
  severity: Severity;
  kinds?: readonly MessageKind[];
  note: string;
  example?: string;
  phrases: string[];
  /** Called with this rule's phrase matches (index = position in `phrases`). */
  check(context: DraftContext, matches: RuleMatch[]): Finding[];
}

export interface RuleMatch extends PhraseMatch {
  /** Index into the rule's `phrases`. */
  phraseIndex: number;
}
