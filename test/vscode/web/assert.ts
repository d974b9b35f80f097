/**
 * The few `node:assert/strict` functions the suite uses, for the web worker extension
 * host, which has no Node built-ins. Same names and semantics (strict equality).
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function check(condition: boolean, message: string | Error | undefined, fallback: () => string): asserts condition {
  if (condition) return;
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback());
}

export function ok(value: unknown, message?: string | Error): asserts value {
  check(Boolean(value), message, () => `expected a truthy value, got ${show(value)}`);
}

export function fail(message = 'Failed'): never {
  throw new AssertionError(message);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  check(Object.is(actual, expected), message, () => `expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  check(!Object.is(actual, expected), message, () => `expected a value other than ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  check(isDeepEqual(actual, expected), message, () => `expected ${show(expected)},\n     got ${show(actual)}`);
}

export function match(text: string, pattern: RegExp, message?: string | Error): void {
  check(typeof text === 'string' && pattern.test(text), message, () => `expected ${show(text)} to match ${pattern}`);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string | Error): void {
  check(typeof text === 'string' && !pattern.test(text), message, () => `expected ${show(text)} not to match ${pattern}`);
}

/** Strict deep equality for the plain data the suite compares: primitives, arrays and objects. */
function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof RegExp) return String(a) === String(b);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
