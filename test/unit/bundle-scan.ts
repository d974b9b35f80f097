import { builtinModules } from 'node:module';
import ts from 'typescript';

/**
 * What a built bundle really uses, read from its syntax tree rather than its text, so
 * a URL or a word in a string or comment is not mistaken for use: `require()` of Node
 * built-ins, free references to Node globals, and network APIs.
 */
export interface BundleUse {
  /** Node built-in modules it requires, as written (`fs`, `node:path`). */
  builtins: string[];
  /**
   * Node globals it references (`process`, `Buffer`, `__dirname`…); `typeof x` checks do
   * not count. Scopes are not tracked, so a local of the same name counts too: strict.
   */
  nodeGlobals: string[];
  /** Network APIs it calls or constructs (`fetch()`, `new WebSocket`…). */
  network: string[];
}

const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'global', 'setImmediate']);
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'RTCPeerConnection']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window', 'global']);
/** Node modules that open connections. */
export const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns'].flatMap((name) => [name, `node:${name}`]));

export function scanBundle(source: string, fileName = 'bundle.js'): BundleUse {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const builtins = new Set<string>();
  const nodeGlobals = new Set<string>();
  const network = new Set<string>();

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      if (ts.isIdentifier(node.expression) && node.expression.text === 'require' && first && ts.isStringLiteral(first) && BUILTINS.has(first.text)) {
        builtins.add(first.text);
        if (NETWORK_MODULES.has(first.text)) network.add(`require("${first.text}")`);
      }
    }
    if (ts.isIdentifier(node) && isFreeReference(node)) {
      const name = node.text;
      if (NODE_GLOBALS.has(name)) nodeGlobals.add(name);
      if (NETWORK_GLOBALS.has(name)) network.add(name);
    }
    // globalThis.fetch(…), self.WebSocket…
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.has(node.expression.text) && NETWORK_GLOBALS.has(node.name.text)) {
      network.add(`${node.expression.text}.${node.name.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return {
    builtins: [...builtins].sort(),
    nodeGlobals: [...nodeGlobals].sort(),
    network: [...network].sort(),
  };
}

/**
 * An identifier read as a value: not a property name (`x.fetch`, `{ fetch: … }`), not a
 * declaration or method name (`async fetch(k) {}`), and not the operand of `typeof`.
 */
function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)
    || ts.isGetAccessorDeclaration(parent) || ts.isSetAccessorDeclaration(parent)) && parent.name === node) return false;
  if ((ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent) || ts.isFunctionExpression(parent)
    || ts.isParameter(parent) || ts.isClassDeclaration(parent) || ts.isClassExpression(parent)
    || ts.isBindingElement(parent)) && parent.name === node) return false;
  if (ts.isLabeledStatement(parent) && parent.label === node) return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  if (ts.isTypeOfExpression(parent)) return false;
  return true;
}
