import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { lintFile, type MessageKind } from '../core/index.js';

export interface OutreachPluginOptions {
  config?: unknown;
  kind?: MessageKind;
}

/**
 * The core as a unified plugin, so unified-engine can run it per file with the
 * config it found for that file. The tree is unused: the core parses the draft itself,
 * because it needs the email's shape (header, quotes, signature) before the prose.
 */
export function outreachLint(this: Processor, settings?: unknown) {
  // unified-engine merges the options of every config that names this plugin.
  const options = (settings ?? {}) as OutreachPluginOptions;
  this.parser = () => ({ type: 'root', children: [] });
  return (_tree: unknown, file: VFile) => {
    lintFile(file, { config: options.config, kind: options.kind });
  };
}
