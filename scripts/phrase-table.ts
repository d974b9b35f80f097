// Checks every rule file against its type's schema and compiles every phrase of the rule
// files and the vocabularies, recording the stem of each word they use in the table the
// core loads (generated/phrase-stems.json).
// Run by esbuild.config.mjs at build time, after compile-rules.mjs has read the YAML.
import { writeFileSync } from 'node:fs';
import rules from '../generated/rules.json';
import vocabulary from '../generated/vocabulary.json';
import type { RuleData } from '../src/core/rule-data.js';
import { RULE_TYPES, unknownKeys } from '../src/core/rule-types/index.js';
import { compilePhrase } from '../src/core/text/phrases.js';
import { stemWord } from '../src/core/text/sentences.js';

/** Each rule file's problems with its type, naming the file and the key. */
export function checkRuleTypes(files: readonly RuleData[] = rules as RuleData[]): string[] {
  return files.flatMap((rule) => {
    const where = `rules/${rule.id}.yaml`;
    const type = RULE_TYPES[rule.type];
    if (!type) return [`${where}: type must be one of ${Object.keys(RULE_TYPES).join(', ')}; got ${JSON.stringify(rule.type)}`];
    const unknown = unknownKeys(rule, type).map((key) => `${where}: unknown key "${key}" for a rule of type ${rule.type}`);
    const values = unknown.length === 0 ? (type.check?.(rule) ?? []).map((problem) => `${where}: ${problem}`) : [];
    return [...unknown, ...values, ...phraseProblems(rule, where)];
  });
}

/** A phrase list that holds something else (a pattern put where a phrase goes, or the reverse). */
function phraseProblems(rule: RuleData, where: string): string[] {
  let phrases: unknown[];
  try {
    phrases = RULE_TYPES[rule.type].phrasesOf(rule);
  } catch (error) {
    return [`${where}: its phrases could not be read (${(error as Error).message}): each phrase list holds strings, and each of "patterns" is a mapping with "phrases"`];
  }
  const wrong = phrases.find((phrase) => typeof phrase !== 'string' || phrase.trim() === '');
  return wrong === undefined ? [] : [`${where}: a phrase list holds ${JSON.stringify(wrong)}, not a phrase`];
}

/**
 * The stem of every word the phrases use, by its normalized form ("" where the stem is the
 * word itself). The core compiles the phrases from their source with these at start-up:
 * stemming is the costly part, and the expanded phrases were most of the bundle.
 */
export function writePhraseStems(path: string): number {
  const problems = checkRuleTypes();
  if (problems.length > 0) throw new Error(`Invalid rule files:\n  ${problems.join('\n  ')}`);
  const phrases = new Set<string>(Object.values(vocabulary as Record<string, string[]>).flat());
  for (const rule of rules as RuleData[]) for (const phrase of RULE_TYPES[rule.type].phrasesOf(rule)) phrases.add(phrase);
  const stems = new Map<string, string>();
  const recordStem = (norm: string): string => {
    const stem = stemWord(norm);
    stems.set(norm, stem === norm ? '' : stem);
    return stem;
  };
  for (const phrase of phrases) {
    try {
      compilePhrase(phrase, 0, recordStem);
    } catch (error) {
      throw new Error(`phrase "${phrase}": ${(error as Error).message}`);
    }
  }
  writeFileSync(path, JSON.stringify(Object.fromEntries([...stems].sort(([a], [b]) => (a < b ? -1 : 1)))));
  return phrases.size;
}
