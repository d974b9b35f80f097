import * as vscode from 'vscode';
import { RULES, type RuleSetting } from '../core/index.js';
import type { DraftLinter } from './diagnostics.js';
import { notify } from './notices.js';
import { configFromSettings, RULE_SEVERITY_SECTION } from './settings.js';

/** What a rule can be set to from the Settings UI and Manage Rules. */
export const RULE_CHOICES = ['default', 'error', 'warning', 'info', 'off'] as const;
export type RuleChoice = (typeof RULE_CHOICES)[number];
export type SettingsTarget = 'workspace' | 'user';

const UNDO = 'Undo';

/** The rule's setting as it applies to a document now: "off", a severity, or its default. */
export function effectiveSetting(ruleId: string, scope?: vscode.ConfigurationScope): string {
  const rule = RULES.find((candidate) => candidate.id === ruleId);
  const setting: RuleSetting | undefined = configFromSettings(scope).rules?.[ruleId];
  const severity = typeof setting === 'string' ? setting : setting?.severity;
  return severity ?? `${rule?.severity ?? 'warning'} (default)`;
}

/**
 * Sets a rule's dropdown setting (`outreach.ruleSeverity.<id>`) in workspace or user
 * settings, says where it was written, and offers Undo, which puts back what was there.
 */
export async function setRule(linter: DraftLinter, ruleId: string, choice: RuleChoice, target: SettingsTarget, uri?: vscode.Uri): Promise<void> {
  const settings = vscode.workspace.getConfiguration('outreach', uri);
  const key = `${RULE_SEVERITY_SECTION}.${ruleId}`;
  const configTarget = target === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const inspected = settings.inspect<string>(key);
  const previous = target === 'workspace' ? inspected?.workspaceValue : inspected?.globalValue;
  await settings.update(key, choice === 'default' ? undefined : choice, configTarget);

  const where = target === 'workspace' ? 'workspace settings (.vscode/settings.json)' : 'your user settings';
  const what = choice === 'off' ? `Turned ${ruleId} off` : choice === 'default' ? `Set ${ruleId} back to its default` : `Set ${ruleId} to ${choice}`;
  const file = uri && linter.latest(uri)?.configFile;
  const overridden = file && linter.latest(uri)?.fileRuleIds.includes(ruleId) ? ` ${vscode.workspace.asRelativePath(file)} also sets it, and wins.` : '';
  void notify('info', `${what} in ${where}. Outreach: Manage Rules turns it back.${overridden}`, UNDO).then(async (answer) => {
    if (answer === UNDO) await settings.update(key, previous, configTarget);
  });
}

/** "Outreach: Manage Rules": each rule with its state; pick one, then its setting, then where. */
export async function manageRules(linter: DraftLinter, ruleId?: string, choice?: RuleChoice, target?: SettingsTarget): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const id =
    ruleId ??
    (
      await vscode.window.showQuickPick(
        RULES.map((rule) => ({ label: rule.id, description: effectiveSetting(rule.id, uri), detail: rule.message, id: rule.id })),
        { title: 'Outreach: Manage Rules', placeHolder: 'Which rule?', matchOnDetail: true },
      )
    )?.id;
  if (!id) return;
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) {
    void notify('warning', `Outreach Linter has no rule named "${id}".`);
    return;
  }
  const picked =
    choice ??
    (
      await vscode.window.showQuickPick(
        RULE_CHOICES.map((value) => ({ label: value === 'default' ? `default (${rule.severity})` : value, value })),
        { title: `Outreach: ${id}`, placeHolder: `Now ${effectiveSetting(id, uri)}. Set it to…` },
      )
    )?.value;
  if (!picked) return;
  const where =
    target ??
    (vscode.workspace.workspaceFolders
      ? (
          await vscode.window.showQuickPick(
            [
              { label: 'This workspace', value: 'workspace' as const },
              { label: 'All my drafts (user settings)', value: 'user' as const },
            ],
            { title: `Outreach: ${id} → ${picked}`, placeHolder: 'Where?' },
          )
        )?.value
      : 'user');
  if (!where) return;
  await setRule(linter, id, picked, where, uri);
}
