import { askType } from './ask.js';
import { askMixType } from './ask-mix.js';
import { durationType } from './duration.js';
import { frontMatterType } from './front-matter.js';
import { hedgeType } from './hedge.js';
import { metricType } from './metric.js';
import { phraseType } from './phrase.js';
import { placeholderType } from './placeholder.js';
import { presenceType } from './presence.js';
import { readabilityType } from './readability.js';
import { reasonType } from './reason.js';
import { screenType } from './screen.js';
import { spellingType } from './spelling.js';
import type { RuleType } from './rule-type.js';
import { toneType } from './tone.js';

export { COMMON_KEYS, unknownKeys, type RuleType } from './rule-type.js';

/** Every rule file names one of these types; the type reads, checks and compiles the rest of the file. */
export const RULE_TYPES: Readonly<Record<string, RuleType>> = {
  phrase: phraseType,
  tone: toneType,
  presence: presenceType,
  duration: durationType,
  metric: metricType,
  placeholder: placeholderType,
  ask: askType,
  'front-matter': frontMatterType,
  readability: readabilityType,
  hedge: hedgeType,
  'ask-mix': askMixType,
  reason: reasonType,
  screen: screenType,
  spelling: spellingType,
};
