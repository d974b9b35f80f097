import rulesData from '../../generated/rules.json';
import { asksFor } from './asks/index.js';
import { resolveConfig } from './config.js';
import type { RuleData } from './rule-data.js';
import type { CompiledRule, DraftContext, Finding, RuleMatch } from './rule-types/context.js';
import { RULE_TYPES } from './rule-types/index.js';
import { compilePrecompiled } from './text/phrase-table.js';
import { PhraseIndex } from './text/phrases.js';
import { blockFindings, blockMatches, type ProseBlock } from './text/prose-cache.js';
import type { Sentence } from './text/sentences.js';
import { declaredOptions, type RuleOptions } from './rule-types/options.js';
import type { MessageKind, Severity } from './types.js';

/** The rule files, checked and turned into JSON at build time (scripts/compile-rules.mjs). */
export const RULES: readonly RuleData[] = rulesData as RuleData[];

/** Every enabled rule for one config, with one phrase index shared by all of them. */
export interface RuleSet {
  rules: CompiledRule[];
  index: PhraseIndex;
  /** Phrase ref → which rule and which of its phrases. */
  refs: { rule: number; phraseIndex: number }[];
  kind?: MessageKind;
  problems: string[];
  /** The `length` rule's options with the user's values (also when the rule is off), for the target shown to the user. */
  lengths: Record<string, number>;
}

const cache = new Map<string, RuleSet>();
const CACHE_LIMIT = 16;

/** Compiling phrases costs more than linting a short draft, so rule sets are kept per config. */
export function ruleSetFor(config: unknown): RuleSet {
  const key = config === undefined ? '' : JSON.stringify(config);
  let set = cache.get(key);
  if (!set) {
    set = buildRuleSet(config);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, set);
  }
  return set;
}

function buildRuleSet(config: unknown): RuleSet {
  const resolved = resolveConfig(config, RULES);
  const rules: CompiledRule[] = [];
  const index = new PhraseIndex();
  const refs: RuleSet['refs'] = [];
  for (const data of RULES) {
    const options = resolved.rules.get(data.id);
    if (!options || options === 'off') continue;
    const rule = compileRule(data, options);
    rule.phrases.forEach((phrase, phraseIndex) => {
      index.add(compilePrecompiled(phrase, refs.length));
      refs.push({ rule: rules.length, phraseIndex });
    });
    rules.push(rule);
  }
  const length = resolved.rules.get('length');
  const lengths = length && length !== 'off' ? length.values : declaredOptions(RULES.find((rule) => rule.id === 'length') ?? ({} as RuleData));
  return { rules, index, refs, kind: resolved.kind, problems: resolved.problems, lengths };
}

function compileRule(data: RuleData, options: RuleOptions): CompiledRule {
  const byKind = (data.severityByKind ?? {}) as Partial<Record<MessageKind, Severity>>;
  return {
    ...RULE_TYPES[data.type].compile(data, options),
    id: data.id,
    kinds: data.kinds,
    whenAsked: data.whenAsked,
    note: data.note,
    example: data.example,
    severityFor: (kind) => options.severity ?? byKind[kind] ?? data.severity,
    userSeverity: options.severity,
  };
}

export interface RuleFinding extends Finding {
  rule: CompiledRule;
}

/**
 * One pass: every sentence is matched against every rule's phrases at once. Matches
 * of prose blocks are kept with the block, so after an edit only its block is matched.
 */
export function runRules(
  set: RuleSet,
  context: DraftContext,
  blocks: ProseBlock[],
  subject: Sentence[],
  wholeDraft: boolean,
  deadline = Infinity,
): { findings: RuleFinding[]; complete: boolean } {
  const active = set.rules.map(
    (rule) => (!rule.kinds || rule.kinds.includes(context.kind)) && (!rule.whenAsked || asksFor(context, rule.whenAsked)),
  );
  const matchesByRule: RuleMatch[][] = set.rules.map(() => []);
  const match = (sentence: Sentence): RuleMatch[] =>
    set.index.match(sentence).map((found) => ({ ...found, ...set.refs[found.phrase.ref] }));
  const add = (found: RuleMatch) => {
    if (active[found.rule]) matchesByRule[found.rule].push(found);
  };
  const findings: RuleFinding[] = [];
  for (const found of subject.flatMap(match)) add(found);
  let complete = true;
  for (const [index, block] of blocks.entries()) {
    if (index % 64 === 63 && Date.now() > deadline) {
      complete = false;
      break;
    }
    const matches = blockMatches(block, set, match);
    for (const found of matches) if (!set.rules[found.rule].checkBlock) add(found);
    const perRule = blockFindings(block, set, () => localFindings(set, context, block, matches));
    perRule.forEach((list, i) => {
      if (active[i]) findings.push(...list);
    });
  }
  // Rules about what the whole draft lacks need all of it read.
  set.rules.forEach((rule, i) => {
    if (!active[i] || (rule.wholeDraft && !(wholeDraft && complete))) return;
    for (const finding of rule.check(context, matchesByRule[i])) findings.push(Object.assign(finding, { rule }));
  });
  return { findings: findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.id.localeCompare(b.rule.id)), complete };
}

/** Each block-local rule's findings in one block, indexed like the rule set's rules. */
function localFindings(set: RuleSet, context: DraftContext, block: ProseBlock, matches: RuleMatch[]): RuleFinding[][] {
  return set.rules.map((rule, i) =>
    rule.checkBlock ? rule.checkBlock(context, block, matches.filter((found) => found.rule === i)).map((finding) => Object.assign(finding, { rule })) : [],
  );
}
