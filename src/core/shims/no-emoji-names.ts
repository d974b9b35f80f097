/**
 * Stands in for gemoji in the bundle. retext-sentiment uses gemoji only to also
 * score emoji written as `:shortcode:`; emoji characters themselves keep their
 * scores (from emoji-emotion). Drafts use the characters, and gemoji's names
 * would be an eighth of the extension's size.
 */
export const emojiToName: Record<string, string> = {};
export const nameToEmoji: Record<string, string> = {};
export const gemoji: unknown[] = [];
