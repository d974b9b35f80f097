/**
 * Snippets the core still flags, though their text is good guidance. Each entry
 * names the findings it gets and why that is the core's mistake; the tests check
 * that exactly these findings appear, so a fix in the core makes the test fail
 * until the entry is removed here.
 */
export const KNOWN_CORE_FINDINGS: Record<string, { findings: string[]; why: string }> = {};

/** Warnings and errors fail a snippet; infos are advice the writer may take or leave. */
export const FAILING_SEVERITIES = ['error', 'warning'] as const;
