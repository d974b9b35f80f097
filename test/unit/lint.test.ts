import assert from 'node:assert/strict';
import { applyFix, fixAll, isSafeForFixAll, lint, RULES, setCacheLimit, type Diagnostic } from '../../src/core/index.js';
import { checklistLabel } from '../../src/core/post-pass.js';
import { FLAGGED_REQUEST, GOOD_REQUEST, THANK_YOU } from './drafts.js';

const ids = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.ruleId).sort();
const serious = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');

describe('lint()', () => {
  it('flags a job ask, desperation, a deadline, no time ask and no how-found line: exactly those five', () => {
    const result = lint(FLAGGED_REQUEST);
    assert.deepEqual(ids(result.diagnostics), ['how-found', 'no-demanding-tone', 'no-desperate-tone', 'no-job-request', 'time-ask']);
  });

  it('reads a postscript under the signature: its ask counts, and a missing line still goes above the sign-off', () => {
    const draft = "Hi Dana,\n\nI'm moving from teaching into UX research, and your path into design research is close to the one I hope to take.\n\nBest,\nSam Ortiz\n\nP.S. Would you have 20 minutes for a call next week, whenever suits you?\n";
    const result = lint(draft, { kind: 'request' });
    assert.deepEqual(result.asks.map((ask) => [ask.type, ask.minutes]), [['meeting', 20]]);
    assert.ok(!result.diagnostics.some((d) => d.ruleId === 'time-ask' || d.ruleId === 'offer-flexibility'));
    const thanks = result.diagnostics.find((d) => d.ruleId === 'gratitude');
    assert.ok(thanks, 'a request without thanks is told to thank');
    const fixed = applyFix(draft, thanks.fixes[0]);
    assert.match(fixed, /hope to take\.\n\nThank you for considering it\.\n\nBest,\nSam Ortiz\n\nP\.S\./);
  });

  it('puts findings on the words they are about, with 1-based lines and columns', () => {
    const result = lint(FLAGGED_REQUEST);
    const job = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'no-job-request')!;
    // A job ask is flagged on the words that make it; its fix rewrites the clause.
    assert.equal(FLAGGED_REQUEST.slice(job.start, job.end), 'Are you hiring');
    assert.equal(job.severity, 'error');
    assert.equal(job.line, 5);
    assert.equal(job.column, FLAGGED_REQUEST.split('\n')[4].indexOf('Are you hiring') + 1);
    assert.equal(job.endLine, 5);
    assert.equal(job.endColumn, job.column + 'Are you hiring'.length);
    assert.equal(job.url, 'docs/rules/no-job-request.md');
    assert.match(job.note!, /Informational Interviews/);
  });

  it('places missing-line findings where the fix goes: an empty range on the blank line, never on the greeting or sign-off', () => {
    const result = lint(FLAGGED_REQUEST);
    const howFound = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'how-found')!;
    const timeAsk = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'time-ask')!;
    for (const missing of [howFound, timeAsk]) {
      assert.equal(missing.start, missing.end, `${missing.ruleId} covers no words`);
      assert.ok(missing.missing);
      assert.equal(missing.fixes[0].edits[0].start, missing.start, 'the fix inserts where the finding is');
    }
    assert.equal(howFound.line, 4, 'the blank line after "Hi Dana,"');
    assert.equal(FLAGGED_REQUEST.slice(howFound.start - 9, howFound.start), 'Hi Dana,\n');
    assert.equal(FLAGGED_REQUEST.slice(timeAsk.start, timeAsk.start + 7), '\nBest,\n');
  });

  it('while the draft is typed, holds findings about missing lines until it has a body and a sign-off', () => {
    const missing = (text: string) => lint(text, { kind: 'request', whileTyping: true }).diagnostics.filter((d) => d.missing).map((d) => d.ruleId);
    assert.deepEqual(missing('Hi'), []);
    assert.deepEqual(missing('Hi Dana,\n\nI am a retail manager curious about product work and would'), []);
    // A draft that asks for nothing yet is told so once, not asked for a time ask or a how-found line.
    const nothingAsked = missing('Hi Dana,\n\nI am a retail manager curious about product work.\n\nBest,\nSam');
    assert.ok(nothingAsked.includes('clear-ask') && !nothingAsked.includes('how-found') && !nothingAsked.includes('time-ask'));
    assert.ok(missing('Hi Dana,\n\nI am a retail manager curious about product work. Could we talk?\n\nBest,\nSam').includes('how-found'));
  });

  it('says an ask is unclear, rather than missing, when the draft asks something it cannot name', () => {
    const message = (text: string) => lint(text, { kind: 'request' }).diagnostics.find((d) => d.ruleId === 'clear-ask')?.message ?? '';
    assert.match(message('Hi Dana,\n\nI am a retail manager curious about product work.\n\nBest,\nSam'), /doesn't ask them for anything/);
    assert.match(message('Hi Dana,\n\nI am a retail manager curious about product work. Would you be interested?\n\nBest,\nSam'), /isn't clear what you are asking/);
  });

  it('names every line a rule can find missing in plain words for the checklist', () => {
    for (const rule of RULES.filter((candidate) => candidate.insert !== undefined)) assert.ok(checklistLabel(rule.id), rule.id);
  });

  it('lists what a message of its kind should say as a checklist', () => {
    const checklist = lint(FLAGGED_REQUEST).checklist;
    const item = (ruleId: string) => checklist.find((entry) => entry.ruleId === ruleId);
    assert.deepEqual(item('how-found'), { ruleId: 'how-found', label: 'how you found them', done: false });
    assert.deepEqual(item('time-ask'), { ruleId: 'time-ask', label: 'time ask', done: false });
    assert.deepEqual(item('gratitude'), { ruleId: 'gratitude', label: 'thanks', done: true });
    assert.equal(lint('Hi Dana,').checklist.find((entry) => entry.ruleId === 'clear-ask')?.done, false, 'listed, though not yet flagged');
    assert.equal(lint('Hi Dana,').checklist.find((entry) => entry.ruleId === 'how-found'), undefined, 'no meeting asked for, so no how-found line expected');
  });

  it('ticks a checklist item exactly when no finding says its line is missing', () => {
    const drafts = [FLAGGED_REQUEST, GOOD_REQUEST, THANK_YOU, 'Hi Dana,\n\nCould we talk?\n\nBest,\nSam', 'Hi Dana,\n\nThanks.\n\nBest,\nSam'];
    for (const draft of drafts) {
      const result = lint(draft);
      assert.ok(result.checklist.length > 0, draft);
      for (const item of result.checklist) {
        assert.equal(item.done, !result.diagnostics.some((d) => d.missing && d.ruleId === item.ruleId), `${item.ruleId} in ${draft}`);
      }
    }
  });

  it('counts an ask made in the subject line with the body’s asks', () => {
    const draft = 'Subject: Would you have 20 minutes for a call?\n\nHi Dana,\n\nI am a nurse moving into health tech, and I read your piece on patient apps.\n\nCould you also introduce me to someone on your design team?\n\nThank you,\nLee\n';
    const result = lint(draft, { kind: 'request' });
    assert.deepEqual(result.asks.map((ask) => ask.type), ['meeting', 'introduction']);
    const extra = result.diagnostics.find((d) => d.ruleId === 'one-ask');
    assert.equal(extra && draft.slice(extra.start, extra.end), 'Could you also introduce me');
    assert.ok(!result.diagnostics.some((d) => d.ruleId === 'time-ask'), 'the subject names the time');
  });

  it('shows one finding where two rules flag the same words, naming the other', () => {
    const text = 'Hi Dana,\n\nI would take any job at all on your team.\n\nBest,\nSam';
    const onWords = lint(text).diagnostics.filter((d) => d.actual !== undefined && text.slice(d.start, d.end).includes('any job'));
    assert.equal(onWords.length, 1);
    assert.equal(onWords[0].ruleId, 'no-job-request');
    assert.deepEqual(onWords[0].related?.map((other) => other.ruleId), ['no-desperate-tone']);
    assert.match(onWords[0].note!, /Also no-desperate-tone/);
  });

  it('counts words once: the stats and the length rule agree', () => {
    const text = 'Hi Dana,\n\nI am a retail manager. Could we talk?\n\nBest,\nSam';
    const result = lint(text, { kind: 'request' });
    assert.equal(result.stats.words, 8);
    assert.equal(result.stats.questions, 1);
    const length = result.diagnostics.find((d) => d.ruleId === 'length');
    assert.match(length!.message, /\b8 words/);
  });

  it('reads an empty draft as no particular kind of short message', () => {
    assert.equal(lint('').kind, 'request');
    assert.equal(lint('Hi Dana,').kind, 'request');
  });

  it('gives a well-formed request no warnings or errors', () => {
    const result = lint(GOOD_REQUEST);
    assert.deepEqual(serious(result.diagnostics), []);
  });

  it('never asks a thank-you note for a time ask or how-found line', () => {
    const result = lint(THANK_YOU);
    assert.equal(result.kind, 'thank-you');
    assert.ok(!ids(result.diagnostics).some((id) => id === 'time-ask' || id === 'how-found'));
  });

  it('lets the kind be forced by option and by front matter', () => {
    assert.equal(lint(FLAGGED_REQUEST, { kind: 'follow-up' }).kind, 'follow-up');
    const withFrontMatter = `---\nkind: thank-you\n---\n${FLAGGED_REQUEST}`;
    const result = lint(withFrontMatter, { format: 'markdown' });
    assert.equal(result.kind, 'thank-you');
    assert.ok(!ids(result.diagnostics).includes('time-ask'));
  });

  it('never lints quoted replies', () => {
    const reply = `${GOOD_REQUEST}\nOn Mon, 3 Nov 2025, Dana Lee wrote:\n> Are you looking for a job? Get back to me ASAP.\n`;
    assert.deepEqual(serious(lint(reply).diagnostics), []);
    const inline = GOOD_REQUEST.replace('Thank you', '> I need a job ASAP.\n\nThank you');
    assert.deepEqual(serious(lint(inline).diagnostics), []);
  });

  it('skips code and HTML in markdown drafts, and the signature', () => {
    const markdown = GOOD_REQUEST.replace('Thank you', '```\nare you hiring ASAP\n```\n\n<!-- any job -->\n\nThank you');
    assert.deepEqual(serious(lint(markdown, { format: 'markdown' }).diagnostics), []);
    const signature = `${GOOD_REQUEST}Job seeker, hiring urgently\n`;
    assert.deepEqual(serious(lint(signature).diagnostics), []);
  });

  it('lints the subject line', () => {
    const text = GOOD_REQUEST.replace('Subject: Nurse curious about health-tech product work', 'Subject: Are you hiring nurses?');
    const job = lint(text).diagnostics.find((diagnostic) => diagnostic.ruleId === 'no-job-request');
    assert.ok(job);
    assert.equal(text.slice(job.start, job.end), 'Are you hiring');
  });

  it('keeps offsets right with CRLF line endings and astral characters', () => {
    const text = FLAGGED_REQUEST.replace(/\n/g, '\r\n').replace('Hi Dana,', 'Hi Dana 👋,');
    for (const diagnostic of lint(text).diagnostics) {
      const lines = text.split('\r\n');
      const before = lines.slice(0, diagnostic.line - 1).reduce((sum, line) => sum + line.length + 2, 0);
      assert.equal(before + diagnostic.column - 1, diagnostic.start, diagnostic.ruleId);
    }
  });

  it('treats "not asking for a job" as raising the subject, and "your job" as fine', () => {
    const denied = lint("I'm not asking for a job, just advice.").diagnostics.find((d) => d.ruleId === 'no-job-request');
    assert.ok(denied);
    assert.match(denied.message, /still/);
    assert.ok(!ids(lint('What do you like most about your job and your career path?').diagnostics).includes('no-job-request'));
  });

  describe('time asks', () => {
    const ask = (sentence: string) => lint(`Hi Sam,\n\nMaya suggested I write. ${sentence}\n\nBest,\nLee`).diagnostics.filter((d) => d.ruleId === 'time-ask');
    for (const bounded of ['Could you spare 20 minutes?', 'Do you have 15-20 min?', 'Would a 15 to 20 minute call work?', 'Could we talk for half an hour?', 'Do you have ten minutes?', 'Could we have a 20-minute chat?']) {
      it(`accepts “${bounded}”`, () => assert.deepEqual(ask(bounded), []));
    }
    for (const [open, kind] of [
      ['Could we meet for an hour?', 'more than'],
      ['Could we have lunch?', 'no end time'],
      ['Could we talk for an hour or two?', 'more than'],
      ['Could you spare a few minutes?', 'vague'],
      ['Could we talk sometime?', 'Say how much time'],
    ]) {
      it(`flags “${open}”`, () => {
        const found = ask(open);
        assert.equal(found.length, 1);
        assert.match(found[0].message, new RegExp(kind));
      });
    }
    it('uses the configured range', () => {
      const config = { rules: { 'time-ask': { maxMinutes: 15 } } };
      const found = lint('Hi Sam,\n\nMaya suggested I write. Could you spare 20 minutes?\n\nBest,\nLee', { config }).diagnostics;
      assert.match(found.find((d) => d.ruleId === 'time-ask')!.message, /15 minutes or less/);
    });
  });

  describe('fixes', () => {
    it('hands the choice back after a fixed slot, keeping the words, only where the slot ends the sentence', () => {
      const fixesFor = (sentence: string) => {
        const text = `Hi Sam,\n\nI'm a nurse moving into health-tech. ${sentence}\n\nThanks,\nLee`;
        const finding = lint(text).diagnostics.find((d) => d.ruleId === 'no-demanding-tone');
        assert.ok(finding, sentence);
        return finding.fixes.map((fix) => ({ title: fix.title, line: applyFix(text, fix).split('\n')[2] }));
      };
      const [keep, rewrite] = fixesFor('Could we meet for 20 minutes on Tuesday at 3pm?');
      assert.equal(keep.title, 'Leave them another choice');
      assert.equal(keep.line, "I'm a nurse moving into health-tech. Could we meet for 20 minutes on Tuesday at 3pm, or would another time or place suit you better?");
      assert.equal(rewrite.title, 'Offer options instead');
      // In the middle of a sentence the words would land inside it: only the rewrite is offered.
      assert.deepEqual(fixesFor("Let's meet at the cafe on Monday at 9am, and could you bring the report?").map((fix) => fix.title), ['Offer options instead']);
    });

    it('each fix removes its finding and leaves the rest of the draft alone', () => {
      const result = lint(FLAGGED_REQUEST);
      for (const diagnostic of result.diagnostics) {
        assert.ok(diagnostic.fixes.length > 0, `${diagnostic.ruleId} has no fix`);
        for (const fix of diagnostic.fixes) {
          const fixed = applyFix(FLAGGED_REQUEST, fix);
          const edit = [...fix.edits].sort((a, b) => a.start - b.start);
          assert.equal(fixed.slice(0, edit[0].start), FLAGGED_REQUEST.slice(0, edit[0].start), fix.title);
          const after = lint(fixed).diagnostics.filter((d) => d.ruleId === diagnostic.ruleId);
          assert.ok(after.length < result.diagnostics.filter((d) => d.ruleId === diagnostic.ruleId).length, `${diagnostic.ruleId}: “${fix.title}” left the finding`);
        }
      }
    });

    it('inserts missing lines after the greeting and before the sign-off, with visible placeholders', () => {
      const result = lint(FLAGGED_REQUEST);
      const howFound = result.diagnostics.find((d) => d.ruleId === 'how-found')!.fixes[0];
      assert.match(howFound.edits[0].newText, /\$\{1\|/, 'a choice of how you found them');
      const fixed = applyFix(FLAGGED_REQUEST, howFound);
      assert.match(fixed, /Hi Dana,\n\n\[referrer's name\] suggested I get in touch, and \[what caught your eye in their work\]\.\n\nI'm a retail manager/);
      assert.ok(lint(fixed).diagnostics.some((d) => d.ruleId === 'unfilled-placeholder'), 'the placeholder cannot be sent');
      const timeAsk = applyFix(FLAGGED_REQUEST, result.diagnostics.find((d) => d.ruleId === 'time-ask')!.fixes[0]);
      assert.match(timeAsk, /Thank you for considering it\.\n\nWould you have 20 minutes[^\n]*\n\nBest,/);
    });

    it('fills a placeholder from the front matter', () => {
      const withReferrer = `---\nreferrer: Maya Chen\n---\n${FLAGGED_REQUEST}`;
      const howFound = lint(withReferrer, { format: 'markdown' }).diagnostics.find((d) => d.ruleId === 'how-found')!.fixes[0];
      assert.match(applyFix(withReferrer, howFound), /Hi Dana,\n\nMaya Chen suggested I get in touch/);
    });

    it('shows a better phrasing in the draft’s own terms when its front matter names them', () => {
      const general = lint(FLAGGED_REQUEST).diagnostics.find((d) => d.ruleId === 'no-job-request')!;
      assert.match(general.example!, /product design/, 'the rule’s example when the draft names nothing');
      const withField = `---\nfield: product management\n---\n${FLAGGED_REQUEST}`;
      const fitted = lint(withField, { format: 'markdown' }).diagnostics.find((d) => d.ruleId === 'no-job-request')!;
      assert.equal(fitted.example, "I'd love to hear how you got into product management and what you would advise someone starting out.");
    });

    it('titles a deletion with the words it deletes, and never prefers it', () => {
      for (const diagnostic of lint(FLAGGED_REQUEST).diagnostics) {
        for (const fix of diagnostic.fixes.filter((candidate) => candidate.effect === 'remove')) {
          assert.match(fix.title, /^Delete “.+”$/);
          assert.notEqual(fix.preferred, true, fix.title);
        }
      }
      const desperate = lint(FLAGGED_REQUEST).diagnostics.find((d) => d.ruleId === 'no-desperate-tone')!;
      assert.deepEqual(desperate.fixes.map((fix) => fix.title), ['Delete “Honestly, I really need a…”']);
    });

    it('fix-all replaces phrases and never deletes or inserts', () => {
      const fixed = fixAll(FLAGGED_REQUEST, (text) => lint(text).diagnostics);
      const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).length;
      assert.equal(sentences(fixed), sentences(FLAGGED_REQUEST));
      assert.ok(fixed.includes('Honestly, I really need a break after a rough year.'), 'a sentence only a deletion would fix stays');
      for (const diagnostic of lint(FLAGGED_REQUEST).diagnostics) {
        for (const fix of diagnostic.fixes) if (isSafeForFixAll(fix)) assert.equal(fix.effect, 'replace');
      }
    });
  });

  describe('config', () => {
    it('turns rules off and changes severity', () => {
      const config = { rules: { 'time-ask': 'off', 'no-job-request': 'warning' } };
      const result = lint(FLAGGED_REQUEST, { config });
      assert.ok(!ids(result.diagnostics).includes('time-ask'));
      assert.equal(result.diagnostics.find((d) => d.ruleId === 'no-job-request')!.severity, 'warning');
    });

    it('adds phrases to a rule', () => {
      const config = { rules: { 'no-job-request': { phrases: ['open headcount'] } } };
      assert.ok(ids(lint('Do you have open headcount?', { config }).diagnostics).includes('no-job-request'));
    });

    it('reports bad config and lints with the valid part', () => {
      const config = { rules: { nope: 'off', 'time-ask': { maxMinutes: 'lots', severity: 'loud' }, 'no-job-request': { phrases: ['', 'x'.repeat(10_000)] } }, extra: 1 };
      const result = lint(FLAGGED_REQUEST, { config });
      assert.equal(result.configProblems.length, 6, result.configProblems.join('\n'));
      assert.match(result.configProblems.join('\n'), /unknown rule "nope"/);
      assert.deepEqual(ids(result.diagnostics), ids(lint(FLAGGED_REQUEST).diagnostics));
    });
  });

  it('rejects a non-string draft with a clear message', () => {
    assert.throws(() => lint(undefined as unknown as string), /expects the draft as a string/);
  });
});

describe('lint() on pathological input', () => {
  it('stops at the time budget, says so, and skips whole-draft rules instead of guessing', () => {
    const paragraphs = Array.from({ length: 100_000 }, (_, k) => `Hi ${k}.`).join('\n\n');
    const result = lint(paragraphs, { budgetMs: 50 });
    assert.equal(result.complete, false);
    assert.ok(!result.diagnostics.some((d) => ['time-ask', 'how-found', 'gratitude', 'length'].includes(d.ruleId)));
  });

  it('lints one very long line, with every range inside the text', () => {
    const words = 'please get back to me asap about any job at your company';
    const line = `${words} `.repeat(Math.ceil(1_000_000 / (words.length + 1)));
    // A generous budget: this is about correctness on a long line, not speed.
    const result = lint(line, { budgetMs: 600_000 });
    assert.equal(result.complete, true);
    assert.ok(result.diagnostics.length > 0);
    for (const d of result.diagnostics) assert.ok(d.start >= 0 && d.end <= line.length && d.start <= d.end);
  });

  it('gives the same result for the same input, cached or not', () => {
    const first = lint(FLAGGED_REQUEST);
    lint(GOOD_REQUEST);
    assert.deepEqual(lint(FLAGGED_REQUEST), first);
    const twice = `${FLAGGED_REQUEST}\n${FLAGGED_REQUEST}`;
    const doubled = lint(twice).diagnostics.filter((d) => d.ruleId === 'no-job-request');
    assert.equal(doubled.length, 2);
    assert.equal(doubled[1].start - doubled[0].start, FLAGGED_REQUEST.length + 1);
  });
});

describe('lint() on drafts saved on Windows (CRLF, a byte-order mark)', () => {
  // A request whose paragraphs are wrapped to a width, as plain-text mail is: its one line
  // break inside a sentence must not end the sentence or the paragraph.
  const WRAPPED_REQUEST = `Hi Dana,

I understand that you are very busy, and if you cannot help me at this time
could you point me to someone on your team who might be able to? I am a nurse
moving into health-tech, and Maya Chen suggested I write to you.

Thank you,
Sam
`;
  const seen = (text: string) => {
    const result = lint(text);
    return {
      kind: result.kind,
      asks: result.asks.map((ask) => ({ type: ask.type, text: text.slice(ask.start, ask.end).replace(/\r\n/g, '\n') })),
      diagnostics: result.diagnostics.map((d) => `${d.ruleId}: ${text.slice(d.start, d.end).replace(/\r\n/g, '\n')}`),
    };
  };
  for (const [name, draft] of Object.entries({ FLAGGED_REQUEST, GOOD_REQUEST, THANK_YOU, WRAPPED_REQUEST })) {
    it(`reads ${name} with CRLF line breaks as it does with LF`, () => {
      assert.deepEqual(seen(draft.replace(/\n/g, '\r\n')), seen(draft));
    });
  }
  it('reads a draft saved with a byte-order mark as it does without one', () => {
    // Its subject line is still a subject line, not the first sentence of the body.
    const thanks = 'Subject: Thank you, Dana! Great to meet the team yesterday\n\nHi Dana,\n\nThank you for showing me around the lab yesterday. Your advice on portfolio reviews is the first thing I will act on.\n\nBest,\nLee\n';
    for (const draft of [FLAGGED_REQUEST, GOOD_REQUEST, thanks]) assert.deepEqual(seen(`\uFEFF${draft}`), seen(draft));
  });
  it('keeps a wrapped sentence whole across its CRLF line break', () => {
    const crlf = WRAPPED_REQUEST.replace(/\n/g, '\r\n');
    const introduction = lint(crlf).asks.find((ask) => ask.type === 'introduction');
    assert.ok(introduction && crlf.slice(introduction.start, introduction.end).includes('at this time\r\ncould you point me'), JSON.stringify(introduction));
  });
});

describe('lint() on markdown', () => {
  it('keeps ranges on the right words after lines that end in spaces', () => {
    const text = 'Hi Dana,  \nthanks for reading.   \nAre you hiring    \nthis spring?\n';
    const job = lint(text, { format: 'markdown' }).diagnostics.find((d) => d.ruleId === 'no-job-request');
    assert.ok(job);
    assert.equal(text.slice(job.start, job.end), 'Are you hiring');
  });
});

describe('lint() after an edit', () => {
  const draft = `Hi Sam,\n\nI'm currently in transition. I read your piece on design hiring at Acme.\n\nWould you have 20 minutes for a call next week, whenever suits you?\n\nThank you,\nLee\n`;
  const fresh = (text: string) => {
    setCacheLimit(0);
    const result = lint(text, { budgetMs: Infinity });
    setCacheLimit(32 * 1024 * 1024);
    return result;
  };

  it('keeps a finding about the opening folded with a block finding on the same words', () => {
    lint(draft, { budgetMs: Infinity });
    const edited = draft.replace('call next week', 'call later this month');
    const result = lint(edited, { budgetMs: Infinity });
    const opening = result.diagnostics.find((d) => d.ruleId === 'intro-first');
    assert.deepEqual(opening?.related?.map((related) => related.ruleId), ['no-desperate-tone']);
    assert.ok(!result.diagnostics.some((d) => d.ruleId === 'no-desperate-tone'));
    assert.deepEqual(result, fresh(edited));
  });

  it('moves the findings of blocks after the edit, lines and columns included', () => {
    const text = `Hi Sam,\n\nI read your piece on design hiring at Acme.\n\nAre you hiring? Please reply ASAP.\n\nBest,\nLee\n`;
    lint(text, { budgetMs: Infinity });
    const edited = text.replace('I read', 'Last week I read\nwith care');
    const result = lint(edited, { budgetMs: Infinity });
    assert.deepEqual(result, fresh(edited));
    const job = result.diagnostics.find((d) => d.ruleId === 'no-job-request');
    assert.equal(edited.slice(job!.start, job!.end), 'Are you hiring');
    assert.equal(job!.line, 6);
  });

  it('gives a paragraph split in two blocks of its own, even where a kept block has the same text', () => {
    // Found by the edit property: a blank line typed into a paragraph next to the sign-off.
    const text = '---\nkind: [\n---\n- item.  any field at all.\n\n Best,\r\nintroduced us. Thanks,.  \n\n\n\nBest,\nSam\n';
    lint(text, { budgetMs: Infinity });
    const edited = text.replace(' Best,\r\n', ' \n\nBest,\r\n');
    assert.deepEqual(lint(edited, { budgetMs: Infinity }), fresh(edited));
  });

  it('reads again what an edit hides or shows: a line quoted, or a reply line typed above the rest', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: are you hiring for any role? I need a job ASAP.`);
    const text = `Hi Sam,\n\n${paragraphs.join('\n\n')}\n\nBest,\nLee\n`;
    lint(text, { budgetMs: Infinity });
    const quoted = text.replace('Paragraph 3:', '> Paragraph 3:');
    const result = lint(quoted, { budgetMs: Infinity });
    assert.deepEqual(result, fresh(quoted));
    assert.ok(!result.diagnostics.some((d) => d.line === 9), 'the quoted line has no findings');
    const replied = quoted.replace('Paragraph 10:', 'On Monday, Sam wrote:\n\nParagraph 10:');
    const afterReply = lint(replied, { budgetMs: Infinity });
    assert.deepEqual(afterReply, fresh(replied));
    assert.ok(afterReply.diagnostics.every((d) => d.start < replied.indexOf('On Monday')), 'nothing after the reply line is linted');
    assert.deepEqual(lint(quoted, { budgetMs: Infinity }), fresh(quoted), 'and read again when the reply line goes');
  });
});
