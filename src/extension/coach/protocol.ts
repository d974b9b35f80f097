import type { Factor } from '../../core/index.js';

/** A factor as the page draws it: everything but the offsets, which stay with the extension. */
export interface FactorView extends Omit<Factor, 'ranges'> {
  /** How many stretches of the draft a click selects (0: nothing to select). */
  selections: number;
}

/** What the coach shows; each one posted replaces the last. */
export interface CoachModel {
  /** Counts up with every model, so the page can say which one it drew. */
  version: number;
  /** The draft the rows are about ("cold-request.email.md · request"), or what to open to see some. */
  title: string;
  /** A line under the title: why there are no rows, or why they may change. */
  note: string;
  factors: FactorView[];
}

/** Extension → page. */
export type ToPage = { type: 'model'; model: CoachModel };

/** Page → extension. */
export type FromPage =
  | { type: 'ready' }
  | { type: 'select'; id: string }
  /** The page drew this model; what it shows is what the extension reports as shown. */
  | { type: 'rendered'; version: number };
