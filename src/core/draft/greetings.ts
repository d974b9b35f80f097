/** Words that open a greeting ("Hi Priya,", "Dear Dr. Lee,", "Greetings,"). */
export const GREETING_WORDS: readonly string[] = ['hi', 'hello', 'hey', 'dear', 'greetings'];
/** The times of day "good" greets with ("Good morning,"). */
export const TIMES_OF_DAY: readonly string[] = ['morning', 'afternoon', 'evening'];

/** A greeting's opening words as a regular expression's source; `space` is what may stand between "good" and the time of day. */
export const greetingOpener = (space: string): string => `(?:${GREETING_WORDS.join('|')}|good${space}(?:${TIMES_OF_DAY.join('|')}))`;
