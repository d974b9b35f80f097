import assert from 'node:assert/strict';
import { lint } from '../../src/core/index.js';

/**
 * More ways of saying how the writer found the reader, and near-misses that name no
 * source: a meeting still to come, the reader's answer awaited, an interest shared with
 * no place named. Written from the guidance (a referrer, an event, a publication, a
 * platform, a group or a school, beside a verb of finding or meeting).
 */
const fires = (text: string) => lint(text).diagnostics.some((d) => d.ruleId === 'how-found' || (d.related ?? []).some((r) => r.ruleId === 'how-found'));
const withCallAsk = (sentence: string) =>
  `Hi Sam,\n\n${sentence} I'm a pharmacist curious about regulatory affairs, and I'd love to hear how you moved into it. Would you have 20 minutes for a call?\n\nThank you,\nLee`;

const SOURCES = [
  'Dana Okafor asked me to call you.',
  'Your LinkedIn post on approvals stood out to me.',
  'Dana Okafor said to write to you directly.',
  'Dana Okafor knows us both, and she thought it would be good for me to talk with you.',
  'I follow you on LinkedIn and loved your post on dashboards.',
  'I noticed we both worked in hospital operations before moving into data.',
  'I stumbled upon your lab’s site while reading about drug approvals.',
  'I think we crossed paths once at Tuck.',
  "I've been following you for a while and loved your thread on approvals.",
  'Dana Okafor suggested reaching out to you.',
  'My adviser recommended contacting you about regulatory work.',
  'Dana Okafor mentioned that you moved from pharmacy into regulation.',
  'Our paths crossed briefly at the county pharmacists’ dinner.',
  'I was looking at your LinkedIn profile and saw your move into regulation.',
  'I was looking through the speakers at the regulatory forum and your name stood out.',
  'I checked the alumni directory and saw that you studied pharmacy too.',
  'Your answer on the pharmacists’ forum about dossiers was the clearest I have read.',
  'I heard your interview on the Drug Development podcast.',
  'I attended your workshop on labelling last spring.',
  'We sat at the same table at the regulatory affairs meetup in May.',
  'A former colleague at Boots passed along your details.',
  // A shared school, a search that turned the reader up, someone else's opinion of them, what their team published, a lecture they gave, a piece that quoted them.
  "I'm also a graduate of the State pharmacy programme.",
  'Your profile popped up when I searched for regulatory writers.',
  "Dana thought you'd be a great person to talk to.",
  "I read your team's blog post on labelling.",
  'Your name kept coming up in my reading on labelling.',
  'You gave a guest lecture in my pharmacology class last year.',
  'Dana, my former manager, thinks highly of your work.',
  'A recruiter I know speaks highly of your team.',
  'I saw you were quoted in the Guardian piece on drug pricing.',
  'You spoke at our student society in the autumn.',
  "I'm a member of the Regulatory Women network, where you posted about dossiers last week.",
  // Their work with a word or two describing it.
  'I saw your technical blog post on the agency site.',
  'Your recent article on dossier templates was so useful.',
  'I watched your excellent conference talk on labelling.',
  'I listened to your latest podcast episode on drug shortages.',
  // Someone's word without "that", a group shared with the reader, an occasion named by its meal.
  "My preceptor mentioned you'd know the regulatory side well.",
  'We were both in the first cohort of the State pharmacy residency.',
  "I'm in the same book club as your colleague Dana.",
  'We chatted over the hospital pharmacists’ awards dinner last week.',
  // A course the reader went through too, a programme that put the writer in touch, an earlier exchange.
  "I'm a current student in the programme you graduated from.",
  "I'm in the same pharmacy school you attended.",
  "I'm writing through the Women in Pharmacy mentorship programme.",
  'We connected on LinkedIn last spring.',
  "I'm a member of the Royal Pharmaceutical Society, like you.",
  // Knowing each other from before, and being the person someone told the reader about.
  'We worked together on the wards at St Mary’s a few years ago.',
  'You were my preceptor, and then my manager, at the county hospital.',
  'You taught my pharmacology module at State.',
  "I'm a former colleague of yours from Boots.",
  "I'm the pharmacist Dana mentioned in her email.",
  // Someone who told the writer to write, a connection accepted, a posting the reader wrote.
  'My friend Rob told me to reach out to you about the residency.',
  'Thanks so much for accepting my invitation to connect.',
  'I saw your posting in the Regulatory Writers group.',
  "I see we're both in the Regulatory Writers group.",
  "I see you're also a Manchester grad.",
  'Your comment on the dossier thread resonated with me.',
  // A background shared with the reader, and press about them.
  'I saw that you and I have a shared background in hospital pharmacy.',
  'Congratulations on the publicity you received in the Pharmaceutical Journal.',
  // Something they gave, named after it; an earlier exchange; someone's word of them.
  'I read the interview you gave to the Pharmaceutical Journal.',
  'Your answer on the pharmacists’ forum saved my week.',
  'You replied to my question on the forum last spring.',
  "Dana Okafor said you'd be the best person to ask.",
  // Contact details from someone, a link already made, a project done together.
  'I received your contact information from Eliot Jones at the county hospital.',
  'I noticed you were my connection too.',
  "I'm tidying up the report from our final project.",
  // Someone who brought the two together.
  "I'm really glad Dana was able to introduce us at the awards dinner.",
  // A talk that happened, said with how it went.
  'It was great talking about drug shortages at the regulatory meetup.',
  'I enjoyed chatting with your table at the awards dinner.',
  // An earlier exchange named as a thing, remembering the reader, a scheme that matched them.
  'Thanks for the comment on my post about drug shortages.',
  'I remember your meetings always started on time.',
  'You have been matched with me as a mentor through the pharmacy network.',
];

const NO_SOURCE = [
  // The reader's own request names no one who sent the writer.
  'You asked me to call you back about the audit team.',
  // A platform's page praised or judged by, with no finding or reading of it.
  'Judging from your LinkedIn profile, you have achieved a lot.',
  'Your LinkedIn profile is impressive.',
  // The writer's own thought sends no one.
  'I thought it would be good for me to talk with you.',
  // Admiring or following their work names no source or occasion.
  "I've been following your career and really admire your work.",
  'I have followed your work for years.',
  // A job posting says how the writer found the role, not the person.
  'I came across the job posting for a regulatory writer on your team.',
  'I saw there was a posting for a regulatory writer at your company.',
  "I'd love to meet you at a time that suits you.",
  'I look forward to your answer.',
  'We share an interest in drug safety.',
  'I am looking forward to meeting you at the summit next month.',
  'I saw that you work in regulatory affairs.',
  "I'm sure you get many messages like this.",
  'I would be glad to hear your comments on my plan.',
  'I think your course of study sounds fascinating.',
  // The writer's own thought, the reader's interview process, a plan: no source.
  "I thought you'd be a great person to ask.",
  "I'd like to learn about your interview process.",
  'I feel you would understand my situation.',
  'I hope to become a graduate student next year.',
  'I will be presenting at a conference next month.',
  'I hope your busy week goes well.',
  'I would value your honest opinion on my plan.',
  'I have a seat at the awards dinner next month.',
  'We are both busy people, I know.',
  "I'd love to learn about the programme you lead.",
  "I'm in a master's programme now.",
  "I'm a pharmacist like you, only newer to it.",
  'Could we talk about regulation some time?',
  'I worked at Boots for three years before the switch.',
  'The book Dana mentioned was a great help.',
  "I'd appreciate it if you accepted my invitation.",
  "I'm also a graduate student.",
  // Advice to contact people in general, people like the reader, the writer's own programme.
  'My tutor encouraged me to reach out to pharmacists in industry.',
  "I'd love to learn from people like you.",
  'I recently joined a mentorship programme for early-career pharmacists.',
  "I'm in my final year of pharmacy school and hope to do the same.",
  // The writer's own project, and an email merely received.
  'Our project at Boots went live last week.',
  'I received your email yesterday.',
  // The writer's own words about the reader.
  "I said to myself you'd probably be busy.",
  // A background that is only the writer's.
  'I have a background in hospital pharmacy.',
  // An introduction still asked for.
  'Could someone on your team introduce us?',
  "I'd love to find someone who could introduce us.",
  // A connection made, with nothing said of how the writer found them.
  'Thanks for connecting!',
  // A talk still to come.
  'It would be great talking at the regulatory meetup next month.',
  // Remembering something that is no link to the reader.
  'I remember reading that most pharmacists never change fields.',
  'I would welcome your comments on my plan.',
];

describe('how-found: sources named in other words, and near-misses', () => {
  for (const sentence of SOURCES) it(`names a source: ${sentence}`, () => assert.ok(!fires(withCallAsk(sentence))));
  for (const sentence of NO_SOURCE) it(`names no source: ${sentence}`, () => assert.ok(fires(withCallAsk(sentence))));
});
