import { readFileSync } from 'node:fs';
export { readConfigText } from '../node/config-file.js';

/** A draft file's text, or why it was not read. */
export type DraftText = { text: string; warning?: string } | { skipped: string };

/** Bytes looked at to tell a binary file from text, as git and grep do. */
const SNIFF_BYTES = 8000;

/**
 * Decodes a draft: UTF-8 with or without a byte order mark, UTF-16 with one. A file
 * with NUL bytes and no UTF-16 mark is binary and skipped; invalid UTF-8 (a Latin-1
 * file, say) is read with replacement characters and a warning.
 */
export function decodeDraft(bytes: Uint8Array): DraftText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.subarray(start, start + SNIFF_BYTES).includes(0)) return { skipped: 'a binary file, not a draft; skipped' };
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(body),
      warning: 'is not valid UTF-8 (perhaps Latin-1 or Windows-1252); the bytes that are not were read as \uFFFD. Save it as UTF-8 to check it as written',
    };
  }
}

export function readDraft(path: string): DraftText {
  return decodeDraft(readFileSync(path));
}

