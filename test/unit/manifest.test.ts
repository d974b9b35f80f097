import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/core/index.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> }; configurationDefaults: Record<string, Record<string, unknown>> };
};
const properties = manifest.contributes.configuration.properties;

describe('package.json contributions', () => {
  it('shows every rule as a dropdown in the Settings UI, and nothing else under outreach.ruleSeverity', () => {
    const dropdowns = Object.keys(properties).filter((key) => key.startsWith('outreach.ruleSeverity.')).map((key) => key.slice('outreach.ruleSeverity.'.length));
    assert.deepEqual(dropdowns.sort(), RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      const setting = properties[`outreach.ruleSeverity.${rule.id}`];
      assert.deepEqual(setting.enum, ['default', 'error', 'warning', 'info', 'off'], rule.id);
      assert.equal(setting.default, 'default', rule.id);
    }
  });

  it('wraps long lines in drafts', () => {
    assert.equal(manifest.contributes.configurationDefaults['[plaintext]']['editor.wordWrap'], 'on');
    assert.equal(manifest.contributes.configurationDefaults['[markdown]']['editor.wordWrap'], 'on');
  });
});
