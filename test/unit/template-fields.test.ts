import assert from 'node:assert/strict';
import { applyFix, expandSnippet, fillTemplate, lint, templateFieldValue } from '../../src/core/index.js';
import snippets from '../../snippets/outreach.json';

const SNIPPETS = snippets as Record<string, { body: string[] }>;
const MAYA = { to: 'Maya Chen <maya@example.com>', company: 'Northwind', referrer: 'Priya Das' };

describe('template fields filled from the front matter', () => {
  it('reads each field the way a template names it', () => {
    assert.equal(templateFieldValue('[their name]', MAYA), 'Maya', 'a greeting wants the first name');
    assert.equal(templateFieldValue('{{first_name}}', MAYA), 'Maya');
    assert.equal(templateFieldValue('<Full Name>', MAYA), 'Maya Chen');
    assert.equal(templateFieldValue('[Company]', MAYA), 'Northwind');
    assert.equal(templateFieldValue('[referrer’s name]', MAYA), 'Priya Das');
    assert.equal(templateFieldValue('[their field]', MAYA), undefined, 'not recorded');
    assert.equal(templateFieldValue('[constructor]', MAYA), undefined, 'only our own labels');
    assert.equal(templateFieldValue('[their name]', { to: 'maya@example.com' }), undefined, 'an address names nobody');
  });

  it('fills a snippet, leaving the writer’s own fields as tab stops', () => {
    const filled = fillTemplate(SNIPPETS['Outreach: request via referral'].body.join('\n'), MAYA);
    assert.match(filled, /^Subject: Introduction from Priya Das$/m);
    assert.match(filled, /^Hi Maya,$/m);
    assert.match(filled, /^Priya Das suggested I get in touch/m);
    assert.match(filled, /\$\{3:\[their earlier field\]\}/, 'what only the writer knows stays a tab stop');
    assert.equal(fillTemplate('Hi ${1:[their name]},', undefined), 'Hi ${1:[their name]},');
  });

  it("flags a field left in a letter's head, which is sent though not linted as prose", () => {
    const letter = '[Your Address]\n[Date]\n\nDear Ms. Ruiz:\n\nThank you for meeting with me yesterday.\n\nSincerely,\nLee';
    const fields = lint(letter).diagnostics.filter((d) => d.ruleId === 'unfilled-placeholder').map((d) => letter.slice(d.start, d.end));
    assert.deepEqual(fields, ['[Your Address]', '[Date]']);
  });

  it('escapes what the front matter says, so a snippet cannot be broken by it', () => {
    const filled = fillTemplate('Hi ${1:[their name]}, at ${2:[company]}.', { to: 'Sam', company: 'Cash $ } Co' });
    assert.equal(expandSnippet(filled), 'Hi Sam, at Cash $ } Co.');
  });

  it('unfilled-placeholder offers the recorded value first, and the cached finding follows the front matter', () => {
    const draft = (to: string) => `---\nto: ${to}\n---\n\nHi [their name],\n\nThank you for the talk yesterday.\n\nBest,\nLee`;
    const fixesOf = (text: string) => lint(text, { format: 'markdown' }).diagnostics.find((d) => d.ruleId === 'unfilled-placeholder')!.fixes;
    const [fill, typeOver] = fixesOf(draft('Maya Chen'));
    assert.equal(fill.title, 'Fill in “Maya”');
    assert.ok(fill.preferred);
    assert.ok(!typeOver.preferred);
    assert.match(applyFix(draft('Maya Chen'), fill), /\nHi Maya,\n/);
    assert.match(applyFix(draft('Sam Lee'), fixesOf(draft('Sam Lee'))[0]), /\nHi Sam,\n/, 'a changed front matter is read again');
    const unknown = fixesOf('Hi [their name],\n\nThank you for the talk yesterday.\n\nBest,\nLee');
    assert.equal(unknown.length, 1);
    assert.ok(unknown[0].preferred);
  });
});
