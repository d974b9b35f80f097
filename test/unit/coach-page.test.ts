import assert from 'node:assert/strict';
import { coachHtml, newNonce } from '../../src/extension/coach/page.js';
import type { CoachModel } from '../../src/extension/coach/protocol.js';

const MODEL: CoachModel = { version: 1, title: 'draft.email.md · request', note: '', factors: [] };

describe('the Draft Coach page', () => {
  it('loads nothing and runs only its own script and style, which carry the nonce', () => {
    const nonce = newNonce();
    const html = coachHtml(MODEL, nonce);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(policy, `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`);
    const tags = html.match(/<(script|style)\b[^>]*>/g) ?? [];
    assert.equal(tags.length, 3);
    for (const tag of tags) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
    assert.doesNotMatch(html, /\bstyle="|https?:\/\/|\bsrc=/, 'no style attributes, addresses or loaded files');
  });

  it('gets a new nonce each time', () => {
    const nonces = new Set(Array.from({ length: 20 }, newNonce));
    assert.equal(nonces.size, 20);
    for (const nonce of nonces) assert.match(nonce, /^[0-9a-f]{36}$/);
  });

  it('carries its first model as data that cannot close the script element', () => {
    const html = coachHtml({ ...MODEL, title: '</script><script>alert(1)</script>.email.md' }, 'abc');
    const data = /<script nonce="abc" type="application\/json" id="initial-model">([\s\S]*?)<\/script>/.exec(html)?.[1];
    assert.ok(data);
    assert.equal((JSON.parse(data) as CoachModel).title, '</script><script>alert(1)</script>.email.md');
  });
});
