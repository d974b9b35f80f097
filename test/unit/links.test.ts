import assert from 'node:assert/strict';
import { linkNames, linksIn } from '../../src/core/text/links.js';
import { lint } from '../../src/core/index.js';

const RESUME = new Set(['resume', 'cv']);
const named = (text: string) => linksIn(text).filter((link) => linkNames(link, RESUME)).map((link) => text.slice(link.start, link.end));
const resumeFindings = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === 'no-resume-upfront').map((d) => d.actual);

describe('links', () => {
  it('reads a markdown link by its label and by its file name', () => {
    assert.deepEqual(named('See [Resume](https://drive.example.com/d/1x/view) and [notes](https://x.example.com/files/lee_park_cv.pdf).'), ['[Resume](https://drive.example.com/d/1x/view)', '[notes](https://x.example.com/files/lee_park_cv.pdf)']);
  });
  it('reads a labelled address on its own line, and a bare address by its last part', () => {
    assert.deepEqual(named('CV: https://files.example.com/d/123\nMore at www.example.net/resume.'), ['CV: https://files.example.com/d/123', 'www.example.net/resume']);
  });
  it("reads a template's field for an address after a label", () => {
    assert.deepEqual(named('Resume: ${RESUME_URL}\nCV - [link to CV]\nTopic: [your field]\nResume: {resume}'), ['Resume: ${RESUME_URL}', 'CV - [link to CV]', 'Resume: {resume}']);
  });
  it('leaves titles and other words alone: a guide about resumes, opencv, a portfolio', () => {
    assert.deepEqual(named('Your guide https://example.com/blog/how-to-write-a-great-resume and https://github.com/opencv/opencv and [my work](https://lee.example.com)'), []);
  });
  it('finds each link once', () => {
    assert.equal(linksIn('Resume: [here](https://example.com/resume)').length, 1);
  });
});

describe('no-resume-upfront reads a resume shared as a link', () => {
  const email = (body: string, signature = 'Lee') => `Hi Dana,\n\n${body}\n\nBest,\n${signature}`;
  it('flags a resume file attached in the prose', () => {
    assert.deepEqual(resumeFindings(email('I would love your advice on breaking into research.\n\n[lee_park_resume.pdf](https://files.example.com/a/lee_park_resume.pdf)')), ['[lee_park_resume.pdf](https://files.example.com/a/lee_park_resume.pdf)']);
  });
  it('flags the sentence, not the link too, when the sentence already sends it', () => {
    assert.deepEqual(resumeFindings(email("Here is my CV: [CV](https://files.example.com/cv.pdf). Could we talk?")).length, 1);
  });
  it("leaves a signature's standing links alone", () => {
    assert.deepEqual(resumeFindings(email('Could we talk for 15 minutes next week?', 'Lee\n[Portfolio](https://lee.example.com) | [Resume](https://drive.example.com/d/1x)')), []);
  });
});
