import { compilePhrase, PhraseIndex } from './text/phrases.js';
import type { Sentence } from './text/sentences.js';
import type { MessageKind } from './types.js';

/**
 * Cues for telling the kinds apart (see the domain doc's table of kinds). A thank-you
 * or follow-up shows itself early; a request names a referrer or asks for time.
 */
const CUES: Record<'thanks' | 'followUp' | 'referral' | 'ask' | 'linkedin', string[]> = {
  thanks: [
    'it was such? a? great|pleasure|wonderful|lovely|nice|good|fantastic to? speak|speaking|talk|talking|meet|meeting|chat|chatting|connect|connecting',
    'enjoyed|loved our|learning|talking|speaking|meeting|chatting|hearing|the',
    'thank|thanks you? so? much? for meeting|speaking|talking|chatting|sitting',
    'for taking the|some? time to meet|speak|talk|chat|sit',
    'for taking time out of your day',
    'for the wonderful|great|helpful|insightful time|conversation|chat|call|meeting',
    'for sharing your insight|insights|advice|time|experience|story|perspective',
    'great to meet|see you',
    'our conversation|chat|call|meeting|talk',
    'learned so much',
  ],
  followUp: [
    'following|follow up',
    'bump this',
    'checking|check in',
    'circling|circle back',
    'touch base',
    'my previous|last|earlier|original email|message|note',
    'have not heard',
    '=havent heard',
    'just wanted to check|see|let',
    'good news',
    'i have? accepted',
    '=ive accepted',
    'happy|excited|thrilled to share|announce|report',
    'wanted to update',
    'an update',
    'quick update',
    'been a while',
    'since we spoke|talked|met|last',
    'as you suggested',
    'spoke|talked|met with your contact|friend|colleague',
    // A report back to whoever made an introduction.
    'for introducing|connecting me',
    'for the introduction|intro|connection',
    'we spoke|talked|met on|last|yesterday|today|earlier',
    'keep you posted',
  ],
  referral: [
    'referred|suggested|recommended that? i|me reach|contact|write|email|get|connect|talk|speak',
    'suggested that we|you',
    'referred by',
    'mutual connection|friend|contact|acquaintance',
    'introduced|connected us',
    'gave|passed me? your name|email|contact|details|information',
    'pointed me to|toward|towards you',
    'at the suggestion of',
    'thought you would|might be',
    '=thought you’d',
    'would be a great person to',
    'for the introduction|intro',
  ],
  linkedin: ['love|like|glad|happy to connect', 'connect here|on linkedin', 'connection request', 'linkedin'],
  ask: [
    'would|could you be open|available|willing|interested',
    'would|do you have * minutes|time|moment',
    'could|can we meet|chat|talk|speak|schedule|set|find|grab|hop',
    'would it be possible',
    'are you available|open|free',
    'informational interview',
    'a quick|brief|short call|chat|conversation|meeting',
    'spare * minutes',
  ],
};

type CueName = keyof typeof CUES;
const CUE_NAMES = Object.keys(CUES) as CueName[];

let cueIndex: PhraseIndex | undefined;
function getCueIndex(): PhraseIndex {
  if (!cueIndex) {
    cueIndex = new PhraseIndex();
    CUE_NAMES.forEach((name, ref) => CUES[name].forEach((phrase) => cueIndex!.add(compilePhrase(phrase, ref))));
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
