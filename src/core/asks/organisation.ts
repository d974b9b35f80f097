import { stemWord, type Token } from '../text/sentences.js';
import { FieldToken, ORGANISATION_WORDS } from './fields.js';

/**
 * Where the words after a job word name an organisation, which makes the job word the
 * writer's search: "opportunities at your company", "at [Company]", "at Northwind",
 * "there". "Opportunities in climate policy" names a field, not an organisation.
 */
const PREPOSITIONS = new Set(['at', 'with', 'in', 'on', 'for', 'within', 'inside', 'to', 'into']);
/** A capitalised name is an organisation only after these ("roles within Deloitte"): "in Data Science" names a field. */
const NAME_PREPOSITIONS = new Set(['at', 'for', 'within']);
/** After "with", a name is an employer only for opportunities ("opportunities with Northwind"); "work with Dana" names a colleague. */
const OPPORTUNITY = stemWord('opportunity');
/** Before an organisation noun: the reader's, or the one in view. */
const DETERMINERS = new Set(['your', 'the', 'this']);
/** Words between the determiner and the noun ("your data science team"). */
const MODIFIER_REACH = 2;
/** Capitalised words that are not names. */
const NOT_NAMES = new Set(['i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** True when tokens from `at` (before `end`) name an organisation, after an optional preposition. */
export function organisationAfter(tokens: readonly Token[], at: number, end: number): boolean {
  if (at >= end) return false;
  // "part of your research team": the job words end with the preposition.
  const preposition = PREPOSITIONS.has(tokens[at].norm) ? tokens[at].norm : tokens[at - 1]?.norm === 'of' ? 'of' : undefined;
  const i = preposition && preposition !== 'of' ? at + 1 : at;
  if (i >= end) return false;
  const token = tokens[i];
  if (token instanceof FieldToken) return token.kind === 'organisation';
  // "explore opportunities there", "fit in there": there is the reader's organisation.
  if (token.norm === 'there' || token.norm === 'here') return true;
  if (!preposition) return false;
  if (DETERMINERS.has(token.norm)) {
    for (let k = i + 1; k < Math.min(end, i + 2 + MODIFIER_REACH); k++) {
      const word = tokens[k];
      if (word instanceof FieldToken) return word.kind === 'organisation';
      if (ORGANISATION_WORDS.has(word.norm)) return true;
    }
    return false;
  }
  const namesOne = NAME_PREPOSITIONS.has(preposition) || (preposition === 'with' && tokens[at - 1]?.stem === OPPORTUNITY);
  return namesOne && /^\p{Lu}/u.test(token.text) && !NOT_NAMES.has(token.norm);
}

