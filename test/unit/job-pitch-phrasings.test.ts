import assert from 'node:assert/strict';
import { describeAsks, lint } from '../../src/core/index.js';

/**
 * Job asks a coach sees in real drafts, written from the guidance (asks.md §2 and §4):
 * template fields that stand for a role or an organisation, opportunities at an
 * organisation, and the writer pitching themselves as a candidate. Near-misses keep the
 * reader's own job, opportunities in a field, negation, past tense and described roles out.
 */
const inRequest = (sentence: string) => `Hi Sam,\n\nI'm a data analyst with five years in retail. ${sentence}\n\nThank you,\nLee`;
const fires = (text: string, ruleId: string) => lint(text).diagnostics.some((d) => d.ruleId === ruleId || (d.related ?? []).some((r) => r.ruleId === ruleId));

// A bracketed or parenthesised field naming a role reads as a role; one naming a company as an organisation.
const FIELD_JOB_ASKS = [
  // Inside a field, "their" is the reader, as "your" is in prose.
  'I would love to be part of [their company].',
  'I saw an opening for (Role Name) at (Company Name) and would love to apply.',
  'A [Position] is open on your team that I am very interested in.',
  'Would you refer me for [JobPosition]?',
  'Could you put in a word for me for {{role}}?',
  'I would love to be part of [Company Name].',
  "I'd love to work at [Company].",
  'Is [Job Title] still open?',
  "I'm keen to intern with [Organization] this summer.",
  'Could you recommend me for [Internship Name]?',
  "I'd be thrilled to contribute to <Company Name>.",
];
const FIELD_NOT_JOB = [
  "I'm [Your Name], a [Role] with a background in [area].",
  'I noticed [something about their company, such as a hiring post or new funding].',
  'Fellow [your role] here, and I admire your work at [Company].',
  "I'd love to hear what you enjoy most about [their role].",
  'I read your post about [topic] and would love to hear how you got into [their field].',
  'How did you move from [previous role] into your work at [Company]?',
  // A label naming a detail of a role or company stands for a topic, not a post.
  "I'm very interested in [specific aspect of company/role], and I'd love to hear about your work.",
];
// Opportunities at an organisation (yours, a field standing for one, a named one, "there") are a job search.
const OPPORTUNITY_JOB_ASKS = [
  "I'm exploring opportunities at Northwind and would love to connect.",
  'Would you have time for a short chat about opportunities?',
  "I'd love to learn about your work and explore potential opportunities there.",
  'Could we talk about opportunities with your company?',
  'Exploring opportunities at [Company], and would value a conversation.',
  "I'm hoping to hear about any openings or opportunities on your team.",
  "I'd welcome the chance to discuss opportunities within your organisation.",
  "I'm curious about career opportunities at Fabrikam.",
];
const OPPORTUNITY_NOT_JOB = [
  "I'm exploring opportunities in geospatial analysis and would love your advice.",
  'What opportunities do newcomers usually find in this field?',
  "I'd welcome the opportunity to hear how you chose your path.",
  'Thank you for the opportunity to speak at your meetup.',
  'Are there opportunities to learn these tools outside a degree?',
  'Your talk on opportunities in public health data was inspiring.',
  'I had great opportunities at my last company.',
  "I'd love to hear what it is like to work at Northwind.",
  'I worked at Contoso for five years before moving into research.',
  'How did you decide to join Northwind after your degree?',
];
// The writer offering themselves as a candidate to the reader's organisation (asks.md §4).
const PITCH_JOB_ASKS = [
  'I believe I could add real value to your team.',
  "I'd love to hear what someone with my background could contribute.",
  'I think I could help with your data pipeline because I rebuilt one at my last job.',
  "I'd love to intern at Contoso next summer.",
  "I'm confident I could contribute to your group's research.",
  'I would be curious whether someone with my experience could add value there.',
  "I'd really like to work for Northwind someday.",
  'I think I would thrive on your team.',
];
const PITCH_NOT_JOB = [
  "If there's anything I can do to help your project, let me know.",
  "I'd love to hear how you add value to your team as a manager.",
  'What would you tell someone with my background who is thinking about this field?',
  "I don't think I could contribute much yet, so I'm here to learn.",
  'Last year I added value to my team by automating our reports.',
  'I think I could learn a lot from how you run research.',
  "I'd love to hear how someone with your background got started.",
  "I'd love to learn how people join teams like yours after a career change.",
];

// Softened requests, quantities of value, and a job the writer brings forward in a relative clause.
const MORE_JOB_ASKS = [
  'I was thinking you could refer me for the opening.',
  'I was thinking you might pass my resume to your manager.',
  'I know my skills could add a lot of value to your team.',
  'I would fit in there perfectly.',
  "A junior analyst role is open on your team that I'm really interested in.",
  "I'd love a spot on your team next summer.",
  'Could we chat about opportunities on the data team?',
  'I am hoping to explore opportunities with Northwind.',
  "I'd love to discuss openings, if you're open to it.",
  // A reference for a named role or application acts on that candidacy.
  'Would you be willing to write me a letter of recommendation for the internship?',
  'Could you serve as a reference for my application?',
  // Hiring timelines, room for the writer, and the search announced (asks.md §2).
  'Do you know when Northwind opens applications for graduates?',
  'When does your team usually start recruiting interns?',
  'When does the graduate scheme open this year?',
  'Is there room on your team for someone like me?',
  "I'm currently job hunting, so any leads would help.",
  'Please let me know if you hear of anything.',
  'Could you let me know if your company takes on summer interns?',
  'Would you be willing to vouch for me if I apply?',
  'Does your team sponsor work visas for new graduates?',
  "If I'm a fit for the team, could you put my name forward?",
  "I'd like to know if you have any internships this summer.",
  "If you think I'm a fit, I'd naturally appreciate the referral.",
  "I'm very interested in joining your team.",
  'If you hear of anything, please let me know.',
  // One role pursued, skills set against a named role, the writer as an asset, a place in the hiring.
  "I'm actively pursuing a web development position.",
  'I would love the chance to discuss how my skills match the analyst role I applied for.',
  'I believe my experience aligns well with the analyst role.',
  'I really think I could be a huge asset for your team.',
  'I am currently looking for a new opportunity.',
  "I'm excited to move forward in your hiring process.",
  "I've applied for the analyst role and would appreciate any help getting noticed.",
  "I'm following up about the status of my application.",
  'I look forward to the next steps in our process!',
  'I am interested in your firm because of its work on grids. Please tell me what you have for me.',
  'Do you have anything for me?',
  'Would you write me a recommendation for the analyst role at your firm?',
  'I feel confident that my experience would allow me to effectively fill the position of Creative Assistant.',
  "I'm also curious if you can give me a sense of our next steps in the process.",
  "I'd love to learn how my experience building products for nurses might fit.",
  'Please, someone give me an internship.',
  'So please help me to join a company.',
  'Are internships a possibility for next summer?',
  "I'm interested in your internship program.",
  // The search announced, word of an opening, and the writer's fit.
  "I'm on the market after redundancies at Acme.",
  "I'm starting a targeted search for staff platform roles.",
  "I'm actively searching and targeting product strategy roles.",
  "I'm starting to look at senior staff infrastructure roles.",
  "I'm looking for remote senior full-stack roles.",
  'Let me know if anything crosses your desk.',
  'Are you working on anything that fits?',
  "I'm interested in exploring what might be available, especially at Acme.",
  "I thought I'd reach out to discuss how I may fit what you're looking for.",
  "I'm planning to apply, but wanted to ask first: would a 15-minute chat be useful?",
  // The thing asked for first, then how welcome it would be.
  'Any leads on open roles would be much appreciated.',
  'Any open roles you know of would be greatly appreciated.',
  // An interview for the writer, a spot, employment sought, a start date, joining in a role.
  'Any chance you could get me an interview?',
  "I'd welcome the opportunity to interview with your team.",
  "Let me know if there's a spot for me on your team.",
  "I'm seeking full-time employment in the field.",
  "I'm looking for permanent employment in logistics.",
  "I'm available to start immediately.",
  'I could start right away if anything came up.',
  "I'm keen to join Acme as a software engineer.",
  "I'd love the chance of joining your firm as an analyst.",
  // Informal spellings read as their words.
  'could u refer me for the opening on ur team plz',
  'it would be great if u give me a chance to be a part of ur lab as an intern.',
  // Another verb joined to working for the reader, an application made online, a time to interview.
  'I would like to intern and/or work for you.',
  'I have applied online and I wanted to introduce myself.',
  "I'm available to interview next week.",
  // A job with its kind before it, a placement, bare job nouns, job leads, coming to work for the reader.
  "I'm now looking for a front-end dev job.",
  "I'm looking for placement this summer, so please let me know if there are any.",
  "I'm interested in internships in data engineering and would relocate.",
  "I'm hoping to connect with other developers in the hope of getting job leads.",
  'Could I come work for you this summer?',
  // A yes/no question without its question mark, the search in the writer's words, help offered to the team.
  'Hi, are you hiring? If you are, let me know.',
  'At the moment I am trying to find a job close to home.',
  'I was thinking I could help with your data pipeline.',
  'In case of any opening I could qualify for, I would appreciate it if you kept me in mind.',
  'Well, if I can ask anything: can I work with you?',
  'Does your lab accept interns?',
  'Are there interns at Acme?',
  'Which job do you have for a school leaver?',
  // A resume passed along, work going at the reader's place, an application's result, an employer for the writer.
  "Any chance you'd be open to passing along my resume?",
  'I was wondering if there was any work experience available this summer?',
  'Do you have any photography work going at your studio right now?',
  'I would like to know when the results of the internship will be released.',
  'Can you think of a company that needs someone with my background?',
  'Do you know if they are considering junior level developers?',
  'If you need someone to write for your blog, please contact me.',
  "I'd love to hear about your work and how my experience might fit.",
  'I wanted to reiterate my interest in the analyst role.',
  'I am interested in becoming a developer for this project.',
  // Help offered as a maintainer, a job at a named place for the writer, a hiring process carried on.
  "I'd like to volunteer as a maintainer for this project.",
  "I'd love to help maintain this project in my spare time.",
  'Please can you guide me how I can get a job in Microsoft?',
  'I would like to know if there will be a way to continue with the process.',
  // Misspelt job words, as writers new to English type them.
  'Can I get an intership in your team?',
  'Is there any postion open for me?',
  // The reader acting on the writer, and the writer as 'who', still pitch the writer.
  "Should any opening come up, I'd appreciate it if you kept me in mind.",
  "I'm a final-year student who is seeking a graduate position.",
  // Word of a job asked for; a post at the reader's organisation sought.
  'Do you know about any junior developer jobs in Leeds?',
  'Does anyone know about a part-time front-end job in Brisbane?',
  'I hope to find a remote software role with your firm.',
  // "Please" after a comma opens its own imperative.
  "I'm begging you, please forward my CV to anyone at your company who is hiring.",
  'I know you are busy, please pass my resume to your hiring manager.',
  // Places that want people like the writer, and a junior post named as the work wanted.
  'Would you have any recommendations of companies that might be interested now in marketing interns?',
  'Do you know of any firms looking for graduates this spring?',
  "I'd love to work as an intern at your company.",
  'It would be my pleasure to work as an intern at your firm.',
  // A place in the reader's lab, as students ask for one.
  'I am writing as I am interested to work under your guidance in your lab this summer.',
  'I am writing to discuss any research opportunities that you may have in your lab.',
];
const MORE_NOT_JOB = [
  // How the reader hires, and the writer's own past post.
  'What do you look for in interns?',
  // The reader's experience of hiring, and a speaker's fit for an event.
  'Do you have any experience hiring junior designers?',
  'I think my talk would be a good fit for the Austin meetup, and I would love to present.',
  'I worked under your guidance in 2019 and learned so much. Would you have 15 minutes to catch up?',
  'I worked as an intern at a bank last summer. What was your first year in audit like?',
  // After a condition, "please" belongs with it: one ask, read together.
  'If the internship has been filled, please let me know and I will stop asking.',
  "I'd love to chat about the role of data in healthcare.",
  // A day spent shadowing someone is a way to learn about the work.
  'I was hoping you might be someone I could talk with about a potential job shadowing.',
  'Is there a more appropriate person to contact regarding shadowing opportunities?',
  // Sent because the reader asked for it; offered, not sent.
  "As you requested at the fair, I've attached my resume.",
  "I'm not ready to send you my CV yet.",
  'I was thinking you could tell me how you chose your first team.',
  'I think I could learn from your approach to research.',
  "Do you work at Northwind's Boston office?",
  "I'd love to hear how your team finds opportunities for junior staff.",
  "That is the field I'm interested in. Could you tell me how you entered it?",
  "There are many opportunities in renewable energy, and I'd love your view on them.",
  "I'd love to hear what opportunities you see in the field.",
  'Thanks for the tips on finding opportunities.',
  'Could you share which conferences offer good networking opportunities?',
  'Would you recommend any courses with hands-on opportunities?',
  'I volunteered at Fabrikam last spring and loved it.',
  'How long did you work at Contoso before you moved into policy?',
  "I'd love to work with Dana on the survey she mentioned.",
  'Would the same lessons apply?',
  'I thought you might enjoy this paper on grid storage.',
  'Could you recommend a good book on urban planning?',
  'Thanks for the recommendation letter you wrote for my sister last year.',
  // A reference alone is a favour from someone who knows the writer's work, not a job.
  "I'd be grateful if you could write a short recommendation for me.",
  'Would you be one of my references?',
  'Could you be a reference for me?',
  'Would you be willing to write a letter of recommendation for my portfolio?',
  'Would you be willing to speak to my research skills?',
  'Any recommendations for podcasts on energy policy?',
  "I'd love your recommendations on courses worth taking.",
  // Hiring as a topic: how it works and what the reader looks for.
  'How does hiring work on your team?',
  'What do you look for when you hire?',
  'What does your hiring committee value in a portfolio?',
  'Is there room for one more question on our call?',
  'Any tips for my job search?',
  'What was job hunting like when you graduated?',
  'What was your graduate scheme like?',
  'How did you get your visa sorted when you moved?',
  "I'm a fit person who runs marathons on weekends.",
  'Could you share the template you used for your own resume?',
  'Did you have any internships before your first job?',
  'While researching companies I might be interested in working for, I came across your blog.',
  "I'm interested in working in climate policy one day.",
  'If you hear back from Dana, let me know what she says.',
  "I'm pursuing a degree in data science.",
  'Could you speak to my class about your work?',
  'Your talk could be a huge asset to our students.',
  'How did your background fit the role at first?',
  'I am looking for a new challenge in my own research.',
  'While researching companies I might be interested in working for, I came across Acme and found that you were working there.',
  'I saw you were interning at Acme last summer.',
  'What does your hiring process look like from the inside?',
  'What skills do hiring managers in your field look for?',
  'Could you help me stand out in interviews in general?',
  'How did your internship program shape your career?',
  'Were internships a possibility when you started?',
  'What was the graduate scheme like when you joined?',
  "I'm looking at the data on storage costs.",
  'What was the market like when you started?',
  'I started a new search engine project.',
  'Are you working on anything exciting?',
  "I'm planning to apply what I learn to my own projects.",
  "I'm planning to apply to grad school next year.",
  'Any advice on finding open roles would be much appreciated.',
  "I'd love to interview you for my podcast.",
  'Could I interview you about your path for a class project?',
  'How did you find employment after your degree?',
  'When did you start your first role?',
  'How soon did you start after your offer?',
  'I joined the alumni group as a volunteer last year.',
  'Your team sounds like a great place to start a career, and I would love to hear how you began.',
  'I was able to start right away at my last job.',
  'I already applied your advice to my portfolio.',
  'What a chance to be part of history that was.',
  'I wanted to get a job as a frontend developer, so your advice is very valuable to me.',
  'I was thinking I could ask you about your first year.',
  'Did you enjoy the conference last week.',
  'What job do you have now, if I may ask?',
  'Which role would you recommend I read about first?',
  'Could u tell me how you chose your first course?',
  "I'm exploring software engineering roles for next summer and would love your advice.",
  "I'm looking for a good book on interviewing.",
  'I would love to come to your talk next week.',
  // The market described, not a place asked for.
  'What should people like me learn first?',
  'I have worked with people like me who moved from retail into analytics.',
  // How the reader got theirs is their path.
  'How did you manage to get a job at Github?',
  'Could you tell me how you got your job at Google?',
  // Someone else's search, told.
  "Please let me know if there's anything I can do to be helpful as you look for your next role.",
  'I hear they are looking for new opportunities in Leeds, which sounds exciting.',
  // How jobs are got, asked as advice.
  'Is there a trick to landing a remote position?',
  'Could you give me advice on how to get a dev job?',
  'How did you get a senior role at your company?',
  "I'd love to know about your role and how you got there.",
  'Do you know much about the job market in Leeds?',
];

// Applicant statements with no request in them (asks.md §4): an opening at the reader's
// organisation noticed, a role the writer would suit, a place as a student or freelancer.
const APPLICANT_STATEMENTS = [
  // The writer set against what the post asks for.
  'If my profile matches your requirements for a summer intern, please let me know.',
  // A particular post, the application under way.
  "I'm applying for the analyst role and would love to hear what the team is like.",
  'I write to apply for the position of research assistant in your group.',
  'I feel ready to renew my application for a position in your office.',
  "I believe I would align well with your group's objectives.",
  'I would like to speak with you about opportunities to pursue my PhD in your lab.',
  'I noticed your team has an opening for a junior copywriter.',
  // An opening said to exist there, and the reader's post about a role.
  "I noticed there's a vacancy for a lab technician at your clinic.",
  'I saw your post about the staff accountant position.',
  // A cover letter's fit, and hiring in other words.
  'I am confident my training would meet your needs on the ward.',
  "I'm eager to put my skills back to work in a pediatric clinic.",
  'My portfolio is attached to assure you of my qualifications.',
  "If you're expanding the team this spring, I'd love to chat.",
  // Posts that train on the job, and a question with "have you" left out.
  'Got any apprenticeships going?',
  'Are you offering any placements this summer?',
  'Could I apply for a traineeship with your firm?',
  // Room for the writer, or for a post, at the reader's place.
  'Would there be room there for an intern this summer?',
  'Is there a place for me on your team?',
  // Sent to be weighed as an applicant; the hire the reader is making, asked about.
  'Attached is my resume for your consideration.',
  "I'd love to learn more about what you're looking for in this role.",
  'I spotted the internship listing for your design studio this morning.',
  "I hear you're hiring for the support team.",
  'Your lab is recruiting, and I would love to be considered.',
  'I recently applied for the Senior Data Platform Engineer role on your team.',
  'I am a final-year student seeking paid internship opportunities in robotics.',
  "I'm in the market for a marketing role in Leeds.",
  "It's exactly the kind of role I'd be perfect for.",
  'My experience fits well with what your group is looking for.',
  'With my retail background I could hit the ground running.',
  'Are you taking on any new PhD students next year?',
  'Would you consider taking me on as an apprentice?',
  "I'd love to freelance for your agency.",
  "I'd love to learn about potential roles at Northwind.",
  // The next opportunity with its kind before it, an interview with an adjective, a research degree.
  "I'm hunting for my next early-stage opportunity.",
  'Any help getting a first interview at Northwind would mean a lot.',
  'I am seeking supervision for a doctorate in marine ecology.',
  'Do you have any PhD places for next autumn?',
  'Would you consider supervising my dissertation?',
  // A search given as the reason counts when nothing else is asked.
  "As I'm looking for my next role in analytics, I wanted to introduce myself.",
  // A concession or the writer's things, not a reason given by the writer, leave a pitch as it is.
  'While my experience would add value to your organisation, I would love to hear how you see the field.',
  // A member of the team, the job needed, an application sent in, work offered for nothing.
  'I believe I would be a productive member of your lab.',
  "I just need this job more than anything.",
  "I've sent in my application for the analyst opening.",
  "I'm glad to fetch coffee and would work for next to nothing.",
  // An application the writer made, written about or asked after; an advert found.
  "I'm writing regarding my application for the summer programme.",
  'Could you tell me the status of the application I submitted in May?',
  'I found the internship advert on the careers board and decided to apply.',
  // Jobs of the reader's organisation asked about.
  'Could we go over the open positions at your company some time?',
  "I'd love to hear more about the roles at Northwind that suit career changers.",
  // An application under way, told to the organisation; hiring asked about; work there looked forward to.
  "I'm applying for the analyst role at Northwind.",
  'Applying for [Role] at [Company], and keen to walk you through my portfolio.',
  "I've attached my resume and will also be applying through your careers site.",
  'If you ever hear of teams looking for a junior analyst, a nudge would mean a lot.',
  'Do you know anyone who is hiring?',
  'I look forward to working at Northwind.',
  // Whether the writer meets a post's bar; an interview for a post.
  'Do I qualify for the analyst position you advertised?',
  "I'd love to be interviewed for the analyst position.",
  // The writer left out as the subject, as notes after a job interview do.
  'Looking forward to hearing about next steps.',
  // A candidate's keenness on a post, and a hiring process the writer wants to finish.
  "I'm very excited about the role with Northwind.",
  'I would like to see the process through before I commit to another offer.',
  // A hire the writer says the reader must make, worth proven to their organisation, a part in their work, a decision awaited.
  'It is essential that you hire me to write for your publication.',
  "I'm eager to use any next steps to prove my value to your organization.",
  'I believe that I could contribute to your current research project.',
  "I'm wondering if you have a timeline in place for when you're aiming to make your decision?",
  // The writer's own move into a post stays theirs.
  "I'm hoping to move into the product role at your company.",
];
const NOT_APPLICANT_STATEMENTS = [
  // The reader's path into a post, and a part someone played.
  'I would love to hear a bit more about you path into the role and any advice you have.',
  "I'd love to hear about your transition into the analyst role.",
  'I wanted to thank you for the role you played in my journey.',
  'It is important that you know how much I value your time.',
  'How did you make your decision to leave teaching?',
  "I'd love to hear how I could contribute to the field.",
  "Your team's work meets the requirements of the grant, I read.",
  // Applying for jobs in general, or to a school, is a search or a study plan.
  "I'm currently applying for jobs in data and would love your advice.",
  "I'm applying to the data science program at Leeds next year.",
  // A role offered as one choice among areas is the writer's field of interest, to be filled in.
  "I'm very interested in [role/team/industry] and would love to hear about your path.",
  "I'm hoping to move into [their field/role], and your path there is the one I'm exploring.",
  // Someone else, named, as the fit: the writer speaks of them.
  'I think [Target Person] would be a perfect fit to speak at your event.',
  'I think Dana would be a great fit for your panel.',
  'I think a short call would fit well with your schedule.',
  "I'm exploring career opportunities in public health and would love your perspective.",
  // An article about a role in the abstract, and open questions in a field.
  'I read your post about the role of mentors in nursing education.',
  'I saw there are still many open questions in battery recycling.',
  // How the reader grew their team is their story, a topic.
  "I'd love to hear how you grew the team from three people to thirty.",
  'How do you keep the culture as your team is growing?',
  "I'd love to hear how your apprenticeship shaped the way you work.",
  "I haven't got any experience with Python yet.",
  // Room in a market.
  'Or do you think there is some space here for a second product?',
  'Is there space in the market for another scheduling tool?',
  'I saw your post about what hiring managers look for, and it changed how I write.',
  'You have a role in shaping policy that I find fascinating.',
  'I noticed you have a knack for explaining complex ideas.',
  "I've attached a short list of questions so you can see what I'd ask.",
  'Tuesday would be perfect for me.',
  'I took on a new project at work that overlaps with your research.',
  "I'm taking a course on data visualisation this spring.",
  'How did your team decide to start hiring remotely?',
  // An informational interview is a conversation, and the reader's own supervisor a topic.
  'Could you help me set up an informational interview with someone on your team?',
  "I'd love to land an informal interview with a designer to learn about the field.",
  'How did you choose your PhD supervisor?',
  'How did you move between roles at your company?',
  'I enjoyed reading about the new roles at your company in the newsletter.',
  'What made you a valuable member of the team early on?',
  "I'm writing with regard to your talk on soil health.",
  'How did your application to graduate school go?',
  'I need the job title for the form.',
  // A search given as the reason for a conversation is background to it.
  'As I am currently looking for my next role, I hoped that we could speak for 15 minutes.',
  "Since I'm searching for a new position, I'd love to hear how you chose your first team.",
  // An application in the past, or any job somewhere, is background.
  'I applied for a job at a bank after college, and it taught me how I like to work.',
  'I recently applied for the internship at Northwind, which is why your talk caught my eye.',
  // Sharing with the reader's network is no request to join it; news of a team is no job lead.
  'Feel free to share the article with your network.',
  'I heard about teams moving to four-day weeks and wondered how yours decided.',
  // The reader interviewed (for a podcast, a study) is a meeting, not a job.
  'Would you be open to being interviewed for an hour on my podcast?',
  'Looking forward to hearing how your team chose its tools.',
  "I'm excited about the role of data in patient care.",
  "I'd love to hear how your team is hiring for growth this year.",
  'What would you look for if you were hiring someone like me?',
];

/** The writer's resume offered to the reader: sent too early, but no job asked of them. */
const RESUME_OFFERS = ['Happy to share my resume if that helps.', 'May I send you my resume?', "I'd be glad to send over my CV."];

describe('job asks in templates, opportunities and self-pitches', () => {
  for (const sentence of RESUME_OFFERS) {
    it(`a resume offered, not a job asked: ${sentence}`, () => {
      assert.ok(fires(inRequest(sentence), 'no-resume-upfront'), JSON.stringify(lint(inRequest(sentence)).diagnostics.map((d) => d.ruleId)));
      assert.ok(!fires(inRequest(sentence), 'no-job-request'), JSON.stringify(lint(inRequest(sentence)).asks));
    });
  }
  it('thanks for a job interview: its own message, and no fix that would rewrite the thanks away', () => {
    const draft = 'Dear Sam,\n\nThank you for meeting with me this morning to discuss the internship position at Northwind. I enjoyed hearing about the team.\n\nBest,\nLee';
    const found = lint(draft).diagnostics.filter((d) => d.ruleId === 'no-job-request');
    assert.equal(found.length, 1, JSON.stringify(lint(draft).diagnostics));
    assert.match(found[0].message, /^This thanks them for a job interview/);
    assert.deepEqual(found[0].fixes, []);
    // Its "Better:" line is better thanks, not the better request the rule shows for an ask.
    assert.match(found[0].example ?? '', /^Thank you for/);
    assert.equal(draft.slice(found[0].start, found[0].end), 'discuss the internship position');
    const { asks } = lint(draft);
    assert.deepEqual(asks.map((ask) => [ask.type, ask.lookedBack]), [['job', true]]);
    assert.equal(describeAsks(asks, draft), 'a job (thanks for a job interview)');
  });
  it('thanks for a talk about a named job is thanks for a job interview', () => {
    const draft = 'Dear Sam,\n\nThanks for chatting with me on Thursday evening about the database administrator job at Northwind. Your account of the integration project was fascinating.\n\nBest,\nLee';
    const { asks } = lint(draft);
    assert.deepEqual(asks.map((ask) => [ask.type, ask.lookedBack]), [['job', true]], JSON.stringify(asks));
  });
  it('a resume the reader is asked to pass on is a job ask: Could you send my resume to your hiring manager?', () =>
    assert.ok(fires(inRequest('Could you send my resume to your hiring manager?'), 'no-job-request')));
  // A template speaks to whoever fills it in: "[your department]" is the writer's own.
  it("no job ask in the writer's own fields: [your grade and role], working for [your department]", () => {
    const draft = 'Hi Sam,\n\nTo briefly introduce myself, I am a [your grade and role], working for [your department or agency].\n\nBest,\nLee';
    assert.ok(!lint(draft).asks.some((ask) => ask.type === 'job'), JSON.stringify(lint(draft).asks));
  });
  for (const sentence of [...FIELD_JOB_ASKS, ...OPPORTUNITY_JOB_ASKS, ...PITCH_JOB_ASKS, ...MORE_JOB_ASKS, ...APPLICANT_STATEMENTS]) {
    it(`a job ask: ${sentence}`, () => assert.ok(fires(inRequest(sentence), 'no-job-request'), JSON.stringify(lint(inRequest(sentence)).asks)));
  }
  for (const sentence of [...FIELD_NOT_JOB, ...OPPORTUNITY_NOT_JOB, ...PITCH_NOT_JOB, ...MORE_NOT_JOB, ...NOT_APPLICANT_STATEMENTS]) {
    it(`no job ask: ${sentence}`, () => assert.ok(!fires(inRequest(sentence), 'no-job-request'), JSON.stringify(lint(inRequest(sentence)).asks)));
  }
});

// The writer deciding the next step for the reader, or thanking for help not yet agreed to.
const DEMANDING = [
  'I will call your office next week to set up a time.',
  "I'll follow up on Tuesday to arrange a meeting.",
  'I will take the liberty of contacting you next week.',
  'I plan to phone you on Monday to find a time.',
  "I'll ring your assistant in a few days to book a slot.",
  'Thank you in advance for being willing to help.',
  'Thanks in advance for agreeing to meet with me.',
  'I will be calling your office shortly to schedule a meeting.',
  "I'll be reaching out to your assistant next week to book a time.",
  'I intend to visit your office on Thursday.',
  'I shall contact you tomorrow to confirm a time.',
  'Thanks in advance for meeting with me.',
  // A deadline set on the reader's favour, in an ask or as what the writer needs.
  'Could you send me two or three sentences by [date]?',
  'Reference needed by [date].',
  'Any help you could provide before the end of the month would be greatly appreciated.',
  // Urgency set on the reader's reply.
  'I need your answer immediately.',
  'Please reply right away.',
];
const NOT_DEMANDING = [
  "If it's easier, I'm happy to call your office next week.",
  "If I don't hear back, I may send one short follow-up, and that's fine too.",
  'I called your office last week, but the line was busy.',
  'I will be in Boston next week for a conference.',
  'Thanks in advance for considering it.',
  "I'll follow up only if you say that's welcome.",
  'Would it help if I called your office next week?',
  'Thank you for being willing to help last spring.',
  "I'd be glad to call you next week if that is easier.",
  'I will be visiting family next week, so replies may be slow.',
  'I will follow up with my manager next week about the course.',
  'I will be calling my bank tomorrow anyway.',
  'My application is due before the end of the month, so I am busy.',
  'What skills were needed before you got promoted?',
  'I need to finish my thesis before the end of the month.',
  'I hope to help my team finish before the end of the month.',
  'My deadline for applications is next week.',
  'I would not be where I am today without your help.',
  // The writer's own start date is no pressure on the reader.
  'I can start immediately if that ever matters.',
  'I started right away after my degree.',
  'I was able to start right away at my last job.',
  // The writer's own pace, a place, and deadlines asked about.
  'I will try to finish the pull requests as soon as possible.',
  'I live outside the immediate area, about an hour away.',
  'If there are any deadlines we should be aware of, please let us know.',
];
// Pleading (begging, any job, a reply at any price) against warm eagerness.
const DESPERATE = [
  'Please, I am begging you for a few minutes.',
  'Any reply at all would mean the world to me.',
  "I'll take any job at all at this point.",
  'I really need this, so please write back.',
  'Hearing back from you would mean everything to me.',
  "I'd be eternally grateful for anything you can do.",
  'Please, I just need a chance.',
  'I need this job more than anything.',
  "I'm willing to do literally anything to get my foot in the door.",
  'My family is counting on me finding work soon, so please help.',
  "Please don't ignore this message.",
  'I need help paying off student loans and would like to work for you.',
  'Will you write me a letter? I will owe you my life!',
  "I'm struggling to pay my rent, so any help would matter.",
  'I am a beginner now, so please support me.',
  'I am sure I can handle any office work, be it secretarial.',
  "I know customer care and wouldn't mind a receptionist job.",
  'Friends are welcome to refer job openings: full-time or part-time are both fine.',
];
const NOT_DESPERATE = [
  'What were the first few topics you covered? Any help would be appreciated.',
  'It would mean the world to me to have coffee and hear about your path.',
  'I am deeply grateful for your time and advice.',
  "I'd be very grateful for 15 minutes of your time.",
  'I need a new laptop before the course starts.',
  "I'm so excited about your team's work on accessibility.",
  "I'm grateful for any pointers on portfolios you can share.",
  'It would mean so much to sit down with you for coffee.',
  'I need a job that uses my research skills, which is why your field appeals to me.',
  "I'm deeply thankful for the advice you gave my cousin.",
  "Please ignore this message if you're too busy.",
  "I'm willing to do whatever reading you suggest before we talk.",
  'My team is counting on me to finish the survey this week.',
  'I paid off my student loans last year by freelancing.',
  "I'll owe you a coffee for this.",
  // Denied worry is no sorrow ("no worries").
  "If not relevant, no worries at all—I know you're busy.",
  'Could you please support me in understanding the field?',
  'I handle any data work my team needs.',
  'Is the role full-time or part-time?',
  "I wouldn't mind a pointer to a good course.",
  'I have a screenplay that desperately needs a home.',
];

describe('demanding and desperate tone, told from courtesy and eagerness', () => {
  for (const sentence of DEMANDING) it(`demanding: ${sentence}`, () => assert.ok(fires(inRequest(sentence), 'no-demanding-tone')));
  for (const sentence of NOT_DEMANDING) it(`not demanding: ${sentence}`, () => assert.ok(!fires(inRequest(sentence), 'no-demanding-tone')));
  for (const sentence of DESPERATE) it(`desperate: ${sentence}`, () => assert.ok(fires(inRequest(sentence), 'no-desperate-tone')));
  for (const sentence of NOT_DESPERATE) it(`not desperate: ${sentence}`, () => assert.ok(!fires(inRequest(sentence), 'no-desperate-tone')));
});
