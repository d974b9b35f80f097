import { boundsLength, meetingDurations } from './durations.js';
import { READER_WORDS, WRITER_WORDS } from '../text/pronouns.js';
import { memoize, stemWord, type Sentence, type Token } from '../text/sentences.js';
import { clausesOf, gapBefore, type Clause } from './clauses.js';
import { FieldToken, readingOf } from './fields.js';
import { organisationAfter } from './organisation.js';
import { matchVocabulary, type ListName, type VocabularyMatch } from './vocabulary.js';

import type { AskType } from '../types.js';

export type { AskType };
export const ASK_TYPES: readonly AskType[] = ['meeting', 'advice', 'connection', 'introduction', 'job', 'other'];
/** How the ask is made (asks.md §1): a pitch is a statement that works as a job ask. */
export type AskForm = 'question' | 'request' | 'imperative' | 'wish' | 'pitch';

/** One ask of one sentence; offsets are relative to the sentence so the reading can be cached with it. */
export interface SentenceAsk {
  type: AskType;
  form: AskForm;
  /** The clause that carries the ask. */
  start: number;
  end: number;
  /** The words that decided the type ("refer me", "a 20-minute call"). */
  cueStart: number;
  cueEnd: number;
  /** A negation stands just before the ask or its object ("I'm not asking for a job"). */
  negated: boolean;
  /** Asked to be answered in writing ("by email"). */
  written?: boolean;
  /** A job interview thanked for: the talk in its words was had, not asked for. */
  lookedBack?: boolean;
}

/** When a clause names several objects, the one a coach would worry about most decides. */
const TYPE_ORDER: readonly AskType[] = ['job', 'introduction', 'meeting', 'connection', 'advice'];
const FORMS: Partial<Record<ListName, AskForm>> = {
  'forms.modal': 'request',
  'forms.embedded': 'request',
  'forms.wish': 'wish',
  'forms.imperative': 'imperative',
  'forms.pitch': 'pitch',
  'forms.pitchAtOrganisation': 'pitch',
};
/** Asks that stand beside another in the same clause rather than being its topic. */
const SECONDARY = ['introduction', 'connection'] as const;
const OBJECT_LISTS: Record<Exclude<AskType, 'other' | 'job'>, ListName> = {
  introduction: 'objects.introduction',
  meeting: 'objects.meeting',
  connection: 'objects.connection',
  advice: 'objects.advice',
};

/** Words that may stand before an imperative's verb at the start of a clause, with the forms of address ("Sir, please…"). */
const IMPERATIVE_LEAD = new Set(['please', 'so', 'just', 'and', 'also', 'then', 'kindly', 'but', 'or', 'simply', 'maybe', 'perhaps', 'do', 'ps', 'sir', 'madam', 'maam', 'dear', 'hi', 'hello', 'hey']);
/** Words that make a job noun the writer's search ("a role", "any position")… */
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'any', 'some', 'another', 'open', 'available', 'new', 'entry-level', 'junior', 'full-time', 'part-time', 'summer']);
/** …and words that make it someone's own ("your role", "my position"): a topic, not an ask. */
const POSSESSIVES = new Set(['your', 'yours', 'my', 'his', 'her', 'their', 'our', 'its']);
/** A question word between the ask and a job noun makes the noun part of a question about the field. */
const QUESTION_WORDS = new Set(['how', 'what', 'which', 'why', 'where', 'when', 'who', 'whether']);
/** A subordinate clause ("because I am in a similar position") is background, not the object of the ask. */
/**
 * "advice on …", "tips for …": what follows is the topic of the advice. Only nouns of
 * advice take a topic so: "tell me about the hiring timeline for this role" asks about the job.
 */
const ADVICE_NOUNS = new Set(['advice', 'tips', 'tip', 'thoughts', 'insight', 'insights', 'perspective', 'perspectives', 'guidance', 'suggestions', 'recommendations', 'pointers', 'wisdom', 'lessons']);
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'for', 'into', 'regarding', 'around', 're']);
/** How far the topic may start after its preposition ("advice on the best way to land a role"). */
const TOPIC_REACH = 5;
const OBJECT_BARRIERS = new Set([...QUESTION_WORDS, 'because', 'since', 'although', 'though', 'while', 'as']);
const QUESTION_OPENERS = new Set([...QUESTION_WORDS, 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'would', 'could', 'can', 'should', 'will']);
/** A question that leaves out "are you" ("Free for a call next week?"). */
const ELIDED_QUESTION = new Set(['free', 'available', 'around', 'open', 'up', 'interested', 'keen', 'fancy', 'any']);
/** Subjects other than the writer: the verb after them is not the writer's pitch. */
const OTHER_SUBJECTS = new Set(['you', 'youre', 'youd', 'youve', 'youll', 'they', 'theyre', 'he', 'she', 'people', 'someone', 'somebody', 'everyone', 'others', 'who']);
/** Words before a verb: "to work", "I'd intern", "you work", "you were working". */
const VERB_LEADS = new Set(['to', 'i', 'id', 'ill', 'you', 'youd', 'we', 'they', 'he', 'she', 'could', 'would', 'can', 'will', 'might', 'may', 'should', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'currently', 'now', 'still']);
/** A relative clause's opener, and what may stand between it and the writer's ask. */
const RELATIVES = new Set(['that', 'which']);
const RELATIVE_FILLERS = new Set(['really', 'very', 'also', 'so', 'particularly', 'especially', 'genuinely', 'would', 'be']);
/** Words that put the reader in a meeting: "you", or the writer and reader together. */
export const PARTNERS: ReadonlySet<string> = new Set(['you', 'youre', 'youd', 'youve', 'youll', 'we', 'us', 'lets']);
/** A yes/no question opens with an auxiliary: put to the reader even without "you" ("Would Tuesday work for a call?"). */
const YES_NO_OPENERS = new Set(['do', 'does', 'is', 'are', 'would', 'could', 'can', 'will', 'might', 'may', 'should', 'isnt', 'arent', 'wouldnt']);
/**
 * Gladness told in the past is narration ("I was happy to talk with her"), not an ask;
 * "I was hoping to…" is only a polite present.
 */
const PAST = new Set(['was', 'were', 'had', 'did']);
/** Words that may come before a question's verb: a greeting run into it ("Hi, are you…") or a link. */
const QUESTION_LEADS = new Set(['hi', 'hello', 'hey', 'so', 'and', 'but', 'also', 'ok', 'okay', 'well', 'anyway']);
/** The modal of "… would be much appreciated", where the thing asked for comes first. */
const WELCOME_MODALS = new Set(['would', 'will', 'could']);
/** "… would be much appreciated", "… would mean a lot", "… would help". */
const WELCOME_VERBS = new Set(['be', 'mean', 'help']);
/** Question words that take their object with them to the front ("which role would suit…"). */
const WH_FRONTED = new Set(['which', 'what']);
const GLAD = new Set(['happy', 'glad', 'willing', 'keen', 'excited', 'eager', 'delighted', 'thrilled']);
/** Asks a question that does not name the reader still makes, when its object is one of these. */
const ASKED_WITHOUT_READER: readonly AskType[] = ['job', 'meeting', 'introduction'];
/** A subject line that says it is a request ("Informational interview request", "Request for a chat"). */
const SUBJECT_REQUEST = new Set(['request', 'requesting', 'ask']);
/** Words a thank-you's subject opens with. */
const THANKS_WORDS = new Set(['thank', 'thanks', 'thankyou', 'thx']);
const CONNECT_STEM = stemWord('connect');
const NEGATION_REACH = 3;
const OWNER_REACH = 2;
/** How far into a question with no reader its meeting may start ("a quick 15-minute call?"). */
const ELIDED_MEETING_REACH = 3;
const DETERMINER_REACH = 3;

/** How many words may stand between an introduction's words and the hiring route they lead to ("connect me with the hiring manager"). */
const ROUTE_REACH = 3;
/** Words that join a second person to the route ("the hiring manager, or an engineer on the team"). */
const JOINING = new Set(['or', 'and']);

/**
 * Whether an introduction's words lead straight to the job's ("introduce me to your recruiter",
 * "pass my note along to your hiring manager"): the introduction is the route to the job, not
 * an ask of its own (asks.md §2).
 */
function leadsToJob(tokens: readonly Token[], clause: Clause, inClause: readonly VocabularyMatch[], introduction: VocabularyMatch): boolean {
  const toJob = inClause.some((job) => job.list === 'objects.job' && job.from >= introduction.to && job.from <= introduction.to + ROUTE_REACH);
  if (!toJob) return false;
  // A second person named after the route ("…, or an engineer on the team") is still an introduction.
  for (let i = introduction.to; i < clause.to; i++) if (JOINING.has(tokens[i].norm)) return false;
  return true;
}

/** What a note is for, and a fix must not lose with the words it changes: a talk, advice, an introduction or a connection. */
const KEPT_ASKS: ReadonlySet<AskType> = new Set(['meeting', 'advice', 'introduction', 'connection']);

/** A sentence's asks of the kinds a fix must keep, made and not denied; a self-pitch asks nothing to keep. */
export const keptAsksOf = (sentence: Sentence): SentenceAsk[] => readSentenceAsks(sentence).filter((ask) => !ask.negated && ask.form !== 'pitch' && KEPT_ASKS.has(ask.type));

/** The asks of one sentence, read once however often the draft is linted. */
export function readSentenceAsks(sentence: Sentence): SentenceAsk[] {
  if (sentence.section !== 'body' && sentence.section !== 'subject') return [];
  return memoize(sentence, 'asks', () => {
    const durations = meetingDurations(sentence);
    // Template fields read as the role or organisation they stand for; offsets are unchanged.
    const reading = readingOf(sentence);
    const matches = matchVocabulary(reading);
    let previous: SentenceAsk | undefined;
    const asks = clausesOf(reading).flatMap((clause) => {
      if (clause.label) return [];
      // A connector's words speak for the whole sentence ("Meet Alex — you two should talk").
      const inClause = matches.filter((match) => (match.from >= clause.from && match.to <= clause.to) || match.list === 'not.connector');
      const ask = readClause(reading, clause, inClause, durations) ?? elaboration(reading, clause, inClause, previous);
      previous = ask;
      if (!ask) return [];
      if (ask.type === 'advice' && inClause.some((match) => match.list === 'not.written')) ask.written = true;
      // Connecting and introducing are acts of their own beside what the clause asks for
      // ("connect, and hear your advice"; "the hiring manager, or an engineer on the team").
      // A job ask can carry a meeting too ("happy to send my resume or hop on a call").
      const beside = ask.type === 'job' && !ask.lookedBack ? [...SECONDARY, 'meeting' as const] : SECONDARY;
      const extra = beside.flatMap((type) => {
        // Words that name the ask's own object, or an introduction, are not a second act:
        // "connecting me with Dana" and "connect me with the hiring manager" make no connection ask.
        const ownList = ask.type === 'job' ? 'objects.job' : OBJECT_LISTS[ask.type as keyof typeof OBJECT_LISTS];
        const counted = (other: VocabularyMatch) => other.list === ownList || (type === 'connection' && other.list === OBJECT_LISTS.introduction);
        const ownCue = (match: VocabularyMatch) => inClause.some((own) => counted(own) && own.from < match.to && match.from < own.to);
        const found =
          ask.type !== type &&
          inClause.find((match) => match.list === OBJECT_LISTS[type] && !ownCue(match) && usableObject(reading.tokens, clause, inClause, match) && !(type === 'introduction' && leadsToJob(reading.tokens, clause, inClause, match)));
        // The reader's time beside a job ask is a meeting too ("spare a few minutes to discuss… and what I could contribute").
        // Time words inside the job's own cue are the job's ("any slot left for a junior developer").
        const time = !found && type === 'meeting' && ask.type === 'job' && ask.form !== 'pitch' ? timeAsked(reading, clause, inClause.filter((match) => !ownCue(match)), durations) : undefined;
        // Like the ask's own cue, it spans from the words that ask to the object, so a length
        // between them ("I'd love a 15-minute chat to see if I'm a fit") is the meeting's.
        const cue = found
          ? { cueStart: Math.min(ask.cueStart, reading.tokens[found.from].start - reading.start), cueEnd: reading.tokens[found.to - 1].end - reading.start }
          : time && { cueStart: time.start - reading.start, cueEnd: time.end - reading.start };
        if (!cue) return [];
        return [{ ...ask, type, ...cue }];
      });
      return [ask, ...extra];
    });
    return withLengthAfter(reading, asks, matches, durations);
  });
}

/**
 * Questions put to the reader with a length said after them in the sentence ("I'd love to
 * ask you a few questions — 20 minutes would be more than enough"): time bounded like a
 * meeting's makes them a conversation, unless they are to be answered in writing.
 */
function withLengthAfter(sentence: Sentence, asks: SentenceAsk[], matches: VocabularyMatch[], durations: { start: number; end: number }[]): SentenceAsk[] {
  if (durations.length === 0 || asks.some((ask) => ask.type === 'meeting')) return asks;
  const questions = asks.find((ask) => ask.type === 'advice' && !ask.negated && !ask.written);
  if (!questions) return asks;
  const length = durations.find((duration) => duration.start - sentence.start >= questions.end);
  if (!length || !boundsLength(sentence, sentence.start + questions.end, sentence.end, matches)) return asks;
  const end = length.end - sentence.start;
  return [...asks, { ...questions, type: 'meeting', end, cueEnd: end }];
}

interface Cue {
  from: number;
  to: number;
}

/** The reader's time a clause asks for ("a few minutes of your time", "even 10 minutes"), unless to be answered in writing; offsets in the draft. */
function timeAsked(sentence: Sentence, clause: Clause, matches: VocabularyMatch[], durations: { start: number; end: number }[]): { start: number; end: number } | undefined {
  const { tokens } = sentence;
  if (matches.some((match) => match.list === 'not.written')) return undefined;
  const nots = matches.filter((match) => match.list === 'not.notMeeting' || match.list === 'not.thirdPerson' || match.list === 'not.connector');
  const time = timeInClause(tokens, clause, matches.filter((match) => match.list === 'objects.time'), nots, durations);
  return time && { start: tokens[time.from].start, end: tokens[time.to - 1].end };
}

/** A word for the reader's time ("a few minutes", "your time") or a length in the clause; token positions. */
function timeInClause(tokens: Token[], clause: Clause, times: VocabularyMatch[], limits: VocabularyMatch[], durations: { start: number; end: number }[]): Cue | undefined {
  const time = times.find((match) => usableObject(tokens, clause, limits, match));
  if (time) return { from: time.from, to: time.to };
  return durationInClause(tokens, clause, durations);
}

/** A length of time ("20 minutes") inside the clause; token positions. */
function durationInClause(tokens: Token[], clause: Clause, durations: { start: number; end: number }[]): Cue | undefined {
  const duration = durations.find((d) => d.start >= tokens[clause.from].start && d.end <= tokens[clause.to - 1].end);
  if (!duration) return undefined;
  const from = tokens.findIndex((token) => token.start >= duration.start);
  const to = tokens.findIndex((token) => token.end >= duration.end) + 1;
  return from >= 0 && to > from ? { from, to } : undefined;
}

/**
 * Pronouns that give a clause its own subject, and past forms: with either, the clause
 * says something new ("I had coffee with…", "— it was a great call").
 */
const NEW_STATEMENT = new Set([...WRITER_WORDS, ...PAST, 'we', 'weve', 'he', 'she', 'they', 'theyre', 'there', 'theres']);

/**
 * A clause with no subject of its own after a dash or colon finishes the ask before it:
 * "I'd love to hear how you chose policy — ideally over coffee" asks for a meeting.
 */
function elaboration(sentence: Sentence, clause: Clause, matches: VocabularyMatch[], previous: SentenceAsk | undefined): SentenceAsk | undefined {
  if (!previous || previous.form === 'pitch' || (previous.type !== 'advice' && previous.type !== 'other')) return undefined;
  const tokens = sentence.tokens;
  if (tokens.slice(clause.from, clause.to).some((token) => NEW_STATEMENT.has(token.norm))) return undefined;
  const meeting = matches.find((match) => match.list === 'objects.meeting' && usableObject(tokens, clause, matches, match));
  if (!meeting) return undefined;
  return {
    ...previous,
    type: 'meeting',
    start: tokens[clause.from].start - sentence.start,
    end: (clause.to === tokens.length ? sentence.end : tokens[clause.to - 1].end) - sentence.start,
    cueStart: tokens[meeting.from].start - sentence.start,
    cueEnd: tokens[meeting.to - 1].end - sentence.start,
  };
}

/** A day of the month ("the 20th", "on the 3rd"): token positions. */
const ORDINAL_DATE = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/i;
function ordinalDate(tokens: Token[], clause: Clause): Cue | undefined {
  for (let i = clause.from; i < clause.to; i++) if (ORDINAL_DATE.test(tokens[i].text)) return { from: i, to: i + 1 };
  return undefined;
}

function readClause(sentence: Sentence, clause: Clause, matches: VocabularyMatch[], durations: { start: number; end: number }[]): SentenceAsk | undefined {
  const tokens = sentence.tokens;
  const of = (list: ListName) => matches.filter((match) => match.list === list);
  // An offer of the writer's asks nothing of the reader ("Would you like me to introduce you?").
  const inClause = (list: ListName) => matches.some((match) => match.list === list && match.from >= clause.from && match.to <= clause.to);
  if (inClause('not.offer')) return undefined;
  // A talk left to the reader's wish is offered, unless the writer says when it could be, or
  // what it would weigh is the writer's candidacy ("happy to discuss my qualifications further").
  if (inClause('not.optional') && !inClause('objects.when') && !inClause('objects.job') && !durationInClause(tokens, clause, durations)) return undefined;
  const interviewHad = jobInterviewThanked(tokens, clause, matches);
  if (interviewHad) {
    return {
      type: 'job',
      form: 'pitch',
      start: tokens[clause.from].start - sentence.start,
      end: (clause.to === tokens.length ? sentence.end : tokens[clause.to - 1].end) - sentence.start,
      cueStart: tokens[interviewHad.from].start - sentence.start,
      cueEnd: tokens[interviewHad.to - 1].end - sentence.start,
      negated: false,
      lookedBack: true,
    };
  }
  // Small talk, news told and an easy out ("no worries if you're busy") ask nothing: forms inside them are passed over.
  const smalltalk = [...of('not.smalltalk'), ...of('not.news'), ...of('not.easyOut')];
  const isSmalltalk = (cue: Cue) => smalltalk.some((talk) => overlapping(cue, talk));
  // Thanks for something given, or a request the reader made, cancels what comes before a new form.
  const cancels = [...of('not.thanks'), ...of('not.reported')];
  const cancelledUpTo = cancels.length > 0 ? Math.max(...cancels.map((cancel) => cancel.to)) : -1;

  // A pitch is the writer's: "I", a clause that opens with it ("Exploring opportunities at…"),
  // or one whose left-out subject is the writer ("Looking forward to hearing about next steps").
  const writersPitch = (at: number) =>
    tokens.slice(clause.from, clause.to).some((token) => WRITER_WORDS.has(token.norm)) ||
    startsClause(sentence, clause, at) ||
    of('forms.writerElided').some((opener) => opener.from >= clause.from && startsClause(sentence, clause, opener.from));

  const forms: (Cue & { form: AskForm })[] = [];
  for (const match of matches) {
    const form = FORMS[match.list];
    if (!form || isSmalltalk(match)) continue;
    // What the thanks are for is no ask either ("thank you for letting me know").
    if (form === 'pitch' ? cancels.length > 0 : match.from <= cancelledUpTo) continue;
    if (form === 'pitch' && !writersPitch(match.from)) continue;
    if (match.list === 'forms.pitchAtOrganisation' && !(organisationAfter(tokens, match.to, clause.to) && !someoneElseDoes(tokens, clause, match.from))) continue;
    // Someone else's search, told ("as you look for your next role"), is not the writer's pitch.
    if (form === 'pitch' && subjectBefore(tokens, clause, match)) continue;
    // A search named as a subject ("Searching for a first job will have its challenges") is talked about, not pitched.
    if (form === 'pitch' && match.from === clause.from && gerundSubject(tokens, match.to, clause.to)) continue;
    // Nor is a candidacy the job words stand apart from ("withdrawing my application for the role").
    if (form === 'pitch' && of('not.notJob').some((not) => not.from <= match.from && match.to <= not.to)) continue;
    if (form === 'imperative' && !startsClause(sentence, clause, match.from)) continue;
    // "Rich: Meet Bill." presents someone to the reader, as a connector does; it asks for no meeting.
    if (form === 'imperative' && presentsSomeone(tokens, match.from)) continue;
    if (form === 'wish' && GLAD.has(tokens[match.from].norm) && toldInPast(tokens, match.from)) continue;
    // "She also let me know that…" tells what someone else said; "Please let me know" asks.
    if (tokens[match.from].norm === 'let' && letByOthers(tokens, clause, match.from)) continue;
    forms.push({ form, from: match.from, to: match.to });
  }
  // A question about the reader's world: the clause that carries the question mark, or one that opens like a question.
  // Word order asks too when the question mark is left out ("are you hiring if you are let me know").
  let opener = clause.from;
  while (opener < clause.to - 1 && QUESTION_LEADS.has(tokens[opener].norm)) opener++;
  const opensInverted = !sentence.isQuestion && YES_NO_OPENERS.has(tokens[opener].norm) && tokens[opener + 1]?.norm === 'you';
  const asksQuestion = (sentence.isQuestion && (clause.to === tokens.length || QUESTION_OPENERS.has(tokens[clause.from].norm))) || opensInverted;
  // A question that names no reader asks only when it is put to them (a yes/no question) or asks for something concrete.
  let questionNeedsObject = false;
  if ((forms.length === 0 || (opensInverted && forms.every((form) => form.from > opener))) && asksQuestion && cancels.length === 0) {
    const aboutReader =
      ELIDED_QUESTION.has(tokens[clause.from].norm) ||
      YES_NO_OPENERS.has(tokens[clause.from].norm) ||
      tokens.slice(clause.from, clause.to).some((token, i) => READER_WORDS.has(token.norm) && !isSmalltalk({ from: clause.from + i, to: clause.from + i + 1 }));
    questionNeedsObject = !aboutReader;
    forms.push({ form: 'question', from: clause.from, to: clause.from });
  }
  // A subject line asks in a noun phrase, with no asking words and no thanks: one that opens
  // with thanks ("Thank you - analyst role conversation") names what was had.
  const subjectPhrase = forms.length === 0 && sentence.section === 'subject' && cancels.length === 0 && !THANKS_WORDS.has(tokens[0]?.norm ?? '');
  // It counts when it is put as a question or a request and names a meeting or an
  // introduction ("Coffee chat?", "Informational interview request"; "Thank you for the
  // informational interview" names one that happened).
  const namedInSubject = subjectPhrase && (sentence.isQuestion || tokens.slice(clause.from, clause.to).some((token) => SUBJECT_REQUEST.has(token.norm)));
  // Or when it names the writer's candidacy ("Application for the analyst role", "Looking
  // for a full-time job", "Lee Park resume"), which asks for a job as plainly as a sentence
  // would; one that asks how people get jobs ("How to get a job at Acme") is a topic.
  const candidacyInSubject = subjectPhrase && !namedInSubject && !QUESTION_WORDS.has(tokens[clause.from].norm);
  if (namedInSubject || candidacyInSubject) forms.push({ form: 'request', from: clause.from, to: clause.from });
  if (forms.length === 0) return undefined;
  forms.sort((a, b) => a.from - b.from);
  const form = forms.find((candidate) => candidate.form !== 'pitch') ?? forms[0];

  // A question that puts a day to the reader ("How does Thursday at 4pm sound?") arranges a
  // meeting; one about a day gone by ("How did Tuesday go?") does not.
  const inPast = tokens.slice(clause.from, clause.to).some((token) => PAST.has(token.norm));
  // "How about the 20th, at the café?" puts a day to them as much as a question does.
  const howAbout = form.form === 'request' && sentence.isQuestion && (tokens[form.from].norm === 'how' || tokens[form.from].norm === 'what') && tokens[form.from + 1]?.norm === 'about';
  // A day after "by" or "before" is a deadline for an answer ("…on journalism by Friday?"), not a day to meet.
  const notDeadline = (day: Cue | undefined) => (day && !DEADLINE_WORDS.has(tokens[day.from - 1]?.norm ?? '') ? day : undefined);
  const proposedDay = (form.form === 'question' || howAbout) && !inPast ? (of('objects.when').find(notDeadline) ?? notDeadline(ordinalDate(tokens, clause))) : undefined;
  // What the thanks are for, between them and the ask, is not asked for ("Thank you for your
  // time, and I look forward to hearing from you").
  const thankedFor = (match: VocabularyMatch) => cancels.some((cancel) => cancel.to <= match.from && match.to <= form.from);
  // A condition the reader may fail ("If you can't talk on the phone, I'm happy to send my
  // questions by email") names what is not asked: what follows it is the ask.
  const negations = of('not.negation');
  const fallbackAfter = deniedCondition(sentence, clause, negations);
  const inDeniedCondition = (match: VocabularyMatch) => match.to <= fallbackAfter && form.from >= fallbackAfter;
  let cue =
    jobCue(tokens, clause, matches, forms, form) ??
    otherCue(tokens, clause, (list) => of(list).filter((match) => !thankedFor(match) && !inDeniedCondition(match)), durations) ??
    (proposedDay && { type: 'meeting' as const, from: proposedDay.from, to: proposedDay.to });
  if (namedInSubject && cue?.type !== 'meeting' && cue?.type !== 'introduction') return undefined;
  if (candidacyInSubject) {
    // Someone else's ("Your talk on hiring", "their application tips") is a topic; the writer's ("my application") is not.
    const othersBefore = (at: number) => tokens.slice(clause.from, at).some((token) => POSSESSIVES.has(token.norm) && token.norm !== 'my');
    if (cue?.type !== 'job') {
      const named = of('objects.jobInSubject').find((match) => !of('not.notJob').some((not) => not.from < match.to && match.from < not.to));
      cue = named && { type: 'job', from: named.from, to: named.to };
    }
    if (!cue || othersBefore(cue.from)) return undefined;
  }
  if (questionNeedsObject && !(cue && ASKED_WITHOUT_READER.includes(cue.type))) return undefined;
  // A question that names no reader asks for a meeting when it opens as a question or with
  // the meeting ("Which day works for a call?", "Coffee next week?", "Got 15 minutes for a
  // call?"); a noun phrase that mentions one in passing muses ("School paper editor fuelled by coffee?").
  if (questionNeedsObject && cue?.type === 'meeting' && cue.from - clause.from > ELIDED_MEETING_REACH && !opensAsQuestion(tokens, clause, durations)) return undefined;
  let type: AskType;
  let decidedBy: Cue;
  if (cue) {
    type = cue.type;
    decidedBy = cue;
  } else if (form.form === 'wish' || form.form === 'pitch') {
    // "I'd love to…" about the writer's own plans asks nothing of the reader, and a pitch
    // whose job words are something else ("I'll keep you posted on next steps") pitches nothing.
    return undefined;
  } else {
    type = form.form === 'question' ? 'advice' : 'other';
    decidedBy = form.form === 'question' ? { from: clause.from, to: clause.to } : form;
  }
  const negatedBefore = (at: number) => negations.some((negation) => negation.from < at && negation.from >= at - NEGATION_REACH);
  return {
    type,
    form: type === 'job' && forms.some((candidate) => candidate.form === 'pitch') && form.form === 'pitch' ? 'pitch' : form.form,
    start: tokens[clause.from].start - sentence.start,
    // The last clause keeps the sentence's closing punctuation, so a rewrite can put its own.
    end: (clause.to === tokens.length ? sentence.end : tokens[clause.to - 1].end) - sentence.start,
    // A subject's candidacy has no asking words: its cue is the job words alone.
    cueStart: tokens[candidacyInSubject ? decidedBy.from : Math.min(form.from, decidedBy.from)].start - sentence.start,
    cueEnd: tokens[(candidacyInSubject ? decidedBy.to : Math.max(form.to, decidedBy.to)) - 1].end - sentence.start,
    negated: negatedBefore(form.from) || negatedBefore(decidedBy.from),
  };
}

/** The writer speaking after a condition, with no comma ("If you can't… I would be happy…"); not "were", which conditions use ("if you were free"). */
const WRITER_AFTER_CONDITION = new Set(['i', 'id', 'im', 'ill', 'ive', 'we']);

/**
 * Where a clause's opening condition ends, if it denies something ("If you can't talk on the
 * phone", "If a call doesn't suit you"): at its comma, or where the writer speaks; else -1.
 */
function deniedCondition(sentence: Sentence, clause: Clause, negations: readonly Cue[]): number {
  const { tokens } = sentence;
  if (tokens[clause.from].norm !== 'if' && tokens[clause.from].norm !== 'unless') return -1;
  let end = clause.from + 1;
  while (end < clause.to && !gapBefore(sentence, end).includes(',') && !WRITER_AFTER_CONDITION.has(tokens[end].norm)) end++;
  if (end >= clause.to) return -1;
  return negations.some((negation) => negation.from > clause.from && negation.to <= end) ? end : -1;
}

/** Capitalised words after "meet" that name no person: a time ("Meet Tuesday?"), the writer ("Meet me"), a preposition. */
const NOT_A_PERSON = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'me', 'us', 'today', 'tomorrow', 'next', 'this', 'for', 'at', 'in', 'on', 'up']);

/** "Meet Bill" or "meet Rich Goldstein": "meet" and a name, which presents a person rather than asking to meet. */
function presentsSomeone(tokens: Token[], at: number): boolean {
  if (tokens[at].norm !== 'meet') return false;
  const next = tokens[at + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text) && !NOT_A_PERSON.has(next.norm);
}

/** Verbs that make an opening "-ing" phrase their subject ("Searching for a job is hard"). */
const FINITE_AFTER_SUBJECT = new Set(['is', 'was', 'will', 'can', 'could', 'would', 'may', 'might', 'must', 'should', 'has', 'had', 'takes', 'took', 'requires', 'required', 'seems', 'seemed', 'means', 'meant', 'becomes', 'became', 'feels', 'felt', 'isnt', 'wasnt', 'wont', 'cant']);
/** Words that open a clause of their own inside the phrase ("a role where I can grow", "a job that is remote"). */
const CLAUSE_OPENERS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'that', 'which', 'who', 'where', 'when', 'whose', 'whom', 'because', 'so', 'and', 'but', 'or', 'if']);

/** Whether a finite verb follows the phrase ending at `from`, with no clause of its own opening first. */
function gerundSubject(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (CLAUSE_OPENERS.has(tokens[i].norm)) return false;
    if (FINITE_AFTER_SUBJECT.has(tokens[i].norm)) return true;
  }
  return false;
}

/** Words that look back on a talk with thanks, besides "thank you for". */
const LOOKING_BACK = new Set(['appreciate', 'appreciated', 'grateful', 'enjoyed', 'pleasure']);
/** The talk itself, which must stand between the thanks and the post ("enjoyed reading about the role" was no talk). */
const TALK_WORDS = new Set(['meeting', 'meet', 'met', 'chat', 'chatting', 'chatted', 'talk', 'talking', 'talked', 'speaking', 'spoke', 'speak', 'conversation', 'call', 'discuss', 'discussing', 'interview', 'interviewing']);

/**
 * Thanks for a job interview ("thank you for meeting with me to discuss the internship
 * position", "I appreciate you taking the time to interview me"): the note follows up a
 * candidacy, which is pursuing the job (asks.md §2). A post that is the reader's ("your
 * role", "the role you had") or no post ("the role of data") was only talked about.
 */
function jobInterviewThanked(tokens: Token[], clause: Clause, matches: VocabularyMatch[]): Cue | undefined {
  // Most clauses name no post talked about: the thanks are looked for only where one is.
  const posts = matches.filter((match) => match.list === 'objects.jobInterviewHad' && match.from >= clause.from && match.to <= clause.to);
  if (posts.length === 0) return undefined;
  let after = clause.to;
  for (const match of matches) if (match.list === 'not.thanks' && match.from >= clause.from && match.to <= clause.to) after = Math.min(after, match.to);
  for (let i = clause.from; i < after; i++) if (LOOKING_BACK.has(tokens[i].norm)) after = i;
  const notJob = matches.filter((match) => match.list === 'not.notJob');
  const othersOwn = (token: Token | undefined) => token !== undefined && POSSESSIVES.has(token.norm) && token.norm !== 'my' && token.norm !== 'our';
  const post = posts.find((match) => {
    if (match.from < after || notJob.some((not) => overlapping(match, not)) || READER_WORDS.has(tokens[match.to]?.norm ?? '')) return false;
    const talk = tokens.findIndex((token, i) => i >= after && i < match.to && TALK_WORDS.has(token.norm));
    // Someone else's talk or post ("your interview with the CEO", "about your role"); the
    // reader's time given to the writer ("your taking the time to interview me") is thanked for.
    return talk >= 0 && !othersOwn(tokens[talk - 1]) && !tokens.slice(talk, match.to).some(othersOwn);
  });
  if (!post) return undefined;
  // The whole name of the post is highlighted ("the internship position", not "the internship").
  let to = post.to;
  while (to < clause.to && POST_NOUNS.has(tokens[to].norm)) to++;
  return { from: post.from, to };
}
/** Nouns that may end the name of a post after its kind ("internship position", "analyst role"). */
const POST_NOUNS = new Set(['position', 'role', 'job', 'opening', 'vacancy', 'post', 'program', 'programme']);
const overlapping = (a: Cue, b: Cue) => a.from < b.to && b.from < a.to;

/** Words that open a greeting run into the sentence ("Dear team, please…"). */
const GREETING_OPENERS = new Set(['hi', 'hello', 'hey', 'dear']);
/** How many words may name the reader in such a greeting ("Dear hiring team at Northwind,"). */
const VOCATIVE_WORDS = 5;

/** An imperative counts only as the clause's first verb ("Please send…", "So let me know…"), after any greeting before a comma ("Dear company, please…"). */
function startsClause(sentence: Sentence, clause: Clause, at: number): boolean {
  const { tokens } = sentence;
  let from = clause.from;
  if (GREETING_OPENERS.has(tokens[from].norm)) {
    for (let i = from + 1; i <= Math.min(at, from + VOCATIVE_WORDS); i++) {
      if (gapBefore(sentence, i).includes(',')) {
        from = i;
        break;
      }
    }
  }
  for (let i = from; i < at; i++) if (!IMPERATIVE_LEAD.has(tokens[i].norm)) return false;
  return true;
}

/**
 * The words that make the ask about the writer's candidacy, if any: a pitch, an
 * unmistakable job word, or a job noun that is the writer's ("a role", not "your role",
 * and not inside a question about how people get jobs).
 */
function jobCue(tokens: Token[], clause: Clause, matches: VocabularyMatch[], forms: (Cue & { form: AskForm })[], form: Cue & { form: AskForm }): (Cue & { type: AskType }) | undefined {
  const notJob = matches.filter((match) => match.list === 'not.notJob');
  const path = matches.filter((match) => match.list === 'not.path');
  const advice = matches.filter((match) => match.list === 'objects.advice');
  // "Any advice on landing a role?" asks for advice; landing the role is its topic.
  const topicOfAdvice = (cue: Cue) =>
    advice.some(
      (asked) => asked.to < cue.from && cue.from - asked.to <= TOPIC_REACH && ADVICE_NOUNS.has(tokens[asked.to - 1].norm) && TOPIC_PREPOSITIONS.has(tokens[asked.to].norm),
    );
  const usable = (cue: Cue) =>
    !notJob.some((not) => cue.from < not.to && not.from < cue.to) && !path.some((p) => p.from <= cue.from) && !topicOfAdvice(cue);
  // A search told as the reason for another ask ("as I am looking for my next role, I hoped we
  // could speak") is background to that ask, not a pitch of its own.
  const askedBesides = forms.some((f) => f.form !== 'pitch');
  const pitch = matches.find(
    (match) =>
      forms.some((f) => f.form === 'pitch' && f.from === match.from && f.to === match.to) && usable(match) && !(askedBesides && givenAsReason(tokens, clause, match)),
  );
  if (pitch) return { type: 'job', from: pitch.from, to: pitch.to };
  // What a request asks for follows it: a job word before "could you…" is not its object,
  // unless a relative clause brings it forward ("a role is open that I'm interested in").
  const follows = (cue: Cue) =>
    form.form === 'question' ||
    form.form === 'pitch' ||
    cue.from >= form.from ||
    frontedByRelative(tokens, cue, form) ||
    welcomedAfter(tokens, cue, form) ||
    // "Which job do you have for…": the question word brings its object before the ask.
    (WH_FRONTED.has(tokens[clause.from].norm) && cue.from < form.from);
  const strong = matches.find((match) => match.list === 'objects.job' && usable(match) && follows(match));
  if (strong) return { type: 'job', from: strong.from, to: strong.to };
  // A job word at an organisation ("opportunities at your company", "intern at [Company]"), or
  // one that stands alone ("a chat about opportunities"), said of the writer and asked for directly.
  const atOrganisation = matches.find(
    (match) =>
      (match.list === 'objects.atOrganisation' || match.list === 'objects.alone') &&
      (organisationAfter(tokens, match.to, clause.to) || (match.list === 'objects.alone' && match.to === clause.to)) &&
      !roomInAMarket(tokens, match) &&
      !isOwned(tokens, match) &&
      usable(match) &&
      follows(match) &&
      !barrierBetween(tokens, form, match) &&
      // A verb ("to work at…", "do you work at…") is the writer's only when they do it; a noun ("a chat about opportunities") has no subject.
      !(VERB_LEADS.has(tokens[match.from - 1]?.norm) && someoneElseDoes(tokens, clause, match.from)),
  );
  if (atOrganisation) return { type: 'job', from: atOrganisation.from, to: atOrganisation.to };
  const weak = matches.find(
    (match) =>
      (match.list === 'objects.jobNoun' || match.list === 'objects.jobTopic') &&
      usable(match) &&
      isAskedFor(tokens, matches, form.form === 'question' || form.form === 'pitch' ? { from: 0, to: 0 } : form, match) &&
      (match.list === 'objects.jobTopic' || isWritersJob(tokens, match)),
  );
  return weak ? { type: 'job', from: weak.from, to: weak.to } : undefined;
}

/** Words that may stand between "was" and "glad" ("I was very glad to meet you"). */
const DEGREE = new Set(['very', 'so', 'really', 'truly', 'most', 'extremely', 'incredibly', 'especially', 'particularly', 'just', 'quite', 'genuinely']);

/** Gladness told in the past ("I was very glad to meet you"), with a word of degree or two between. */
function toldInPast(tokens: Token[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 3 && DEGREE.has(tokens[i].norm)) i--;
  return i >= 0 && PAST.has(tokens[i].norm);
}

/** Words that make what follows, with the writer as its subject, a reason ("as I…", "because I'm…"); "while" concedes as often. */
const REASONS = new Set(['as', 'because', 'since']);
/** The writer as a subject ("I", "I'm"), not as an owner ("as my team grows"). */
const WRITER_SUBJECTS = new Set(['i', 'im', 'id', 'ive', 'ill', 'we', 'were']);
/** Whether the cue stands in a reason the writer gives ("as I am currently looking for…"), with no comma between. */
function givenAsReason(tokens: Token[], clause: Clause, cue: Cue): boolean {
  for (let i = cue.from - 1; i > clause.from; i--) {
    if (REASONS.has(tokens[i - 1].norm) && WRITER_SUBJECTS.has(tokens[i].norm)) return true;
  }
  return false;
}

/**
 * "a role", "any position": the writer's job; "your role" is the reader's, a topic. A
 * template field for a role ("for [Position]") names the one the writer is after unless owned.
 */
function isWritersJob(tokens: Token[], noun: Cue): boolean {
  for (let i = noun.from - 1; i >= Math.max(0, noun.from - DETERMINER_REACH); i--) {
    if (POSSESSIVES.has(tokens[i].norm)) return false;
    if (ARTICLES.has(tokens[i].norm)) return true;
  }
  return tokens[noun.from] instanceof FieldToken || isBareObject(tokens, noun);
}

/** Verbs whose object, with no article, is the job itself ("can I get internship", "to find job"). */
const BARE_TAKERS: ReadonlySet<string> = new Set(['get', 'find', 'give', 'offer', 'want', 'need', 'seek', 'land', 'secure', 'provide'].map(stemWord));
/** "looking for job", "apply for internship": the verbs that take it through "for". */
const FOR_TAKERS = new Set(['looking', 'searching', 'seeking', 'hunting', 'apply', 'applying']);
/** What may follow such a noun: the clause's end or a preposition ("internship in your team"), not a noun it modifies ("job search"). */
const AFTER_BARE = new Set(['in', 'at', 'with', 'on', 'from', 'for', 'as', 'under', 'to', 'please', 'now', 'soon', 'this', 'next']);

/**
 * A job noun with no article right after a verb of getting: how writers new to English put
 * a job ask ("can i get internship in your company"). A noun that modifies another ("get
 * job advice") is not the object.
 */
function isBareObject(tokens: Token[], noun: Cue): boolean {
  const before = tokens[noun.from - 1]?.norm;
  const takes = BARE_TAKERS.has(tokens[noun.from - 1]?.stem ?? '') || (before === 'for' && FOR_TAKERS.has(tokens[noun.from - 2]?.norm ?? ''));
  if (!takes || noun.to - noun.from !== 1) return false;
  const after = tokens[noun.to];
  return after === undefined || AFTER_BARE.has(after.norm) || after.start - tokens[noun.to - 1].end > 1;
}

/** "your career", "my future": a job word someone owns is not the one sought. */
function isOwned(tokens: Token[], cue: Cue): boolean {
  const before = tokens[cue.from - 1];
  return before !== undefined && POSSESSIVES.has(before.norm);
}

/** A question word or "because" between the ask and its object makes the object part of a question ("what it is like to work at…"). */
function barrierBetween(tokens: Token[], form: Cue & { form: AskForm }, cue: Cue): boolean {
  const from = form.form === 'question' ? 0 : form.to;
  for (let i = from; i < cue.from; i++) if (OBJECT_BARRIERS.has(tokens[i].norm)) return true;
  return false;
}

/** Words between a subject and its verb: "you are looking", "they're now hiring". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['are', 'is', 'were', 'was', 'will', 'would', 'can', 'could', 'might', 'may', 'should', 'now', 'currently', 'still', 'also', 'ever']);

/** Writer words in a pitch's own words: the reader acting on the writer ("if you kept me in mind") is still the writer's pitch. */
const WRITER_OBJECTS = new Set(['me', 'my', 'myself']);

/**
 * Whether someone other than the writer stands right before the pitch's words as their
 * subject ("as you look for your next role"). "Who" is left out: in "a student who is
 * seeking a role" it is the writer.
 */
function subjectBefore(tokens: Token[], clause: Clause, match: Cue): boolean {
  for (let i = match.from; i < match.to; i++) if (WRITER_OBJECTS.has(tokens[i].norm)) return false;
  const i = subjectPlace(tokens, clause, match.from, BETWEEN_SUBJECT_AND_VERB);
  return i >= 0 && ((tokens[i].norm !== 'who' && OTHER_SUBJECTS.has(tokens[i].norm)) || namesSomeoneElse(tokens, i));
}

/** How many words before a verb its subject is looked for, counting those passed over. */
const SUBJECT_REACH = 3;

/** Where the verb at `at` may have its subject: the nearest word before it in the clause not in `passedOver` ("she also let…"), or -1. */
function subjectPlace(tokens: Token[], clause: Clause, at: number, passedOver: ReadonlySet<string>): number {
  for (let i = at - 1; i >= clause.from && i >= at - SUBJECT_REACH; i--) if (!passedOver.has(tokens[i].norm)) return i;
  return -1;
}

/** Words that make the day after them a deadline. */
const DEADLINE_WORDS = new Set(['by', 'before', 'until', 'till']);

/** Words for room at a place, which "here" or "there" may make a market's ("is there space here?"). */
const ROOM_WORDS = new Set(['room', 'space', 'place']);
const HERE_THERE = new Set(['here', 'there']);
const roomInAMarket = (tokens: Token[], match: Cue) => ROOM_WORDS.has(tokens[match.from].norm) && HERE_THERE.has(tokens[match.to]?.norm ?? '');

/** Someone other than the reader, as the subject of "let me know" ("she let me know", "Dana let us know"). */
const THIRD_PERSONS = new Set(['he', 'she', 'they', 'someone', 'somebody', 'people', 'everyone', 'others']);
/** Words that may open an imperative "let me know" ("Please let me know", "So let me know"), capitalised or not. */
const BEFORE_IMPERATIVE = new Set(['please', 'so', 'and', 'but', 'then', 'simply', 'again', 'do']);
/** Words that may stand between a subject and "let" ("she just let me know"). */
const BEFORE_LET: ReadonlySet<string> = new Set([...BETWEEN_SUBJECT_AND_VERB, 'already', 'kindly', 'just']);

/** Whether "let" at `at` has someone else as its subject, so the clause narrates what they said. */
function letByOthers(tokens: Token[], clause: Clause, at: number): boolean {
  const i = subjectPlace(tokens, clause, at, BEFORE_LET);
  return i >= 0 && (THIRD_PERSONS.has(tokens[i].norm) || (!BEFORE_IMPERATIVE.has(tokens[i].norm) && namesSomeoneElse(tokens, i)));
}

/**
 * A name as a subject ("Dana would be a great fit", "[Target Person] would be…"): someone
 * the writer speaks of. The writer is "I", or their own template field ("[Your Name]").
 */
function namesSomeoneElse(tokens: Token[], at: number): boolean {
  return CAPITALISED.test(tokens[at].text) && !WRITER_WORDS.has(tokens[at].norm) && !WRITER_OWNERS.has(tokens[at - 1]?.norm ?? '');
}

/** A word that starts with a capital letter, in any script that has them ("Dana", "Élodie"). */
const CAPITALISED = /^\p{Lu}/u;

/** Whose name a template field asks for: "[Your Name]" is the writer's. */
const WRITER_OWNERS = new Set(['your', 'my']);

/**
 * Whether the nearest subject before a verb is someone other than the writer: "how you add
 * value to your team" is the reader's doing. No subject (an elided "I") is the writer's.
 */
function someoneElseDoes(tokens: Token[], clause: Clause, at: number): boolean {
  for (let i = at - 1; i >= clause.from; i--) {
    if (WRITER_WORDS.has(tokens[i].norm)) return false;
    if (OTHER_SUBJECTS.has(tokens[i].norm)) return true;
  }
  return false;
}

/**
 * "A [Position] is open that I am interested in": a relative clause with the writer as its
 * subject brings the object before the ask ("that" or "which", then the writer and adverbs).
 */
function frontedByRelative(tokens: Token[], cue: Cue, form: Cue): boolean {
  if (cue.to > form.from) return false;
  let relative = -1;
  for (let i = cue.to; i < form.from; i++) if (RELATIVES.has(tokens[i].norm)) relative = i;
  if (relative < 0) return false;
  for (let i = relative + 1; i < form.from; i++) if (!WRITER_WORDS.has(tokens[i].norm) && !RELATIVE_FILLERS.has(tokens[i].norm)) return false;
  return true;
}

/**
 * "Any leads on open roles would be much appreciated": a thing asked for, then how welcome
 * it would be. The ask's form ("would be appreciated") follows its object.
 */
function welcomedAfter(tokens: Token[], cue: Cue, form: Cue): boolean {
  return cue.to <= form.from && WELCOME_MODALS.has(tokens[form.from].norm) && WELCOME_VERBS.has(tokens[form.from + 1]?.norm);
}

/**
 * Whether the ask is for the thing itself: "advice on how to land a role" and "any
 * perspective on recruiting" ask for advice about the field, not for a role.
 */
function isAskedFor(tokens: Token[], matches: VocabularyMatch[], form: Cue, cue: Cue): boolean {
  if (cue.from < form.from) return false;
  const between = (other: Cue) => other.from >= form.to && other.to <= cue.from;
  if (matches.some((match) => match.list === 'objects.advice' && between(match))) return false;
  for (let i = form.to; i < cue.from; i++) if (OBJECT_BARRIERS.has(tokens[i].norm)) return false;
  return true;
}

function otherCue(
  tokens: Token[],
  clause: Clause,
  of: (list: ListName) => VocabularyMatch[],
  durations: { start: number; end: number }[],
): (Cue & { type: AskType }) | undefined {
  const limits = [...of('not.notMeeting'), ...of('not.thirdPerson'), ...of('not.otherParty'), ...of('not.connector')];
  for (const type of TYPE_ORDER) {
    if (type === 'job') continue;
    const list = OBJECT_LISTS[type as keyof typeof OBJECT_LISTS];
    const found = of(list).find((match) => usableObject(tokens, clause, limits, match));
    if (found) return { type, from: found.from, to: found.to };
    // A meeting to be set up with someone else ("a quick chat with your team's lead") is
    // an introduction asked of the reader.
    if (type === 'introduction') {
      const party = of('not.otherParty')[0];
      const meeting = party && of('objects.meeting').find((match) => match.to === party.from);
      if (meeting) return { type, from: meeting.from, to: party.to };
    }
    // Time alone ("a few minutes", "20 minutes of your time") is a meeting unless the answer is to be written.
    if (type === 'meeting' && of('not.written').length === 0) {
      const time = timeInClause(tokens, clause, of('objects.time'), limits, durations);
      if (time) return { type, ...time };
      // Connecting at a time ("connect sometime next week", "on Thursday or Friday") is a
      // conversation: accepting a connection needs no day.
      const connect = of('objects.connection').find((match) => tokens[match.from].stem === CONNECT_STEM);
      if (connect && of('objects.when').length > 0) return { type, from: connect.from, to: connect.to };
    }
  }
  return undefined;
}

/**
 * Whether an object names what the reader is asked for: not something of theirs ("your
 * talk"), not a talk given at an event, and not a meeting or a connection between the
 * writer and a third person ("I'd love to meet her", "to connect with people who…") in a
 * clause that leaves the reader out.
 */
function usableObject(tokens: Token[], clause: Clause, matches: VocabularyMatch[], match: VocabularyMatch): boolean {
  if (match.list === 'objects.introduction' && isIntroMeeting(tokens, match)) return false;
  // The reader's advice is what is asked for ("I'd love your thoughts on…"); their talk is not.
  const owner = ownerOf(tokens, match);
  if (owner && !(match.list === 'objects.advice' && owner === 'your')) return false;
  const connection = match.list === 'objects.connection';
  if (match.list !== 'objects.meeting' && match.list !== 'objects.time' && !connection) return true;
  const overlaps = (not: VocabularyMatch) => match.from < not.to && not.from < match.to;
  if (!connection && matches.some((not) => not.list === 'not.notMeeting' && overlaps(not))) return false;
  // A connector sending the reader to meet someone else asks for no time with the writer.
  if (!connection && matches.some((not) => not.list === 'not.connector')) return false;
  const withThirdPerson = matches.some((not) => not.list === 'not.thirdPerson');
  // "a quick chat with the team's recruiter": a meeting named with someone other than the
  // reader asks the reader for an introduction, not for their time.
  if (!connection && matches.some((other) => other.list === 'not.otherParty' && other.from === match.to)) return false;
  return !withThirdPerson || tokens.slice(clause.from, clause.to).some((token) => PARTNERS.has(token.norm));
}

/** Words for a first meeting's introduction, and the kinds of meeting they can name ("an intro call"). */
const INTRO_WORDS = new Set(['intro', 'introduction', 'introductory']);
const MEETING_NOUNS = new Set(['call', 'chat', 'meeting', 'conversation', 'session', 'coffee', 'zoom']);

/**
 * "a 15-minute intro call", "a ten-min intro": an introductory meeting with the reader, not
 * an introduction to someone else. A length before it, or a meeting noun after, says so.
 */
function isIntroMeeting(tokens: Token[], match: VocabularyMatch): boolean {
  if (match.to - match.from !== 1 || !INTRO_WORDS.has(tokens[match.from].norm)) return false;
  const before = tokens[match.from - 1];
  // The length in digits or in words ("a 10-min intro", "a ten-minute intro", "20 minutes intro").
  return MEETING_NOUNS.has(tokens[match.to]?.norm ?? '') || (before !== undefined && /\d|(?:^|-)min(?:ute)?s?$/.test(before.norm));
}

/** A clause that starts like a question ("Which day…", "Got 15 minutes…", "Free for…"), or names a length. */
function opensAsQuestion(tokens: Token[], clause: Clause, durations: { start: number; end: number }[]): boolean {
  const first = tokens[clause.from].norm;
  if (QUESTION_OPENERS.has(first) || ELIDED_QUESTION.has(first) || first === 'got') return true;
  return durations.some((duration) => duration.start >= tokens[clause.from].start && duration.end <= tokens[clause.to - 1].end);
}

/**
 * "your talk", "your call": the possessive before a one-word object, if any. A noun someone
 * owns is something of theirs, not what is asked for.
 */
function ownerOf(tokens: Token[], match: VocabularyMatch): string | undefined {
  if (match.to - match.from !== 1) return undefined;
  // "its weekly meetings": the possessive may stand a word or two before; an article between ends it ("your team for a call").
  for (let i = match.from - 1; i >= Math.max(0, match.from - OWNER_REACH); i--) {
    if (POSSESSIVES.has(tokens[i].norm)) return tokens[i].norm;
    if (ARTICLES.has(tokens[i].norm)) return undefined;
  }
  return undefined;
}
