import type { MessageKind } from '../core/index.js';
import snippets from '../../snippets/outreach.json';

/** A snippet contributed in `snippets/outreach.json`. */
export interface Template {
  name: string;
  description: string;
  body: string;
  /** What the writer types to get it. */
  prefixes: string[];
  /** The kind of message it starts; absent for the question bank, which is not a message. */
  kind?: MessageKind;
}

/** The kind each message snippet is written as (the snippet file itself has no such field). */
const KINDS: Record<string, MessageKind> = {
  'Outreach: cold request': 'request',
  'Outreach: request via referral': 'referral-intro',
  'Outreach: LinkedIn note': 'linkedin-note',
  'Outreach: introduction request': 'intro-request',
  'Outreach: thank-you note': 'thank-you',
  'Outreach: nudge after no reply': 'follow-up',
  'Outreach: report back to referrer': 'follow-up',
  'Outreach: six-month keep-in-touch': 'follow-up',
  'Outreach: good-news note': 'follow-up',
};

export const TEMPLATES: readonly Template[] = Object.entries(snippets as Record<string, { body: string[]; description: string; prefix: string[] }>).map(
  ([name, snippet]) => ({ name, description: snippet.description, body: snippet.body.join('\n'), prefixes: snippet.prefix, kind: KINDS[name] }),
);
