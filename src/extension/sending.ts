import type { Outgoing } from '../core/index.js';

/**
 * A `mailto:` link (RFC 6068) that opens the user's mail app with the draft
 * filled in; line breaks are sent as CRLF, as that RFC asks.
 */
export function mailtoLink({ to, subject, body }: Outgoing): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%0A/g, '%0D%0A');
  const query = [subject ? `subject=${encode(subject)}` : '', body ? `body=${encode(body)}` : ''].filter(Boolean).join('&');
  const address = (value: string) => encodeURIComponent(value).replace(/%40/g, '@');
  const recipients = to ? to.split(/\s*[,;]\s*/).map(address).join(',') : '';
  return `mailto:${recipients}${query ? `?${query}` : ''}`;
}

/** What "Copy Draft for Sending" puts on the clipboard: the subject as a first line, then the body. */
export function clipboardText({ subject, body }: Outgoing): string {
  return subject ? `Subject: ${subject}\n\n${body}` : body;
}
