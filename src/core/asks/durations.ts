import { readDurations, type Duration } from '../text/durations.js';
import type { Sentence } from '../text/sentences.js';

/** Where an ask stands in the draft: the sentence, the words that make it and the end of its clause. */
interface AskSpan {
  sentence: Sentence;
  cueStart: number;
  end: number;
}

/**
 * Whether a duration belongs to an ask: it stands between the words that make the ask and
 * the end of its clause. Time mentioned before the ask is background ("after a 45-minute
 * commute, I'd welcome a 20-minute call" asks for 20 minutes).
 */
export function withinAsk(duration: Duration, ask: AskSpan): boolean {
  return duration.start >= ask.cueStart && duration.end <= ask.end;
}

/** The durations an ask names. */
export function askDurations(ask: AskSpan): Duration[] {
  return readDurations(ask.sentence).filter((duration) => withinAsk(duration, ask));
}
