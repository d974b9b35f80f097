export { addBusinessDays, addDays, addMonths, localToday, parseIsoDate } from './dates.js';
export { stepTitle, toICalendar } from './ics.js';
export {
  agenda,
  AGENDA_GROUPS,
  DEFAULT_SCHEDULE,
  schedule,
  STEP_NAMES,
  type AgendaEntry,
  type AgendaGroup,
  type Conversation,
  type ConversationState,
  type DueStep,
  type ScheduleOptions,
  type StepName,
  type TrackedDraft,
} from './schedule.js';
