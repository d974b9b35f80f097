// Reads every rule file in rules/ (YAML), checks its common fields, and writes them as
// one JSON module that the core bundles, so the core never reads files at run time.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['request', 'linkedin-note', 'referral-intro', 'thank-you', 'follow-up'];
const SEVERITIES = ['error', 'warning', 'info'];
const TYPES = ['phrase', 'tone', 'presence', 'duration', 'metric', 'placeholder', 'front-matter'];

export function compileRules() {
  const dir = join(root, 'rules');
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const problems = [];
  const rules = files.map((name) => {
    const rule = parse(readFileSync(join(dir, name), 'utf8'));
    const where = `rules/${name}`;
    const need = (ok, what) => ok || problems.push(`${where}: ${what}`);
    need(rule && typeof rule === 'object', 'must be a YAML mapping');
    need(rule.id === basename(name).replace(/\.ya?ml$/, ''), 'id must match the file name');
    need(TYPES.includes(rule.type), `type must be one of ${TYPES.join(', ')}`);
    need(SEVERITIES.includes(rule.severity), `severity must be one of ${SEVERITIES.join(', ')}`);
    need(!rule.kinds || (Array.isArray(rule.kinds) && rule.kinds.every((kind) => KINDS.includes(kind))), `kinds must be drawn from ${KINDS.join(', ')}`);
    need(typeof rule.message === 'string' && rule.message.length > 0, 'needs a message');
    need(typeof rule.note === 'string' && rule.note.length > 0, 'needs a note naming its source');
    need(rule.examples?.flag?.length > 0 && rule.examples?.pass?.length > 0, 'needs examples: flag and pass, at least one each');
    return rule;
  });
  if (problems.length > 0) throw new Error(`Invalid rule files:\n  ${problems.join('\n  ')}`);
  mkdirSync(join(root, 'generated'), { recursive: true });
  // The examples are for the test suite (which reads rules/ itself), not for the bundle.
  writeFileSync(join(root, 'generated', 'rules.json'), JSON.stringify(rules.map(({ examples, ...rule }) => rule)));
  return rules;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rules = compileRules();
  console.log(`compiled ${rules.length} rules`);
}
