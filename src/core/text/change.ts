/**
 * How a text differs from the one linted before it: they share `prefix` characters at
 * the start and `suffix` at the end (never overlapping in either). Found once per lint,
 * and read by each part that keeps what it made of the previous text.
 */
export interface TextChange {
  previous: string;
  prefix: number;
  suffix: number;
}

export function textChange(previous: string, text: string): TextChange {
  const prefix = commonPrefix(previous, text);
  return { previous, prefix, suffix: commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix) };
}

/** Characters the texts share from their start, compared a chunk at a time (string equality is native). */
export function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 3) {
    while (at + chunk <= limit && a.slice(at, at + chunk) === b.slice(at, at + chunk)) at += chunk;
  }
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Characters the texts share at their end, at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let at = 0;
  for (let chunk = 4096; chunk >= 1; chunk >>= 3) {
    while (at + chunk <= limit && a.slice(a.length - at - chunk, a.length - at) === b.slice(b.length - at - chunk, b.length - at)) at += chunk;
  }
  while (at < limit && a.charCodeAt(a.length - 1 - at) === b.charCodeAt(b.length - 1 - at)) at++;
  return at;
}
