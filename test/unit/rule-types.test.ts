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

  it('names the file and the place of a misspelt fix action, pattern key or ask type', () => {
    const demanding = RULE_FILES.find((file) => file.id === 'no-demanding-tone') as unknown as RuleData & { patterns: Record<string, unknown>[] };
    const patterns = demanding.patterns.map((pattern, i) => (i === 0 ? { ...pattern, unles: ['feel free'], inAsks: ['meetings'], fixes: [{ action: 'rewrite-sentense', title: 'Offer options' }] } : pattern));
    assert.deepEqual(checkRuleTypes([{ ...demanding, patterns } as unknown as RuleData]), [
      'rules/no-demanding-tone.yaml: patterns[0]: unknown key "unles"; a pattern has phrases, message, when, unless, inAsks, replace, fixes',
      'rules/no-demanding-tone.yaml: patterns[0].inAsks: unknown ask type "meetings"; one of meeting, advice, connection, introduction, job, other',
      'rules/no-demanding-tone.yaml: patterns[0].fixes[0].action: unknown fix action "rewrite-sentense"; one of rewrite-sentence, remove-sentence, replace-match, remove-match, append-to-clause',
    ]);
    const found = RULE_FILES.find((file) => file.id === 'how-found') as unknown as RuleData & { patterns: Record<string, unknown>[] };
    const wrong = { ...found, patterns: [...found.patterns, { phrases: ['met you'], when: ['at'], message: 'x' }] };
    assert.deepEqual(checkRuleTypes([wrong as unknown as RuleData]), [`rules/how-found.yaml: patterns[${found.patterns.length}]: unknown key "message"; a pattern has phrases, when, unless`]);
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
