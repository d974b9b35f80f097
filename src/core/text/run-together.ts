import type { Paragraph, Punctuation, Sentence, Word, WordContent } from 'nlcst';
import { ABBREVIATIONS } from './abbreviations.js';

/** A word that ends a sentence: lower-case letters, two at least ("talk", not the "g" of "e.g"). */
const ENDS_SENTENCE = /\p{Ll}{2}$/u;
/** A word that starts one: a capital before a lower-case letter ("Could"), or "I" ("I", "I'm"). */
const STARTS_SENTENCE = /^(?:\p{Lu}\p{Ll}|I$|I['’])/u;

/**
 * A parse-english paragraph plugin: splits a sentence where a stop joins two sentences with
 * no space ("I loved your talk.Could we chat?", "everything.If my profile…", "chat?Sure").
 * The parser reads "talk.Could" as one word, as it reads a domain name, and runs the two
 * sentences together. Only a lower-case word before the stop and a capitalised one after it
 * count, so "example.com", "Node.js" and "U.S.Army" stay words. A loop over the paragraph's
 * sentences, not unist-util-modify-children: each split is made and read again in place.
 */
export function splitRunTogetherSentences(paragraph: Paragraph): void {
  for (let index = 0; index < paragraph.children.length; index++) {
    const sentence = paragraph.children[index];
    if (sentence.type !== 'SentenceNode') continue;
    const split = splitAtJoin(sentence);
    if (split) paragraph.children.splice(index, 1, ...split);
  }
}

function splitAtJoin(sentence: Sentence): [Sentence, Sentence] | undefined {
  for (let at = 0; at < sentence.children.length; at++) {
    const word = sentence.children[at];
    if (word.type !== 'WordNode') continue;
    const stop = joiningStop(word);
    if (stop < 0) continue;
    const before = part(word.children.slice(0, stop));
    const mark = word.children[stop] as Punctuation;
    const after = part(word.children.slice(stop + 1));
    const start = sentence.position?.start;
    const end = sentence.position?.end;
    if (!before || !after || !mark.position || !start || !end) return undefined;
    return [
      { type: 'SentenceNode', children: [...sentence.children.slice(0, at), before, mark], position: { start, end: mark.position.end } },
      { type: 'SentenceNode', children: [after, ...sentence.children.slice(at + 1)], position: { start: after.position!.start, end } },
    ];
  }
  return undefined;
}

/** The index of a full stop or question mark inside the word that joins two sentences, or -1. */
function joiningStop(word: Word): number {
  const { children } = word;
  for (let i = 1; i < children.length - 1; i++) {
    const mark = children[i];
    if (mark.type !== 'PunctuationNode' || (mark.value !== '.' && mark.value !== '?')) continue;
    const previous = children[i - 1];
    const next = children[i + 1];
    if (previous.type === 'TextNode' && next.type === 'TextNode' && ENDS_SENTENCE.test(previous.value) && STARTS_SENTENCE.test(next.value) && lettersOnly(children.slice(0, i))) return i;
  }
  return -1;
}

/** The word before the stop is letters only and no abbreviation, so "v2.Beta", "a.b.Com" and "yr.Integrated" are left alone. */
const lettersOnly = (nodes: WordContent[]) =>
  nodes.length === 1 && nodes[0].type === 'TextNode' && /^\p{L}+$/u.test(nodes[0].value) && !ABBREVIATIONS.has(nodes[0].value.toLowerCase());

/** A word made of some of a word's nodes, with their span. */
function part(nodes: Word['children']): Word | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes[nodes.length - 1]?.position?.end;
  return start && end ? { type: 'WordNode', children: nodes, position: { start, end } } : undefined;
}
