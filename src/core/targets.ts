import type { MessageKind } from './types.js';

/**
 * Body length that gets replies, in words. Requests: 50–125 words got replies over
 * half the time in Boomerang's 2016 study of 40 million emails; networking guides
 * (Dalton, The 2-Hour Job Search) aim under 100. Notes after a talk can be short.
 */
export const TARGET_WORDS: Record<MessageKind, { min: number; max: number }> = {
  request: { min: 50, max: 125 },
  'referral-intro': { min: 50, max: 125 },
  'linkedin-note': { min: 15, max: 60 },
  'thank-you': { min: 30, max: 150 },
  'follow-up': { min: 10, max: 100 },
};

export const targetWordsFor = (kind: MessageKind): { min: number; max: number } => TARGET_WORDS[kind];
