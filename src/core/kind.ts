import { KIND_CUES as CUES } from './kind-cues.js';
import { compilePrecompiled } from './text/phrase-table.js';
import { PhraseIndex } from './text/phrases.js';
import type { Sentence } from './text/sentences.js';
import type { MessageKind } from './types.js';

type CueName = keyof typeof CUES;
const CUE_NAMES = Object.keys(CUES) as CueName[];

let cueIndex: PhraseIndex | undefined;
function getCueIndex(): PhraseIndex {
  if (!cueIndex) {
    cueIndex = new PhraseIndex();
    CUE_NAMES.forEach((name, ref) => CUES[name].forEach((phrase) => cueIndex!.add(compilePrecompiled(phrase, ref))));
  }
  return cueIndex;
}

/** LinkedIn's limit on a connection note; short messages without a subject are read as such notes. */
export const LINKEDIN_NOTE_CHARACTERS = 300;

export function inferKind(sentences: Sentence[], hasSubject: boolean, proseCharacters: number): MessageKind {
  const index = getCueIndex();
  const body = sentences.filter((sentence) => sentence.section === 'body' || sentence.section === 'subject');
  const firstCue = new Map<CueName, number>();
  body.forEach((sentence, position) => {
    for (const match of index.match(sentence)) {
      const name = CUE_NAMES[match.phrase.ref];
      if (!firstCue.has(name)) firstCue.set(name, position);
    }
  });
  const first = (name: CueName) => firstCue.get(name) ?? Infinity;
  const present = (name: CueName) => firstCue.has(name);
  const earlyLimit = 1 + (hasSubject ? 1 : 0);

  // A note after the talk shows itself at the start; of thanks and follow-up, the
  // earlier cue decides. Thanking a referrer while asking their contact for time is an intro.
  const after = first('followUp') <= first('thanks') ? 'follow-up' : 'thank-you';
  if (first('thanks') <= earlyLimit && after === 'thank-you') return 'thank-you';
  if (present('referral') && present('ask')) return 'referral-intro';
  if (Math.min(first('thanks'), first('followUp')) <= earlyLimit) return after;
  if ((present('thanks') || present('followUp')) && !present('ask')) return after;
  if (present('referral')) return 'referral-intro';
  const linkedInLength = present('linkedin') ? 2 * LINKEDIN_NOTE_CHARACTERS : LINKEDIN_NOTE_CHARACTERS;
  if (!hasSubject && proseCharacters <= linkedInLength) return 'linkedin-note';
  return 'request';
}
