import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { Options } from './options.js';

export type { MessageKind, Options, RuleSetting, Severity } from './options.js';

/**
 * Checks an outreach draft with Outreach Linter's rules: each finding becomes a vfile
 * message, and config problems become `outreach-config` messages.
 */
export default function retextOutreach(options?: Readonly<Options> | null): (tree: Root, file: VFile) => undefined;
