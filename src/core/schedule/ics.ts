import type { AgendaEntry, StepName } from './schedule.js';

const STEP_TITLES: Record<StepName, (who: string, to: string) => string> = {
  'follow-up': (who) => `Nudge ${who}`,
  'thank-you': (who) => `Thank ${who}`,
  'report-back': (who, to) => `Tell ${to} how the talk with ${who} went`,
  'keep-in-touch': (who) => `Keep in touch with ${who}`,
  'good-news': (who) => `Share your good news with ${who}`,
};

/** A step as a person reads it: "Thank Sam Lee (Acme)". */
export function stepTitle(entry: Pick<AgendaEntry, 'step' | 'person' | 'company' | 'to'>): string {
  return STEP_TITLES[entry.step](`${entry.person}${entry.company ? ` (${entry.company})` : ''}`, entry.to);
}

/**
 * The agenda as an iCalendar file (RFC 5545): one all-day VEVENT per step. Written by
 * hand because it is a dozen lines of text: escaping (3.3.11), CRLF line ends and
 * folding at 75 octets (3.1). `stamp` (an instant, as `Date`) fills DTSTAMP, so the
 * output is a pure function of its input.
 */
export function toICalendar(entries: readonly AgendaEntry[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Outreach Linter//Agenda//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const entry of entries) {
    const day = entry.due.replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidPart(entry.person)}-${entry.step}-${day}@outreach-lint`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${nextDay(entry.due)}`,
      `SUMMARY:${escapeText(stepTitle(entry))}`,
      `DESCRIPTION:${escapeText(`Draft: ${entry.draft}`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

const escapeText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
const uidPart = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Octets of one code point in UTF-8 (counted here: the core has no TextEncoder in its typed globals). */
const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets of UTF-8, never inside a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
