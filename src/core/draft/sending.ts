import { readDraftShape } from './shape.js';

/** A draft split into what a mail app needs. */
export interface Outgoing {
  /** From the `To:` header, or the front matter's `to`. */
  to?: string;
  subject?: string;
  /** The text to send: no front matter, no header block; the signature and quotes stay. */
  body: string;
}

/** Front matter keys that make any file a draft, wherever it is saved. */
const DRAFT_KEYS = ['kind', 'outreach'];

/**
 * Whether text is an outreach draft by its own content: its front matter says so
 * (`kind:` or `outreach:`), or, unless `declaredOnly`, it reads as an email (a greeting
 * on its first line of prose and a sign-off near the end).
 */
export function looksLikeDraft(text: string, { declaredOnly = false }: { declaredOnly?: boolean } = {}): boolean {
  const shape = readDraftShape(text);
  const data = shape.frontMatter?.data;
  if (data && DRAFT_KEYS.some((key) => key in data)) return true;
  return !declaredOnly && shape.greeting !== undefined && shape.closing !== undefined;
}

/** Separates front matter and the `To:`/`Subject:` header block from the body that gets sent. */
export function splitForSending(text: string): Outgoing {
  const shape = readDraftShape(text);
  const fields: Record<string, string> = {};
  const headerEnd = shape.header?.end ?? shape.frontMatter?.end ?? 0;
  if (shape.header) {
    for (const line of text.slice(shape.header.start, shape.header.end).split(/\r\n|\r|\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) fields[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();
    }
  }
  const frontMatterTo = shape.frontMatter?.data.to;
  const to = fields.to || (typeof frontMatterTo === 'string' ? frontMatterTo.trim() : '');
  const subject = shape.subject?.value.trim();
  const body = text.slice(headerEnd).replace(/\r\n?/g, '\n').trim();
  return { ...(to ? { to } : {}), ...(subject ? { subject } : {}), body };
}
