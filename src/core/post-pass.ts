import type { DraftShape } from './draft/shape.js';
import { expandSnippet } from './apply.js';
import { fillTemplate } from './draft/template-fields.js';
import type { ChecklistItem, Diagnostic, Fix, Severity } from './types.js';

const STRENGTH: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const overlap = (a: Diagnostic, b: Diagnostic) => a.start < b.end && b.start < a.end;
/** Findings about particular words (not about the draft's length or a missing line). */
export const aboutWords = (diagnostic: Diagnostic) => diagnostic.actual !== undefined && diagnostic.start < diagnostic.end;

/**
 * Two rules on the same words are one problem to the writer ("any openings" is a job ask
 * and sounds desperate): the stronger finding stays, names the other in `related` and in
 * its note, and the weaker one goes. Findings about the whole draft (its length, a
 * missing line) are not about words and never fold. Ties go to the rule whose id sorts first, so the result is stable.
 */
export function foldSameWords(diagnostics: Diagnostic[]): Diagnostic[] {
  const byStrength = [...diagnostics].sort(
    (a, b) => STRENGTH[b.severity] - STRENGTH[a.severity] || (b.end - b.start) - (a.end - a.start) || a.ruleId.localeCompare(b.ruleId),
  );
  const overlapping = overlapsOf(diagnostics.filter(aboutWords));
  // Rank in `kept` (strongest first): a finding folds into the strongest kept one it overlaps.
  const keptRank = new Map<Diagnostic, number>();
  for (const diagnostic of byStrength) {
    let stronger: Diagnostic | undefined;
    for (const other of overlapping.get(diagnostic) ?? []) {
      const rank = keptRank.get(other);
      if (rank !== undefined && (stronger === undefined || rank < keptRank.get(stronger)!)) stronger = other;
    }
    if (!stronger) {
      keptRank.set(diagnostic, keptRank.size);
      continue;
    }
    if (stronger.ruleId === diagnostic.ruleId) continue;
    (stronger.related ??= []).push({ ruleId: diagnostic.ruleId, message: diagnostic.message });
    stronger.note = `${stronger.note ?? ''}${stronger.note ? ' ' : ''}(Also ${diagnostic.ruleId}: ${diagnostic.message})`;
  }
  return diagnostics.filter((diagnostic) => keptRank.has(diagnostic));
}

/**
 * Which findings share words, by one sweep in order of start: a long draft has thousands
 * of findings and each overlaps only a few, so comparing every pair would dominate a re-lint.
 */
function overlapsOf(diagnostics: Diagnostic[]): Map<Diagnostic, Diagnostic[]> {
  const overlapping = new Map<Diagnostic, Diagnostic[]>();
  let open: Diagnostic[] = [];
  for (const diagnostic of [...diagnostics].sort((a, b) => a.start - b.start)) {
    open = open.filter((other) => other.end > diagnostic.start);
    for (const other of open) {
      if (!overlap(other, diagnostic)) continue;
      (overlapping.get(other) ?? overlapping.set(other, []).get(other)!).push(diagnostic);
      (overlapping.get(diagnostic) ?? overlapping.set(diagnostic, []).get(diagnostic)!).push(other);
    }
    open.push(diagnostic);
  }
  return overlapping;
}

/** Deletions are never preferred, and a finding offers each distinct change once. */
export function tidyFixes(fixes: Fix[]): Fix[] {
  const seen = new Set<string>();
  return fixes
    .map((fix) => (fix.effect === 'remove' ? { ...fix, preferred: false } : fix))
    .filter((fix) => {
      const key = fix.edits.map((edit) => `${edit.start}:${edit.end}:${edit.newText}`).join('\u0000');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * A finding about what is missing waits until the draft has a body and a sign-off:
 * while the first lines are being typed, nothing is missing yet.
 */
export function readyForMissing(shape: DraftShape, hasBody: boolean): boolean {
  return hasBody && shape.closing !== undefined;
}

/** Fills template fields such as `${1:[their name]}` from the front matter's `to`, `company` or `referrer`. */
export function fillFromFrontMatter(fixes: Fix[], data: Record<string, unknown> | undefined): Fix[] {
  if (!data) return fixes;
  return fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, newText: fillTemplate(edit.newText, data) })) }));
}

/**
 * The "better" phrasing shown beside a finding, in the draft's own terms: its preferred
 * rewrite or insertion once the front matter has filled every field, else the rule's
 * general example.
 */
export function fittedExample(diagnostic: Diagnostic): string | undefined {
  const fix = diagnostic.fixes.find((candidate) => candidate.preferred && (candidate.effect === 'rewrite' || candidate.effect === 'insert'));
  const text = fix?.edits.length === 1 ? expandSnippet(fix.edits[0].newText).trim() : undefined;
  return text && !/\[[^\]\n]+\]/.test(text) ? text : diagnostic.example;
}

/** What each rule that can find something missing checks, in a few words, for the checklist. */
const CHECKLIST_LABELS: Record<string, string> = {
  'clear-ask': 'what you are asking for',
  'intro-ask': 'the introduction',
  'intro-blurb': 'a note to forward',
  'how-found': 'how you found them',
  'clear-objective': 'what you want to learn',
  'time-ask': 'time ask',
  'offer-flexibility': 'their choice of time',
  'ask-for-referral': 'who else to talk to',
  'specific-reason': 'why them',
  gratitude: 'thanks',
};

/** The words the checklist shows for a rule (tests check every rule that can find a missing line has some). */
export const checklistLabel = (ruleId: string): string | undefined => CHECKLIST_LABELS[ruleId];

export function checklistOf(ruleIds: string[], missing: ReadonlySet<string>): ChecklistItem[] {
  return ruleIds.map((ruleId) => ({ ruleId, label: checklistLabel(ruleId) ?? ruleId, done: !missing.has(ruleId) }));
}
