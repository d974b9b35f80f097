import assert from 'node:assert/strict';
import { checkRuleTypes } from '../../scripts/phrase-table.js';
// @ts-expect-error: a build script in plain JavaScript, without types
import { itemsCutByComment } from '../../scripts/compile-rules.mjs';
import type { RuleData } from '../../src/core/rule-data.js';
import { lint } from '../../src/core/index.js';
import { RULE_TYPES } from '../../src/core/rule-types/index.js';
import { RULE_FILES } from './rule-files.js';

describe('rule types', () => {
  it('every rule file uses only the keys its type declares', () => {
    assert.deepEqual(checkRuleTypes(RULE_FILES as unknown as RuleData[]), []);
  });

  it('names the file and the key when a rule file has a key its type does not know', () => {
    const rule = { ...(RULE_FILES.find((file) => file.id === 'how-found') as unknown as RuleData), anchors: 'after-greeting' };
    assert.deepEqual(checkRuleTypes([rule]), ['rules/how-found.yaml: unknown key "anchors" for a rule of type presence']);
    assert.match(checkRuleTypes([{ ...rule, type: 'phrases' }])[0], /rules\/how-found\.yaml: type must be one of .*ask/);
  });

  it('names the file when a phrase stands where a pattern goes, or a pattern where a phrase goes', () => {
    const rule = RULE_FILES.find((file) => file.id === 'how-found') as unknown as RuleData & { patterns: unknown[]; phrases: unknown[] };
    const stringPattern = { ...rule, patterns: [...rule.patterns, 'came across your profile in'] };
    assert.match(checkRuleTypes([stringPattern])[0], /^rules\/how-found\.yaml: its phrases could not be read .*"patterns" is a mapping with "phrases"/);
    const patternPhrase = { ...rule, phrases: [...rule.phrases, { phrases: ['met you'] }] };
    assert.deepEqual(checkRuleTypes([patternPhrase]), ['rules/how-found.yaml: a phrase list holds {"phrases":["met you"]}, not a phrase']);
  });

  it('names the line of a phrase that a YAML comment would cut short', () => {
    const yaml = "patterns:\n  # a comment line is fine\n  - phrases:\n      - how about the # at\n      - 'how about the # at'\n      - on # at #\n";
    assert.deepEqual(itemsCutByComment(yaml), [4, 6]);
  });

  it('config validation takes phrases only for types that read them', () => {
    for (const [name, type] of Object.entries(RULE_TYPES)) {
      const rule = RULE_FILES.find((file) => file.type === name);
      if (!rule) continue;
      const { configProblems } = lint('Hi Sam,', { config: { rules: { [rule.id]: { phrases: ['a phrase of mine'] } } } });
      assert.equal(configProblems.length === 0, type.userPhrases, `${name}: ${configProblems.join('; ')}`);
    }
  });
});
