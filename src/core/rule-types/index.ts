import type { RuleData } from '../rule-data.js';
import type { RuleBehaviour } from './context.js';
import { compileDurationRule, type DurationRuleData } from './duration.js';
import type { RuleOptions } from './options.js';
import { compilePhraseRule, type PhraseRuleData } from './phrase.js';
import { compilePresenceRule, type PresenceRuleData } from './presence.js';
import { compileMetricRule, type MetricRuleData } from './metric.js';
import { compilePlaceholderRule, type PlaceholderRuleData } from './placeholder.js';
import { compileToneRule, type ToneRuleData } from './tone.js';
import { compileFrontMatterRule, type FrontMatterRuleData } from './front-matter.js';

/** Every rule file names one of these types; the type reads the rest of the file. */
export const RULE_TYPES: Record<string, (data: RuleData, options: RuleOptions) => RuleBehaviour> = {
  phrase: (data, options) => compilePhraseRule(data as PhraseRuleData, options),
  tone: (data, options) => compileToneRule(data as ToneRuleData, options),
  presence: (data, options) => compilePresenceRule(data as PresenceRuleData, options),
  duration: (data, options) => compileDurationRule(data as DurationRuleData, options),
  metric: (data, options) => compileMetricRule(data as MetricRuleData, options),
  placeholder: (data, options) => compilePlaceholderRule(data as PlaceholderRuleData, options),
  'front-matter': (data, options) => compileFrontMatterRule(data as FrontMatterRuleData, options),
};
