import { yamlValue, type Conversation, type StepName } from '../../core/index.js';

/** What each "Draft the … Note" command writes, prefilled from the person's fields. */
export interface NextDraft {
  /** A file name for the new draft, next to the person's other drafts. */
  fileName: string;
  /** The draft as a snippet: the person's fields filled in, tab stops for what only the writer knows. */
  snippet: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 10" for 2026-03-10: how a person writes a date in a note. */
const spoken = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
const firstName = (name: string) => name.split(/[\s,]+/)[0];
/** Text from front matter goes into a snippet, where `$`, `}` and `\` mean something. */
const literal = (text: string) => text.replace(/[$}\\]/g, '\\$&');
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'draft';

export const DRAFTABLE_STEPS: readonly StepName[] = ['thank-you', 'follow-up', 'report-back', 'keep-in-touch', 'good-news'];

export function nextDraft(conversation: Conversation, step: StepName): NextDraft {
  const person = literal(conversation.person);
  const first = literal(firstName(conversation.person));
  const company = conversation.company ? literal(conversation.company) : undefined;
  const referrer = conversation.referrer ? literal(conversation.referrer) : undefined;
  const { met, sent } = conversation.fields.dates;
  const onMet = met ? ` on ${spoken(met)}` : '';

  const frontMatter = [
    '---',
    `kind: ${step === 'thank-you' ? 'thank-you' : 'follow-up'}`,
    `step: ${step}`,
    ...(conversation.fields.person ? [`person: ${yamlValue(conversation.fields.person)}`] : []),
    `to: ${yamlValue(conversation.person)}`,
    ...(conversation.email && step !== 'report-back' ? [`email: ${yamlValue(conversation.email)}`] : []),
    ...(conversation.company ? [`company: ${yamlValue(conversation.company)}`] : []),
    ...(conversation.referrer ? [`referrer: ${yamlValue(conversation.referrer)}`] : []),
    '---',
  ].map(literal);

  const bodies: Record<StepName, string[]> = {
    'thank-you': [
      `Subject: Thank you, ${first}`,
      '',
      `Hi ${first},`,
      '',
      `Thank you for taking the time to talk with me${onMet}. \${1:The one thing you said that stayed with you} gave me a clear next step, and I plan to \${2:what you will do about it}.`,
      '',
      "If someone else comes to mind who would be good for me to speak with, I'd be glad of the introduction.",
      '',
      'Best,',
      '${3:Your name}',
    ],
    'follow-up': [
      `Subject: Following up: \${1:the subject of your first note}`,
      '',
      `Hi ${first},`,
      '',
      `I'm writing again in case my note${sent ? ` from ${spoken(sent)}` : ''} got buried. I'd still value 15 minutes of your view on \${2:what you hope to learn}, whenever suits you. If now is a busy time, no problem at all.`,
      '',
      'Thank you,',
      '${3:Your name}',
    ],
    'report-back': [
      `Subject: Thank you for introducing me to ${person}`,
      '',
      `Hi ${referrer ? literal(firstName(conversation.referrer!)) : '${1:name}'},`,
      '',
      `Thank you for putting me in touch with ${person}${company ? ` at ${company}` : ''}. We spoke${onMet}, and \${2:what you learned from the talk} was just what I needed. My next step is \${3:what you will do}.`,
      '',
      "I'm grateful you made the connection, and I'll keep you posted.",
      '',
      'Best,',
      '${4:Your name}',
    ],
    'keep-in-touch': [
      'Subject: ${1:A quick update}',
      '',
      `Hi ${first},`,
      '',
      `It has been a few months since we spoke${onMet}, and I wanted to share where things stand: \${2:what has changed since}.`,
      '',
      'I also came across ${3:an article or event they would find useful} and thought of you.',
      '',
      `I hope all is well${company ? ` at ${company}` : ''}.`,
      '',
      'Best,',
      '${4:Your name}',
    ],
    'good-news': [
      'Subject: Some good news',
      '',
      `Hi ${first},`,
      '',
      `I wanted you to hear it from me: I've \${1:accepted a role as what, where}. Our conversation${onMet} helped me \${2:how it helped}, and I'm grateful.`,
      '',
      'If I can ever return the favour, please let me know.',
      '',
      'Best,',
      '${3:Your name}',
    ],
  };
  return {
    fileName: `${slug(conversation.person)}-${step}.email.md`,
    snippet: [...frontMatter, ...bodies[step], '$0', ''].join('\n'),
  };
}

