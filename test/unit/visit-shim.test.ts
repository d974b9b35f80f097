import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { ParseEnglish } from 'parse-english';
import type { Node, Parent } from 'unist';
import { visit as libraryVisit } from 'unist-util-visit';
import { visit as shimVisit } from '../../src/core/shims/unist-visit.js';

type Answer = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown;
type Visit = (tree: Node, visitor: Answer, reverse?: boolean) => void;

/** Every call a walk makes: the node, its index and its parent. */
function calls(visit: Visit, tree: Node, answer: Answer = () => undefined, reverse = false): [Node, number | undefined, Parent | undefined][] {
  const seen: [Node, number | undefined, Parent | undefined][] = [];
  visit(
    tree,
    (node, index, parent) => {
      seen.push([node, index, parent]);
      return answer(node, index, parent);
    },
    reverse,
  );
  return seen;
}

const library = libraryVisit as unknown as Visit;
const shim = shimVisit as unknown as Visit;

const prose = new ParseEnglish().parse(
  "Hi Sam! I'm not unhappy, but I couldn't find a way in. Would you have 20 minutes? Thanks :) — it's been a hard, sad year.\n\nBest,\nLee",
) as unknown as Node;
const markdown = fromMarkdown('# Hello\n\nSome *text* with `code` and a [link](https://example.com).\n\n> quoted\n\n- one\n- two **bold**\n') as unknown as Node;

describe('the bundle’s unist-util-visit', () => {
  for (const [name, tree] of [
    ['an nlcst paragraph', prose],
    ['an mdast tree', markdown],
  ] as const) {
    it(`walks ${name} as the library does`, () => {
      assert.deepEqual(calls(shim, tree), calls(library, tree));
      assert.deepEqual(calls(shim, tree, undefined, true), calls(library, tree, undefined, true));
    });

    it(`skips, stops and jumps in ${name} as the library does`, () => {
      const skipSentences: Answer = (node) => (node.type === 'SentenceNode' || node.type === 'emphasis' || node.type === 'link' ? 'skip' : undefined);
      assert.deepEqual(calls(shim, tree, skipSentences), calls(library, tree, skipSentences));
      let count = 0;
      const stopAtTenth: Answer = () => (++count % 10 === 0 ? false : undefined);
      const expected = calls(library, tree, stopAtTenth);
      count = 0;
      assert.deepEqual(calls(shim, tree, stopAtTenth), expected);
      // An index says which sibling comes next; a tuple says it with an action.
      const jump: Answer = (node, index) => (index === 0 && node.type !== 'root' ? 2 : index === 1 ? ['skip', 3] : undefined);
      assert.deepEqual(calls(shim, tree, jump), calls(library, tree, jump));
    });
  }

  it('refuses a test instead of reading it as the visitor', () => {
    assert.throws(() => (shimVisit as unknown as (tree: Node, test: string, visitor: Answer) => void)(prose, 'WordNode', () => undefined), /without a test/);
  });
});
