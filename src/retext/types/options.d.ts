// The plugin's options: the config object lint() takes (src/core/types.ts, OutreachConfig),
// written out so the published types stand alone. test/unit/retext-plugin.test.ts checks
// that the two stay the same type.

/** The kinds of outreach message; each rule applies to some of them. */
export type MessageKind = 'request' | 'linkedin-note' | 'referral-intro' | 'intro-request' | 'thank-you' | 'follow-up' | 'other';

export type Severity = 'error' | 'warning' | 'info';

/** A rule's setting: off, a severity, or its options (see the rule's page). */
export type RuleSetting = 'off' | Severity | ({ severity?: Severity | 'off'; phrases?: string[] } & Record<string, unknown>);

/** The same object as `.outreachrc.json` holds. */
export interface Options {
  /** The kind of every message checked, instead of inferring it from the draft. */
  kind?: MessageKind;
  /** Settings by rule id. */
  rules?: Record<string, RuleSetting>;
}
