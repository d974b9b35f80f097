import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_CONFIG_CHARACTERS } from '../core/index.js';

/**
 * A config file's text for the core's discovery, read no further than its size limit.
 * Shared by the Node adapters (CLI and language server); the extension reads through
 * VS Code's file system instead.
 */
export function readConfigText(path: string): string {
  const descriptor = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(MAX_CONFIG_CHARACTERS + 1);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    if (length > MAX_CONFIG_CHARACTERS) throw new Error(`larger than ${MAX_CONFIG_CHARACTERS / 1024} KB`);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(descriptor);
  }
}
