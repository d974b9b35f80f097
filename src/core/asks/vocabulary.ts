import vocabulary from '../../../generated/vocabulary.json';
import { compilePrecompiled } from '../text/phrase-table.js';
import { PhraseIndex, type PhraseMatch } from '../text/phrases.js';
import type { Sentence } from '../text/sentences.js';

/**
 * The ask model's words (rules/vocabulary/asks.yaml), compiled at build time like the
 * rules' phrases. Each list keeps its name, so a match says which list it came from.
 */
const LISTS = Object.entries(vocabulary as Record<string, string[]>)
  // Field words are read from a field's label (fields.ts), not matched in the text.
  .filter(([name]) => name.startsWith('asks.') && !name.startsWith('asks.fields.'))
  .map(([name, phrases]) => ({ name: name.slice('asks.'.length), phrases }));

export type ListName =
  | 'forms.modal'
  | 'forms.embedded'
  | 'forms.wish'
  | 'forms.imperative'
  | 'forms.pitch'
  | 'forms.pitchAtOrganisation'
  | 'forms.writerElided'
  | 'objects.job'
  | 'objects.jobNoun'
  | 'objects.jobTopic'
  | 'objects.jobInSubject'
  | 'objects.atOrganisation'
  | 'objects.alone'
  | 'objects.introduction'
  | 'objects.meeting'
  | 'objects.time'
  | 'objects.span'
  | 'objects.when'
  | 'objects.connection'
  | 'lengths.bound'
  | 'objects.advice'
  | 'objects.jobInterviewHad'
  | 'not.thanks'
  | 'not.reported'
  | 'not.offer'
  | 'not.optional'
  | 'not.smalltalk'
  | 'not.news'
  | 'not.easyOut'
  | 'not.path'
  | 'not.notJob'
  | 'not.notMeeting'
  | 'not.written'
  | 'not.thirdPerson'
  | 'not.otherParty'
  | 'not.connector'
  | 'not.negation';

/** A match of one vocabulary list: token positions within the sentence. */
export interface VocabularyMatch {
  list: ListName;
  from: number;
  to: number;
}

let index: PhraseIndex | undefined;
function getIndex(): PhraseIndex {
  if (!index) {
    index = new PhraseIndex();
    LISTS.forEach((list, ref) => list.phrases.forEach((phrase) => index!.add(compilePrecompiled(phrase, ref))));
  }
  return index;
}

/** Compiles the vocabularies now, once, so the first lint does not spend its time budget on it. */
export function prepareAskVocabulary(): void {
  getIndex();
}

export function matchVocabulary(sentence: Sentence): VocabularyMatch[] {
  return getIndex()
    .match(sentence)
    .map((match: PhraseMatch) => ({ list: LISTS[match.phrase.ref].name as ListName, from: match.from, to: match.to }));
}
