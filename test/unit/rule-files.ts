import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { RuleData, RuleExample } from '../../src/core/rule-data.js';

/** The rule files as written, examples included (the bundle leaves examples out). */
const RULES_DIR = resolve(__dirname, '../../rules');
export const RULE_FILES: (RuleData & { examples: { flag: RuleExample[]; pass: RuleExample[] } })[] = readdirSync(RULES_DIR)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => parse(readFileSync(join(RULES_DIR, name), 'utf8')));
