import vocabulary from '../../generated/vocabulary.json';
import { ASK_TYPES, PARTNERS, type AskType, type DraftAsk } from './asks/index.js';
import { compilePrecompiled } from './text/phrase-table.js';
import { PhraseIndex } from './text/phrases.js';
import { memoize, type Sentence } from './text/sentences.js';
import type { MessageKind } from './types.js';

type Cue = 'thanksForTalk' | 'helpGiven' | 'thanks' | 'talkedPast' | 'nudge' | 'update' | 'plan' | 'onReaders' | 'reconnect' | 'referral' | 'introducer' | 'byReader' | 'readerSaid' | 'general' | 'source' | 'openEnded' | 'event' | 'linkedin' | 'connected' | 'platform' | 'letter' | 'reference' | 'decision' | 'recalled' | 'approached' | 'accepted';
/** The cue lists of rules/vocabulary/kinds.yaml, compiled at build time. */
const CUES = Object.entries(vocabulary as Record<string, string[]>)
  .filter(([name]) => name.startsWith('kinds.cues.'))
  .map(([name, phrases]) => ({ cue: name.slice('kinds.cues.'.length) as Cue, phrases }));

let cueIndex: PhraseIndex | undefined;
function getCueIndex(): PhraseIndex {
  if (!cueIndex) {
    cueIndex = new PhraseIndex();
    CUES.forEach(({ phrases }, ref) => phrases.forEach((phrase) => cueIndex!.add(compilePrecompiled(phrase, ref))));
  }
  return cueIndex;
}

/** Compiles the kind cues now, once, so the first lint does not spend its time budget on it. */
export function prepareKindCues(): void {
  getCueIndex();
}

const OPEN_ENDED = CUES.findIndex(({ cue }) => cue === 'openEnded');

/** The kind cues' matches in a sentence, kept with it: a long document's asks are read on every lint. */
const cueMatches = (sentence: Sentence) => memoize(sentence, 'kind-cue-matches', () => getCueIndex().match(sentence));

/** An introduction to whoever the reader thinks of, not to a named person ("anyone else I should talk to?"). */
function isOpenEnded(ask: DraftAsk): boolean {
  const { tokens } = ask.sentence;
  return cueMatches(ask.sentence).some((match) => match.phrase.ref === OPEN_ENDED && tokens[match.from].start >= ask.start && tokens[match.to - 1].end <= ask.end);
}

/** How far "ever" may follow "if" ("if you're ever", "if you ever find yourself"). */
const EVER_REACH = 3;

/** "If you're ever free for a coffee…": an invitation for some day, not a meeting asked for now. */
function isOpenInvitation(ask: DraftAsk): boolean {
  const { tokens } = ask.sentence;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].norm !== 'if') continue;
    for (let j = i + 1; j <= i + EVER_REACH && j < tokens.length; j++) if (tokens[j].norm === 'ever') return true;
  }
  return false;
}

/** Words that put the reader (or the writer with them) in a meeting: the ask model's, and the possessives ("your office", "our call"). */
const READER_WORDS: ReadonlySet<string> = new Set([...PARTNERS, 'your', 'our']);

/** Whether the ask's words include the reader: "could we talk?", not "I'd love 15 minutes to hear how she started". */
function namesReader(ask: DraftAsk): boolean {
  return ask.sentence.tokens.some((token) => token.start >= ask.start && token.end <= ask.end && READER_WORDS.has(token.norm));
}

/** An @handle that addresses someone ("@mhdawson, could you…"): how GitHub, X or Slack name people; an email address has a word before its "@". */
const HANDLE = /(?:^|\s)@[A-Za-z0-9][\w-]{1,38}\b/;

/** LinkedIn's limit on a connection note. */
export const LINKEDIN_NOTE_CHARACTERS = 300;
/** How many sentences of the body (with the subject) make the opening, where a note shows what it is. */
const OPENING = 2;

export interface KindEvidence {
  /** The subject and the opening of the message (greeting, body, closing). */
  sentences: Sentence[];
  asks: readonly DraftAsk[];
  /** Each ask's type code (see askTypeCodes), so asks of one type are found without reading the rest. */
  askTypes: Uint8Array;
  hasSubject: boolean;
  /** The subject answers or passes on a message ("Re: …", "Fwd: …"): the thread is already going. */
  replySubject: boolean;
  /** The greeting is a letter's ("Dear Ms. Okafor"). */
  formalGreeting: boolean;
  /** The greeting is chat's: exclaimed ("Hi Marcus!", "Hello!") or with an emoji ("Hi Bob 👋,"). */
  chatGreeting: boolean;
  hasClosing: boolean;
  /** The last line ends with a name signed after a dash ("… — Sam"), as a note does. */
  signedInline: boolean;
  proseCharacters: number;
}

/**
 * Weighs the cues of each kind and picks the strongest, instead of taking the first rule
 * that matches: a request that thanks the reader for a blog post is still a request, and a
 * thank-you that asks for a coffee is still read as what it opens with.
 */
export function inferKind(evidence: KindEvidence): MessageKind {
  const body = evidence.sentences.filter((sentence) => sentence.section === 'body' || sentence.section === 'subject');
  const weight: Record<Cue, number> = { thanksForTalk: 0, helpGiven: 0, thanks: 0, talkedPast: 0, nudge: 0, update: 0, plan: 0, onReaders: 0, reconnect: 0, referral: 0, introducer: 0, byReader: 0, readerSaid: 0, general: 0, source: 0, openEnded: 0, event: 0, linkedin: 0, connected: 0, platform: 0, letter: 0, reference: 0, decision: 0, recalled: 0, approached: 0, accepted: 0 };
  // A long document has thousands of asks: those of a type are found by their codes.
  /** The first ask of the type (not denied) at or after `from`, or -1. */
  const nextOfType = (code: number, from: number): number => {
    for (let i = from; i < evidence.askTypes.length; i++) if (evidence.askTypes[i] === code && !evidence.asks[i].negated) return i;
    return -1;
  };
  const asksOfType = (type: AskType): DraftAsk[] => {
    const code = ASK_TYPES.indexOf(type);
    const found: DraftAsk[] = [];
    for (let i = nextOfType(code, 0); i >= 0; i = nextOfType(code, i + 1)) found.push(evidence.asks[i]);
    return found;
  };
  const introductions = asksOfType('introduction');
  // What the writer hopes to learn from that person is no ask of the reader's time.
  const namedIntroduction = introductions.some((ask) => !isOpenEnded(ask));
  // Beside an introduction to someone named, a meeting that leaves the reader out ("I'd love
  // 15 minutes to hear how she got started") is the meeting with that person.
  const meetings = asksOfType('meeting').filter((ask) => !namedIntroduction || namesReader(ask));
  const asksForMeeting = meetings.length > 0;
  // A sentence's cues depend on its words only: read once, however often the draft is linted.
  const cues = body.map((sentence) => memoize(sentence, 'kind-cues', () => cuesOf(sentence)));
  // A chat at a conference, followed by a meeting asked for now, is the brief meeting a request opens
  // with, not the talk a thank-you is for; the note's other words about that talk
  // ("I enjoyed our conversation about…") are about the same chat.
  const meetingNow = meetings.some((ask) => !isOpenInvitation(ask));
  const chance = meetingNow && cues.some((seen) => seen.has('event')) ? 0.25 : 1;
  // "Follow-up" in the subject of a note that opens by thanking for a talk follows up that talk: it chases no earlier message.
  const openingLength = OPENING + (evidence.hasSubject ? 1 : 0);
  const thanksInBody = cues.some((seen, position) => position < openingLength && body[position].section === 'body' && seen.has('thanksForTalk'));
  cues.forEach((seen, position) => {
    const opening = position < openingLength ? 2 : 1;
    for (const cue of seen) {
      if (cue === 'nudge' && thanksInBody && body[position].section === 'subject') continue;
      weight[cue] += cue === 'thanksForTalk' || cue === 'talkedPast' ? opening * chance : opening;
    }
  });
  const asksFor = (type: AskType): boolean => nextOfType(ASK_TYPES.indexOf(type), 0) >= 0;

  const score: Record<MessageKind, number> = { request: 1, 'linkedin-note': 0, 'referral-intro': 0, 'intro-request': 0, 'thank-you': 0, 'follow-up': 0, other: 0 };
  score['thank-you'] += 2 * weight.thanksForTalk + 1.5 * weight.talkedPast;
  // Thanks for help given, in a note that asks for nothing, is a thank-you for it. An open
  // invitation ("stop by if you're ever in New York") closes thank-you notes; it asks nothing now.
  const asksSomething = evidence.asks.some((ask) => !ask.negated && !isOpenInvitation(ask));
  // Thanks of any other kind count where nothing more telling is thanked for.
  if (!asksSomething) score['thank-you'] += 1.5 * weight.helpGiven + (weight.thanksForTalk + weight.helpGiven > 0 ? 0 : weight.thanks);
  score['follow-up'] += 3 * weight.nudge + 1.5 * (weight.update + weight.byReader + weight.recalled) + 0.5 * weight.talkedPast;
  // Knowing the reader already outweighs the meeting a catch-up asks for: no one catches
  // up with a stranger, wherever in the note it is said.
  if (weight.reconnect > 0) score['follow-up'] += 3 + weight.reconnect;
  // A meeting asked for now marks a request; an open invitation for some day ("if you're
  // ever in Leeds, coffee is on me") closes thank-you notes as often, so it weighs less.
  if (meetingNow) score.request += 2;
  else if (meetings.length > 0) score.request += 1;
  if (asksFor('job') || asksFor('advice')) score.request += 1;
  // Asking someone you know for an introduction to a named person, and for nothing else.
  // "Who else should I talk to?" is open-ended: a request, thank-you or report back may ask it.
  if (namedIntroduction) score['intro-request'] += asksForMeeting ? 1 : 3;
  else if (introductions.length > 0) score['intro-request'] += 1;
  // An introduction to a named person is asked of someone the writer knows: picking up
  // with them says so too. "Who else should I talk to?" may close any note.
  if (namedIntroduction && weight.reconnect > 0) score['intro-request'] += 3 + weight.reconnect;
  // LinkedIn notes are short, have no subject and usually no sign-off; emails have both.
  const short = evidence.proseCharacters <= 2 * LINKEDIN_NOTE_CHARACTERS;
  if (asksFor('connection') && short) score['linkedin-note'] += 2;
  score['linkedin-note'] += weight.linkedin > 0 ? 1 : 0;
  // What only goes with an invitation to connect (a request to connect, thanks ahead for accepting) outweighs a meeting asked for.
  if (weight.connected > 0) score['linkedin-note'] += 4;
  // "Dear …" opens a letter, not a connection note; so does a message that calls itself an email.
  if (evidence.formalGreeting) score['linkedin-note'] -= 1.5;
  if (weight.letter > 0) score['linkedin-note'] -= 2;
  // A note's shape (short, no subject) says LinkedIn only beside a word of it: a request to
  // connect, LinkedIn or a platform named. A short greeting and one question is as often an
  // email, a DM or a message quoted without its header, and people who label such messages
  // call most of them requests. A connection note goes with a request to connect, or asks
  // something; one that asks nothing (news, thanks, a hello) counts half.
  // A chat greeting ("Hi Marcus!", "Hi Bob 👋,") opens a direct message more often than an email, and a
  // name signed after a dash on the last line closes one.
  const named = weight.linkedin + weight.connected + weight.accepted + weight.platform > 0 || asksFor('connection') || evidence.chatGreeting || evidence.signedInline;
  const noteShape = !named ? 0 : evidence.asks.some((ask) => !ask.negated) ? 1 : 0.5;
  // A thread that names people by @handle is not LinkedIn, where a note has no handles.
  if (body.some((sentence) => HANDLE.test(sentence.text))) score['linkedin-note'] -= 3;
  // A chat greeting over a short note with no subject ("Hi Marcus! …", "Hi Bob 👋, …") is how
  // direct messages open; emails greet with a comma and carry a subject.
  if (evidence.chatGreeting && short && !evidence.hasSubject) score['linkedin-note'] += 2;
  // So does a short note signed at the end of its last line ("…if a fit opens up. — Sam").
  if (evidence.signedInline && short && !evidence.hasSubject) score['linkedin-note'] += 2;
  // A reply's subject ("Re: …") continues a thread, which no first request does: read
  // as a nudge, it yields to what the note itself says it is (a thanks, an introduction asked).
  if (evidence.replySubject) score['follow-up'] += 3;
  if (evidence.hasSubject) {
    score['linkedin-note'] -= 3;
    if (!evidence.replySubject) score.request += 0.5;
  } else if (evidence.proseCharacters <= LINKEDIN_NOTE_CHARACTERS) {
    score['linkedin-note'] += noteShape * (evidence.hasClosing ? 2 : 2.5);
  } else if (short && !evidence.hasClosing) {
    score['linkedin-note'] += noteShape * 2.5;
  } else if (!short && weight.connected === 0) {
    // Only a message after connecting may run long on LinkedIn (a note is capped).
    score['linkedin-note'] -= 2;
  }

  // A referral-intro is a first message, email or note, that names who sent the writer:
  // it takes the stronger of the two and adds the referral, most when named early.
  // The introduction made by a connector counts the same, unless the note asks the reader
  // for an introduction (its words are then the blurb to forward).
  const referral = weight.referral + (namedIntroduction ? 0 : weight.introducer);
  if (referral > 0) score['referral-intro'] = Math.max(score.request, score['linkedin-note']) + 1.5 * referral - 1;

  // Neither outreach nor its follow-through: a reference asked of someone who knows the
  // writer's work, or an answer to a hiring decision. Their checks are the general ones.
  // Such a note often opens by picking up with the reader ("even though it's been a while"):
  // the reference, not the catch-up, is what it is for.
  if (weight.reference > 0 && asksSomething) score.other = Math.max(3 + weight.reference, score['follow-up'] + 1);
  score.other += 3 * weight.decision;
  // An answer to the reader's approach (a recruiter's message, a stranger's request) is no outreach.
  score.other += 3 * weight.approached;

  let best: MessageKind = 'request';
  for (const kind of Object.keys(score) as MessageKind[]) if (score[kind] > score[best]) best = kind;
  return best;
}

/** The kind cues a sentence gives. */
function cuesOf(sentence: Sentence): ReadonlySet<Cue> {
  const seen = new Set<Cue>();
  const matches = cueMatches(sentence);
  const goingOn = matches.filter((match) => CUES[match.phrase.ref].cue === 'plan' || CUES[match.phrase.ref].cue === 'onReaders');
  for (const match of matches) {
    const cue = CUES[match.phrase.ref].cue;
    // A nudge's words inside what the writer will do ("I'll follow up with Dana") look ahead,
    // and on the reader's advice or work ("following up on your post") go on from it: neither chases an earlier message.
    if (cue === 'nudge' && goingOn.some((other) => other.from < match.to && match.from < other.to)) continue;
    seen.add(cue);
    // "Thanks for connecting!" with nothing after it answers a request to connect accepted;
    // "thanks for connecting us" thanks for an introduction.
    if (cue === 'linkedin' && match.to === sentence.tokens.length) seen.add('accepted');
  }
  // A referral is someone sending the writer to this reader. Where the reader sent the
  // writer on, the sentence reports back; where a page speaks, or the writer was sent
  // to people in general with no "you", no one sent them here.
  const toReader = sentence.tokens.some((token) => token.norm === 'you');
  if (seen.has('byReader') || seen.has('readerSaid') || seen.has('source') || (seen.has('general') && !toReader)) seen.delete('referral');
  // A meeting at an event ("we met last night at the networking event") is the occasion a first note opens with, weighed as such.
  if (seen.has('event')) seen.delete('recalled');
  // The reader closing the loop on a decision, or the reader's approach, is what the writer answers, not a report back.
  if (seen.has('decision') || seen.has('approached')) {
    seen.delete('update');
    seen.delete('helpGiven');
  }
  // Thanks for the approach are the answer's manners, not a thank-you's purpose.
  if (seen.has('approached')) seen.delete('thanks');
  // Thanks for connecting with the writer ("…earlier") thank for an accepted invitation, not a talk.
  if (seen.has('accepted')) seen.delete('thanksForTalk');
  // Advice the writer will act on is a thank-you's promise, not a report back.
  if (seen.has('plan')) {
    seen.delete('update');
    seen.delete('byReader');
  }
  return seen;
}
