import { writeFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import {
  agenda,
  DEFAULT_SCHEDULE,
  localToday,
  parseIsoDate,
  readConversation,
  schedule,
  stepTitle,
  toICalendar,
  type AgendaEntry,
  type TrackedDraft,
} from '../core/index.js';

/** The flags `--agenda` adds to the CLI's own. */
export const AGENDA_OPTIONS = {
  agenda: { type: 'boolean', default: false },
  today: { type: 'string' },
  ics: { type: 'string' },
  'nudge-days': { type: 'string' },
  'keep-in-touch-months': { type: 'string' },
} as const;

export const AGENDA_USAGE = `Agenda (what is due in each conversation, from the drafts' front matter):
  --agenda               print the next steps per person instead of findings
  --today <YYYY-MM-DD>   the date to count from (default: today)
  --ics <file>           also write the steps as an iCalendar file
  --nudge-days <n>       business days without a reply before a nudge (default ${DEFAULT_SCHEDULE.nudgeBusinessDays})
  --keep-in-touch-months <n>  months between check-ins (default ${DEFAULT_SCHEDULE.keepInTouchMonths})`;

interface AgendaValues {
  format?: string;
  today?: string;
  ics?: string;
  'nudge-days'?: string;
  'keep-in-touch-months'?: string;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Prints what is due per person in the drafts the walk found (and writes `--ics`). Returns the exit code. */
export function printAgenda(files: VFile[], values: AgendaValues, io: Io): number {
  const fail = (message: string) => (io.stderr.write(`outreach-lint: ${message}\n`), 2);
  const today = values.today === undefined ? localToday() : parseIsoDate(values.today);
  if (!today) return fail(`--today must be a date as YYYY-MM-DD, not "${values.today}"`);
  const nudgeBusinessDays = count(values['nudge-days'], DEFAULT_SCHEDULE.nudgeBusinessDays);
  const keepInTouchMonths = count(values['keep-in-touch-months'], DEFAULT_SCHEDULE.keepInTouchMonths);
  if (nudgeBusinessDays === undefined) return fail(`--nudge-days must be a whole number of days, not "${values['nudge-days']}"`);
  if (keepInTouchMonths === undefined) return fail(`--keep-in-touch-months must be a whole number of months, not "${values['keep-in-touch-months']}"`);

  const drafts: TrackedDraft[] = files.flatMap((file) => {
    const fields = readConversation(String(file.value ?? ''));
    return fields ? [{ draft: file.path || '<stdin>', fields }] : [];
  });
  const entries = agenda(schedule(drafts, today, { nudgeBusinessDays, keepInTouchMonths }));
  if (values.ics) {
    try {
      writeFileSync(values.ics, toICalendar(entries, new Date()));
    } catch (error) {
      return fail(`cannot write ${values.ics}: ${(error as Error).message}`);
    }
  }
  io.stdout.write(values.format === 'json' ? `${JSON.stringify(entries.map(jsonEntry), null, 2)}\n` : agendaText(entries, today, drafts.length));
  return 0;
}

/** The documented JSON shape: `{person, company?, step, due, draft}`, plus `to` for a report-back. */
function jsonEntry({ person, company, step, due, draft, to }: AgendaEntry) {
  return { person, ...(company ? { company } : {}), step, due, draft, ...(step === 'report-back' ? { to } : {}) };
}

function agendaText(entries: AgendaEntry[], today: string, tracked: number): string {
  if (entries.length === 0) return `Nothing due (${tracked} ${tracked === 1 ? 'person' : 'people'} tracked).\n`;
  const byPerson = new Map<string, AgendaEntry[]>();
  for (const entry of entries) byPerson.set(entry.person, [...(byPerson.get(entry.person) ?? []), entry]);
  const lines: string[] = [];
  for (const [person, steps] of byPerson) {
    lines.push(`${person}${steps[0].company ? ` (${steps[0].company})` : ''}  ${steps[0].draft}`);
    for (const step of steps) lines.push(`  ${step.due}  ${when(step.due, today).padEnd(7)}  ${step.step.padEnd(13)}  ${stepTitle(step)}`);
  }
  const due = entries.filter((entry) => entry.due <= today).length;
  return `${lines.join('\n')}\n\n${due} due today or overdue, ${entries.length - due} later.\n`;
}

const when = (due: string, today: string): string => (due < today ? 'overdue' : due === today ? 'today' : '');

function count(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) ? Number(value) : undefined;
}
