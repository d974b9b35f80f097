/**
 * Stands in for unist-util-visit in the bundle, with the same walk: preorder, each node
 * given with its index and parent, and the visitor's answer obeyed (`'skip'`, `false` to
 * stop, an index to go on from, or `[action, index]`). The library names a new closure
 * for every node it visits (for stack traces) and copies the list of ancestors at each
 * one; retext-sentiment walks every scored sentence twice with it on each keystroke,
 * which made its walk a tenth of a re-lint. Only the forms the bundle uses are taken: a
 * test is refused rather than read wrongly. test/unit/visit-shim.test.ts checks that the
 * walk matches the library's.
 */
import type { Node, Parent } from 'unist';

export const CONTINUE = true;
export const EXIT = false;
export const SKIP = 'skip';

type Action = typeof CONTINUE | typeof EXIT | typeof SKIP | undefined | void;
type Result = Action | number | [Action, number?];
type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => Result;

export function visit(tree: Node, visitor: Visitor, reverse?: boolean): void {
  if (typeof visitor !== 'function') throw new TypeError('this build of unist-util-visit takes a tree and a visitor, without a test');
  const action = actionOf(visitor(tree, undefined, undefined));
  if (action !== EXIT && action !== SKIP && isParent(tree)) walkChildren(tree, visitor, reverse === true);
}

/** Visits a parent's children in order (each with its own children); false once the walk must stop. */
function walkChildren(node: Parent, visitor: Visitor, reverse: boolean): boolean {
  const children = node.children;
  const step = reverse ? -1 : 1;
  let at = reverse ? children.length - 1 : 0;
  while (at > -1 && at < children.length) {
    const child = children[at];
    const result = visitor(child, at, node);
    const action = actionOf(result);
    if (action === EXIT) return false;
    if (action !== SKIP && isParent(child) && !walkChildren(child, visitor, reverse)) return false;
    // A visitor may say which sibling comes next (after it changed the list).
    at = nextIndexOf(result) ?? at + step;
  }
  return true;
}

const isParent = (node: Node): node is Parent => Array.isArray((node as Partial<Parent>).children);
/** The visitor's answer as the library reads it: an action, and where among the siblings to go on. */
const actionOf = (result: Result): Action => (Array.isArray(result) ? result[0] : typeof result === 'number' ? CONTINUE : result);
const nextIndexOf = (result: Result): number | undefined => (Array.isArray(result) ? result[1] : typeof result === 'number' ? result : undefined);
