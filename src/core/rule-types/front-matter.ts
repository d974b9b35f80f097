import { conversationProblems, type FrontMatterProblem } from '../draft/conversation.js';
import type { RuleData } from '../rule-data.js';
import type { Finding, RuleBehaviour } from './context.js';
import type { RuleOptions } from './options.js';
import { ruleType } from './rule-type.js';

/**
 * `front-matter`: the conversation's dates in front matter (`sent`, `met` …) must be
 * readable days, in order, and not in the future. The finding sits on the value; there
 * is no fix, since only the writer knows the right date, and nothing is removed.
 */
export interface FrontMatterRuleData extends RuleData {
  messages: Record<FrontMatterProblem['problem'], string>;
}

export function compileFrontMatterRule(data: FrontMatterRuleData, _options: RuleOptions): RuleBehaviour {
  const fill = (template: string, problem: FrontMatterProblem) =>
    template.replace('{field}', problem.field).replace('{value}', problem.value).replace('{after}', problem.after ?? '');
  return {
    phrases: [],
    check(context): Finding[] {
      return conversationProblems(context.text, context.shape, context.today).map((problem) => ({
        start: problem.start,
        end: problem.end,
        actual: problem.value,
        message: fill(data.messages[problem.problem] ?? data.message, problem),
        fixes: [],
      }));
    },
  };
}

export const frontMatterType = ruleType<FrontMatterRuleData>({
  keys: ['messages'],
  phrasesOf: () => [],
  userPhrases: false,
  compile: compileFrontMatterRule,
});
