import assert from 'node:assert/strict';
import { applyFix, lint } from '../../src/core/index.js';
import type { RuleExample } from '../../src/core/rule-data.js';
import { RULE_FILES } from './rule-files.js';

/** Every rule file carries its own examples; this turns each one into a test. */
const asDraft = (example: RuleExample) => (typeof example === 'string' ? { text: example } : example);
const idsFor = (example: RuleExample) => {
  const { text, kind, format } = asDraft(example);
  // A rule that flagged the same words as a stronger one is named by that finding.
  return lint(text, { kind, format }).diagnostics.flatMap((diagnostic) => [diagnostic.ruleId, ...(diagnostic.related ?? []).map((other) => other.ruleId)]);
};

describe('rule examples', () => {
  it('every rule has flag and pass examples', () => {
    for (const rule of RULE_FILES) {
      assert.ok(rule.examples.flag.length > 0, `${rule.id} has no flag examples`);
      assert.ok(rule.examples.pass.length > 0, `${rule.id} has no pass examples`);
    }
  });

  for (const rule of RULE_FILES) {
    describe(rule.id, () => {
      for (const example of rule.examples.flag) {
        it(`flags: ${asDraft(example).text.slice(0, 70)}`, () => {
          assert.ok(idsFor(example).includes(rule.id), `${rule.id} did not fire`);
        });
        // As Harper's rule tests do, each example states the text its first fix produces.
        it(`fixes: ${asDraft(example).text.slice(0, 70)}`, () => {
          const { text, kind, format, fixed } = asDraft(example);
          const fix = lint(text, { kind, format }).diagnostics.find((d) => d.ruleId === rule.id)?.fixes[0];
          if (!fix) return assert.equal(fixed, undefined, 'the example states a fixed text, but the finding has no fix');
          assert.notEqual(fixed, undefined, `the example must state its text after “${fix.title}” (fixed: …)`);
          assert.equal(applyFix(text, fix), fixed);
        });
      }
      for (const example of rule.examples.pass) {
        it(`passes: ${asDraft(example).text.slice(0, 70)}`, () => {
          assert.ok(!idsFor(example).includes(rule.id), `${rule.id} fired`);
        });
      }
    });
  }
});
