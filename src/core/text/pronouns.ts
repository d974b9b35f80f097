/**
 * The writer and the reader as the ask model, kind cues and tone rules read them: by the
 * normalized word ("I'm" → "im"). The Draft Coach's I/you balance (factors/pronouns.ts)
 * reads the word as written instead, where "I'll" and "ill" differ.
 */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['i', 'im', 'id', 'ive', 'ill', 'me', 'my', 'mine', 'myself']);
export const READER_WORDS: ReadonlySet<string> = new Set(['you', 'your', 'youre', 'youd', 'youve', 'youll', 'yours', 'yourself']);
