import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type * as Types from './options.js';

/**
 * Checks an outreach draft with Outreach Linter's rules: each finding becomes a vfile
 * message, and config problems become `outreach-config` messages.
 */
declare function plugin(options?: Readonly<Types.Options> | null): (tree: Root, file: VFile) => undefined;

/** `require('outreach-linter/retext')` is the plugin; `.default` is the same function. */
declare const retextOutreach: typeof plugin & { default: typeof plugin };

declare namespace retextOutreach {
  type MessageKind = Types.MessageKind;
  type Options = Types.Options;
  type RuleSetting = Types.RuleSetting;
  type Severity = Types.Severity;
}

export = retextOutreach;
