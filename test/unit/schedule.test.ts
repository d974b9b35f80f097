import assert from 'node:assert/strict';
import {
  addBusinessDays,
  applyFix,
  dateRecordedBySending,
  frontMatterDateEdit,
  addMonths,
  agenda,
  lint,
  readConversation,
  schedule,
  toICalendar,
  type TrackedDraft,
} from '../../src/core/index.js';

/** A draft with front matter only: the schedule reads nothing else. */
const draft = (name: string, frontMatter: string): TrackedDraft => {
  const fields = readConversation(`---\n${frontMatter}\n---\nHi,\n`);
  assert.ok(fields, `${name} names nobody`);
  return { draft: name, fields };
};
const steps = (drafts: TrackedDraft[], today: string) => agenda(schedule(drafts, today)).map((entry) => `${entry.person} ${entry.step} ${entry.due}`);

describe('schedule', () => {
  describe('dates', () => {
    it('counts business days, skipping weekends', () => {
      // 2026-03-06 is a Friday.
      assert.equal(addBusinessDays('2026-03-06', 1), '2026-03-09');
      assert.equal(addBusinessDays('2026-03-02', 7), '2026-03-11');
      assert.equal(addBusinessDays('2026-03-07', 5), '2026-03-13');
    });

    it('adds months, keeping to the end of a shorter month', () => {
      assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
      assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
      assert.equal(addMonths('2026-11-15', 3), '2027-02-15');
    });
  });

  describe('front matter', () => {
    it('reads names, aliases and dates, quoted or not', () => {
      const fields = readConversation("---\nto: Sam Lee\nemail: sam@example.com\ncompany: Acme\nreferrer: Maya  Chen\nfound-via: LinkedIn\nsent: 2026-03-02\nmet: '2026-03-10'\nthanked: soon\n---\nHi Sam,\n");
      assert.deepEqual(fields, {
        to: 'Sam Lee',
        email: 'sam@example.com',
        company: 'Acme',
        referrer: 'Maya Chen',
        foundVia: 'LinkedIn',
        dates: { sent: '2026-03-02', met: '2026-03-10' },
      });
    });

    it('tracks nobody without `to` or `person`', () => {
      assert.equal(readConversation('---\nkind: request\nsent: 2026-03-02\n---\nHi,\n'), undefined);
      assert.equal(readConversation('Hi Sam,\n'), undefined);
    });

    it('puts each bad date on its own value, naming the problem', () => {
      const text = '---\nto: Sam Lee\nsent: 2026-03-10\nmet: 2026-03-02\nthanked: next week\nlast-contact: 2026-12-01\n---\nHi Sam,\n\nThank you for your time.\n\nBest,\nLee\n';
      const found = lint(text, { today: '2026-04-01' }).diagnostics.filter((d) => d.ruleId === 'conversation-dates');
      assert.deepEqual(
        found.map((d) => [d.line, text.slice(d.start, d.end), d.message]),
        [
          [4, '2026-03-02', 'met is earlier than sent. Check both dates: the next step is worked out from them.'],
          [5, 'next week', '“next week” is not a date the Outreach view can read. Write thanked as YYYY-MM-DD, such as 2026-03-04.'],
          [6, '2026-12-01', 'last-contact is in the future. Record a step once it has happened, so what is due stays right.'],
        ],
      );
      // Nothing is dropped: the readable dates are still tracked.
      assert.deepEqual(readConversation(text)?.dates, { sent: '2026-03-10', met: '2026-03-02', 'last-contact': '2026-12-01' });
    });

    it('refuses a today that is not a date', () => {
      assert.throws(() => lint('Hi', { today: '2026-02-30' }), /today must be a date/);
    });
  });

  describe('recording a date', () => {
    const record = (text: string, key: Parameters<typeof frontMatterDateEdit>[1]) => {
      const edit = frontMatterDateEdit(text, key, '2026-03-12');
      return applyFix(text, { title: 'record', edits: [edit] });
    };

    it('replaces the value when the key is there, and nothing else', () => {
      assert.equal(record('---\nto: Sam\nsent: 2026-03-01 # first try\n---\nHi Sam,\n', 'sent'), '---\nto: Sam\nsent: 2026-03-12 # first try\n---\nHi Sam,\n');
      assert.equal(record('---\nto: Sam\nmet:\n---\nHi\n', 'met'), '---\nto: Sam\nmet: 2026-03-12\n---\nHi\n');
    });

    it('adds the key before the closing line, keeping the line ends', () => {
      assert.equal(record('---\r\nto: Sam\r\n---\r\nHi Sam,\r\n', 'replied'), '---\r\nto: Sam\r\nreplied: 2026-03-12\r\n---\r\nHi Sam,\r\n');
    });

    it('creates front matter when there is none, and refuses to touch broken YAML', () => {
      assert.equal(record('Hi Sam,\n', 'sent'), '---\nsent: 2026-03-12\n---\nHi Sam,\n');
      assert.throws(() => record('---\nto: [Sam\n---\nHi\n', 'sent'), /not valid YAML/);
    });

    it('records what sending this kind of draft means', () => {
      assert.equal(dateRecordedBySending({ kind: 'request' }), 'sent');
      assert.equal(dateRecordedBySending({ kind: 'thank-you' }), 'thanked');
      assert.equal(dateRecordedBySending({ kind: 'follow-up', step: 'report-back' }), 'reported-back');
      assert.equal(dateRecordedBySending({ step: 'keep-in-touch' }), 'last-contact');
      assert.equal(dateRecordedBySending(undefined), 'sent');
    });
  });

  describe('what is due', () => {
    it('nudges after seven business days without a reply', () => {
      const drafts = [draft('sam.md', 'to: Sam Lee\ncompany: Acme\nsent: 2026-03-02')];
      assert.deepEqual(steps(drafts, '2026-03-05'), ['Sam Lee follow-up 2026-03-11']);
      const [conversation] = schedule(drafts, '2026-03-05');
      assert.equal(conversation.group, 'waiting');
      assert.equal(schedule(drafts, '2026-03-11')[0].group, 'today');
      assert.equal(schedule(drafts, '2026-03-12')[0].group, 'overdue');
    });

    it('counts a second sent note as a nudge, and after two advises letting it go', () => {
      const first = draft('sam-request.md', 'to: Sam Lee\nsent: 2026-03-02');
      const nudge = draft('sam-nudge.md', 'to: Sam  Lee\nkind: follow-up\nsent: 2026-03-11');
      assert.deepEqual(steps([first, nudge], '2026-03-12'), ['Sam Lee follow-up 2026-03-20']);
      const second = draft('sam-nudge-2.md', 'to: Sam Lee\nsent: 2026-03-20');
      const [conversation] = schedule([first, nudge, second], '2026-03-23');
      assert.deepEqual([conversation.state, conversation.nudgesSent, conversation.steps, conversation.group], ['let-go', 2, [], 'waiting']);
    });

    it('after a meeting: thanks within a day, a report to the referrer, then a check-in three months after the last contact', () => {
      const drafts = [
        draft('ana-request.md', 'to: Ana Ruiz\ncompany: Northwind\nreferrer: Maya Chen\nsent: 2026-03-02\nreplied: 2026-03-03'),
        draft('ana-notes.md', 'to: Ana Ruiz\nmet: 2026-03-10'),
      ];
      assert.deepEqual(steps(drafts, '2026-03-10'), ['Ana Ruiz thank-you 2026-03-11', 'Ana Ruiz report-back 2026-03-13', 'Ana Ruiz keep-in-touch 2026-06-10']);
      const entry = agenda(schedule(drafts, '2026-03-10')).find((step) => step.step === 'report-back');
      assert.deepEqual(entry, { person: 'Ana Ruiz', company: 'Northwind', step: 'report-back', due: '2026-03-13', to: 'Maya Chen', draft: 'ana-notes.md' });
    });

    it('drops a step once its date is recorded, and counts it as contact', () => {
      const drafts = [
        draft('ana-request.md', 'to: Ana Ruiz\nreferrer: Maya Chen\nsent: 2026-03-02\nmet: 2026-03-10'),
        draft('ana-thanks.md', 'to: Ana Ruiz\nkind: thank-you\nthanked: 2026-03-11\nreported-back: 2026-03-12'),
      ];
      assert.deepEqual(steps(drafts, '2026-04-01'), ['Ana Ruiz keep-in-touch 2026-06-12']);
      assert.equal(schedule(drafts, '2026-04-01')[0].group, 'later');
      assert.equal(schedule(drafts, '2026-06-13')[0].group, 'overdue');
    });

    it('takes the keep-in-touch interval from the options', () => {
      const drafts = [draft('ana.md', 'to: Ana Ruiz\nmet: 2026-03-10\nthanked: 2026-03-10')];
      assert.deepEqual(agenda(schedule(drafts, '2026-03-10', { keepInTouchMonths: 6 })).map((entry) => entry.due), ['2026-09-10']);
    });

    it('owes the good news to everyone met, once the writer lands', () => {
      const drafts = [
        draft('ana.md', 'to: Ana Ruiz\nmet: 2026-03-10\nthanked: 2026-03-11'),
        draft('sam.md', 'to: Sam Lee\nsent: 2026-04-01'),
        draft('offer.md', 'to: Ana Ruiz\nlanded: 2026-05-04'),
      ];
      assert.deepEqual(steps(drafts, '2026-05-04'), ['Sam Lee follow-up 2026-04-10', 'Ana Ruiz good-news 2026-05-04', 'Ana Ruiz keep-in-touch 2026-06-11']);
      const told = [...drafts, draft('ana-news.md', 'to: Ana Ruiz\nlast-contact: 2026-05-05')];
      assert.deepEqual(steps(told, '2026-05-06'), ['Sam Lee follow-up 2026-04-10', 'Ana Ruiz keep-in-touch 2026-08-05']);
    });

    it('joins drafts by `person:` when given, and opens the newest draft', () => {
      const drafts = [
        draft('a.md', 'person: jo-1\nto: Jo Park\nsent: 2026-03-02\nmet: 2026-03-05'),
        draft('b.md', 'person: jo-1\nto: Jo Park (Acme)\nthanked: 2026-03-06'),
        draft('c.md', 'person: jo-2\nto: Jo Park\nsent: 2026-03-04'),
      ];
      const conversations = schedule(drafts, '2026-03-06');
      assert.deepEqual(conversations.map((c) => [c.key, c.drafts, c.latestDraft]).sort(), [
        ['jo-1', ['a.md', 'b.md'], 'b.md'],
        ['jo-2', ['c.md'], 'c.md'],
      ]);
    });

    it('lists a draft not yet sent under Later, with nothing due', () => {
      const [conversation] = schedule([draft('new.md', 'to: Lia Wong')], '2026-03-06');
      assert.deepEqual([conversation.state, conversation.group, conversation.steps], ['not-sent', 'later', []]);
    });
  });

  describe('iCalendar', () => {
    it('writes one all-day VEVENT per step, escaped and folded (RFC 5545)', () => {
      const entries = agenda(schedule([draft('drafts/ana, ruiz.md', 'to: Ana Ruiz\ncompany: Northwind; Labs\nreferrer: Maya Chen\nmet: 2026-03-10')], '2026-03-10'));
      const ics = toICalendar(entries, new Date('2026-03-10T09:30:00Z'));
      assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
      assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
      assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 3);
      assert.match(ics, /DTSTART;VALUE=DATE:20260311\r\nDTEND;VALUE=DATE:20260312\r\nSUMMARY:Thank Ana Ruiz \(Northwind\\; Labs\)\r\n/);
      assert.match(ics, /DTSTAMP:20260310T093000Z/);
      assert.match(ics, /DESCRIPTION:Draft: drafts\/ana\\, ruiz\.md/);
      for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `line over 75 octets: ${line}`);
      const long = toICalendar([{ ...entries[0], person: 'Ana Ruiz-Montenegro de la Vega y Castillo', company: 'Northwind Health Research Laboratories' }], new Date(0));
      assert.match(long, /\r\n [^\r\n]+/, 'a long summary is folded onto a continuation line');
    });
  });
});
