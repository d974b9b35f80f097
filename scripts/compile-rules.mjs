// Reads every rule file in rules/ (YAML), checks its common fields, and writes them as
// one JSON module that the core bundles, so the core never reads files at run time.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['request', 'linkedin-note', 'referral-intro', 'intro-request', 'thank-you', 'follow-up'];
const ASK_TYPES = ['meeting', 'advice', 'connection', 'introduction', 'job', 'other'];
const SEVERITIES = ['error', 'warning', 'info'];

/**
 * `#` in a phrase means "a word with a digit", but in an unquoted YAML item " #" starts a
 * comment and silently cuts the phrase short ("how about the # at" becomes "how about
 * the"). Rule files keep comments on lines of their own, so any such item is a mistake.
 */
const CUT_BY_COMMENT = /^\s*-\s+(?!['"{\[])[^#\n]*\s#/;
/** The line numbers (from 1) of list items that a comment cuts short. */
export function itemsCutByComment(text) {
  return text.split('\n').flatMap((line, i) => (CUT_BY_COMMENT.test(line) ? [i + 1] : []));
}
function readYaml(path, where, problems) {
  const text = readFileSync(path, 'utf8');
  for (const line of itemsCutByComment(text)) problems.push(`${where}:${line}: quote the phrase: YAML reads " #" as the start of a comment`);
  return parse(text);
}

export function compileRules() {
  const dir = join(root, 'rules');
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const problems = [];
  const rules = files.map((name) => {
    const where = `rules/${name}`;
    const rule = readYaml(join(dir, name), where, problems);
    const need = (ok, what) => ok || problems.push(`${where}: ${what}`);
    need(rule && typeof rule === 'object', 'must be a YAML mapping');
    need(rule.id === basename(name).replace(/\.ya?ml$/, ''), 'id must match the file name');
    need(typeof rule.type === 'string', 'needs a type (its schema is checked with the phrase table)');
    need(SEVERITIES.includes(rule.severity), `severity must be one of ${SEVERITIES.join(', ')}`);
    need(!rule.kinds || (Array.isArray(rule.kinds) && rule.kinds.every((kind) => KINDS.includes(kind))), `kinds must be drawn from ${KINDS.join(', ')}`);
    need(!rule.whenAsked || (Array.isArray(rule.whenAsked) && rule.whenAsked.every((type) => ASK_TYPES.includes(type))), `whenAsked must be drawn from ${ASK_TYPES.join(', ')}`);
    need(typeof rule.message === 'string' && rule.message.length > 0, 'needs a message');
    need(typeof rule.note === 'string' && rule.note.length > 0, 'needs a note naming its source');
    need(rule.examples?.flag?.length > 0 && rule.examples?.pass?.length > 0, 'needs examples: flag and pass, at least one each');
    return rule;
  });
  const vocabulary = compileVocabulary(problems);
  if (problems.length > 0) throw new Error(`Invalid rule files:\n  ${problems.join('\n  ')}`);
  mkdirSync(join(root, 'generated'), { recursive: true });
  writeFileSync(join(root, 'generated', 'vocabulary.json'), JSON.stringify(vocabulary));
  // The examples are for the test suite (which reads rules/ itself), not for the bundle.
  writeFileSync(join(root, 'generated', 'rules.json'), JSON.stringify(rules.map(({ examples, ...rule }) => rule)));
  return rules;
}

/**
 * The vocabularies in rules/vocabulary/ (for the ask model): each file maps a group to
 * named lists of phrases, e.g. `forms: { modal: [...] }`, read as `forms.modal`.
 */
function compileVocabulary(problems) {
  const dir = join(root, 'rules', 'vocabulary');
  const vocabulary = {};
  for (const name of readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort()) {
    const where = `rules/vocabulary/${name}`;
    const data = readYaml(join(dir, name), where, problems);
    const file = basename(name).replace(/\.ya?ml$/, '');
    if (!data || typeof data !== 'object') {
      problems.push(`${where}: must be a YAML mapping`);
      continue;
    }
    for (const [group, lists] of Object.entries(data)) {
      for (const [list, phrases] of Object.entries(lists ?? {})) {
        if (!Array.isArray(phrases) || phrases.some((phrase) => typeof phrase !== 'string' || !phrase.trim())) {
          problems.push(`${where}: ${group}.${list} must be a list of phrases`);
          continue;
        }
        vocabulary[`${file}.${group}.${list}`] = phrases;
      }
    }
  }
  return vocabulary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rules = compileRules();
  console.log(`compiled ${rules.length} rules`);
}
