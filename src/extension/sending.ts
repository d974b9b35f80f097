/** A draft split into what a mail app needs. */
export interface Outgoing {
  to?: string;
  subject?: string;
  /** The text to send: no front matter, no header block. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const HEADER_FIELD = /^(to|cc|bcc|from|subject|date|reply-to|sent)\s*:\s*(.*)$/i;

/** Separates front matter and the `To:`/`Subject:` header block from the body that gets sent. */
export function splitForSending(text: string): Outgoing {
  const lines = text.replace(FRONT_MATTER, '').split(/\r\n|\r|\n/);
  let index = 0;
  while (index < lines.length && lines[index].trim() === '') index++;
  const fields: Record<string, string> = {};
  for (let field = HEADER_FIELD.exec(lines[index] ?? ''); field; field = HEADER_FIELD.exec(lines[++index] ?? '')) {
    fields[field[1].toLowerCase()] = field[2].trim();
  }
  const body = lines.slice(index).join('\n').trim();
  return {
    ...(fields.to ? { to: fields.to } : {}),
    ...(fields.subject ? { subject: fields.subject } : {}),
    body,
  };
}

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
