import * as vscode from 'vscode';
import { DEFAULT_SCHEDULE } from '../../core/index.js';
import { DEFAULT_MAX_DRAFT_KB } from '../settings.js';

export interface TrackingSettings {
  nudgeBusinessDays: number;
  keepInTouchMonths: number;
  /** A notification when something falls due; off by default, the status bar says it quietly. */
  notifications: boolean;
  maxDraftBytes: number;
}

const whole = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback);

export function readTrackingSettings(): TrackingSettings {
  const settings = vscode.workspace.getConfiguration('outreach');
  return {
    nudgeBusinessDays: whole(settings.get('tracking.nudgeBusinessDays'), DEFAULT_SCHEDULE.nudgeBusinessDays),
    keepInTouchMonths: whole(settings.get('tracking.keepInTouchMonths'), DEFAULT_SCHEDULE.keepInTouchMonths),
    notifications: settings.get<boolean>('tracking.notifications', false),
    maxDraftBytes: (settings.get<number>('maxDraftKB') ?? DEFAULT_MAX_DRAFT_KB) * 1024,
  };
}
