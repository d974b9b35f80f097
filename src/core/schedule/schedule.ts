import type { ConversationFields } from '../draft/conversation.js';
import { addBusinessDays, addDays, addMonths, latest } from './dates.js';

/** The next steps of a conversation, as the CLI's JSON names them. */
export type StepName = 'follow-up' | 'thank-you' | 'report-back' | 'keep-in-touch' | 'good-news';
export const STEP_NAMES: readonly StepName[] = ['follow-up', 'thank-you', 'report-back', 'keep-in-touch', 'good-news'];

/** When each step falls due. The README's "Tracking your outreach" names the source of each default. */
export interface ScheduleOptions {
  /** Business days without a reply before a nudge. */
  nudgeBusinessDays: number;
  /** Nudges after which the advice is to let it go. */
  maxNudges: number;
  /** Days after the meeting by which to thank them. */
  thankYouDays: number;
  /** Days after the meeting by which to tell the referrer how it went. */
  reportBackDays: number;
  /** Months after the last contact before a keep-in-touch note. */
  keepInTouchMonths: number;
}

export const DEFAULT_SCHEDULE: ScheduleOptions = { nudgeBusinessDays: 7, maxNudges: 2, thankYouDays: 1, reportBackDays: 3, keepInTouchMonths: 3 };

/** One draft, by whatever name the caller uses for it (a path, a URI). */
export interface TrackedDraft {
  draft: string;
  fields: ConversationFields;
}

export interface DueStep {
  step: StepName;
  /** YYYY-MM-DD */
  due: string;
  /** Who it is for: the person, or for a report-back, the referrer. */
  to: string;
}

export type ConversationState =
  /** No draft has a `sent` date yet. */
  | 'not-sent'
  /** Sent, no reply yet, the next nudge not yet due. */
  | 'waiting'
  /** No reply after the last nudge we advise: let it go. */
  | 'let-go'
  /** Replied or met: what follows is thanks, reports and keeping in touch. */
  | 'in-touch';

/** How the Outreach view groups people: by their soonest step, or by waiting for a reply. */
export type AgendaGroup = 'overdue' | 'today' | 'waiting' | 'later';
export const AGENDA_GROUPS: readonly AgendaGroup[] = ['overdue', 'today', 'waiting', 'later'];

export interface Conversation {
  group: AgendaGroup;
  /** The join key: `person:` when given, else the `to:` name, lower-cased. */
  key: string;
  person: string;
  email?: string;
  company?: string;
  referrer?: string;
  state: ConversationState;
  /** Every step still to do, soonest first. */
  steps: DueStep[];
  nudgesSent: number;
  lastContact?: string;
  /** The draft to open: the newest by its dates, an undated (unsent) one before any. */
  latestDraft: string;
  drafts: string[];
  /** The person's fields merged from all their drafts, for prefilling a new one. */
  fields: ConversationFields;
}

export interface AgendaEntry extends DueStep {
  person: string;
  company?: string;
  /** The person's latest draft. */
  draft: string;
}

/**
 * Where each conversation stands and what is due in it: a pure function of the drafts
 * and today's date (YYYY-MM-DD). Drafts to the same person (joined by `person:`, else by `to:`) are one
 * conversation. `landed` in any draft means the writer found a role, so everyone they
 * spoke with is owed the good news.
 */
export function schedule(drafts: readonly TrackedDraft[], today: string, options: Partial<ScheduleOptions> = {}): Conversation[] {
  const settings = { ...DEFAULT_SCHEDULE, ...options };
  const byPerson = new Map<string, TrackedDraft[]>();
  for (const draft of drafts) {
    const key = personKey(draft.fields);
    if (key) byPerson.set(key, [...(byPerson.get(key) ?? []), draft]);
  }
  const landed = latest(drafts.map((draft) => draft.fields.dates.landed));
  return [...byPerson.entries()]
    .map(([key, group]) => conversationOf(key, group, landed, today, settings))
    .sort(
      (a, b) =>
        AGENDA_GROUPS.indexOf(a.group) - AGENDA_GROUPS.indexOf(b.group) ||
        (a.steps[0]?.due ?? '9999').localeCompare(b.steps[0]?.due ?? '9999') ||
        a.person.localeCompare(b.person),
    );
}

/** Every due step of every conversation, soonest first: the CLI's agenda and the calendar file. */
export function agenda(conversations: readonly Conversation[]): AgendaEntry[] {
  return conversations
    .flatMap((conversation) =>
      conversation.steps.map((step) => ({
        person: conversation.person,
        ...(conversation.company ? { company: conversation.company } : {}),
        ...step,
        draft: conversation.latestDraft,
      })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.person.localeCompare(b.person) || STEP_NAMES.indexOf(a.step) - STEP_NAMES.indexOf(b.step));
}

const personKey = (fields: ConversationFields): string | undefined => (fields.person ?? fields.to)?.trim().replace(/\s+/g, ' ').toLowerCase() || undefined;

function conversationOf(key: string, drafts: TrackedDraft[], landed: string | undefined, today: string, settings: ScheduleOptions): Conversation {
  const fields = mergeFields(drafts);
  const dates = (name: keyof ConversationFields['dates']) => drafts.map((draft) => draft.fields.dates[name]).filter((date): date is string => Boolean(date)).sort();
  const sent = dates('sent');
  const replied = latest(dates('replied'));
  const met = latest(dates('met'));
  const thanked = latest(dates('thanked'));
  const reportedBack = latest(dates('reported-back'));
  const lastContact = latest([...sent, replied, met, thanked, reportedBack, ...dates('last-contact')]);
  const person = fields.to ?? fields.person ?? key;

  const steps: DueStep[] = [];
  let state: ConversationState = 'in-touch';
  const nudgesSent = replied || met ? 0 : Math.max(0, sent.length - 1);
  if (sent.length === 0 && !replied && !met) state = 'not-sent';
  else if (!replied && !met) {
    if (nudgesSent >= settings.maxNudges) state = 'let-go';
    else {
      state = 'waiting';
      steps.push({ step: 'follow-up', due: addBusinessDays(sent[sent.length - 1], settings.nudgeBusinessDays), to: person });
    }
  }
  if (met && !(thanked && thanked >= met)) steps.push({ step: 'thank-you', due: addDays(met, settings.thankYouDays), to: person });
  if (met && fields.referrer && !(reportedBack && reportedBack >= met)) {
    steps.push({ step: 'report-back', due: addDays(met, settings.reportBackDays), to: fields.referrer });
  }
  const spoke = met ?? replied;
  if (landed && spoke && !(lastContact && lastContact >= landed)) steps.push({ step: 'good-news', due: landed, to: person });
  if (spoke && lastContact) steps.push({ step: 'keep-in-touch', due: addMonths(lastContact, settings.keepInTouchMonths), to: person });

  steps.sort((a, b) => a.due.localeCompare(b.due) || STEP_NAMES.indexOf(a.step) - STEP_NAMES.indexOf(b.step));
  const next = steps[0]?.due;
  const group: AgendaGroup =
    next && next < today ? 'overdue' : next === today ? 'today' : state === 'waiting' || state === 'let-go' ? 'waiting' : 'later';
  return {
    group,
    key,
    person,
    ...(fields.email ? { email: fields.email } : {}),
    ...(fields.company ? { company: fields.company } : {}),
    ...(fields.referrer ? { referrer: fields.referrer } : {}),
    state,
    steps,
    nudgesSent,
    ...(lastContact ? { lastContact } : {}),
    latestDraft: latestDraft(drafts),
    drafts: drafts.map((draft) => draft.draft),
    fields,
  };
}

/** The first value each field has, taking the newest draft first (a later note may correct an email address). */
function mergeFields(drafts: TrackedDraft[]): ConversationFields {
  const merged: ConversationFields = { dates: {} };
  const newestFirst = [...drafts].sort((a, b) => newestDate(b).localeCompare(newestDate(a)));
  for (const { fields } of newestFirst) {
    for (const name of ['person', 'to', 'email', 'company', 'referrer', 'foundVia'] as const) merged[name] ??= fields[name];
    for (const [name, date] of Object.entries(fields.dates)) {
      const key = name as keyof ConversationFields['dates'];
      merged.dates[key] = latest([merged.dates[key], date]);
    }
  }
  return merged;
}

/** A draft with no date is being written now, so it counts as newer than any dated one. */
const newestDate = (draft: TrackedDraft): string => latest(Object.values(draft.fields.dates)) ?? '9999-12-31';

function latestDraft(drafts: TrackedDraft[]): string {
  return drafts.reduce((best, draft) => {
    const order = newestDate(draft).localeCompare(newestDate(best));
    return order > 0 || (order === 0 && draft.draft > best.draft) ? draft : best;
  }).draft;
}
