import { coachPage } from './page-script.js';
import type { CoachModel } from './protocol.js';

/** A fresh nonce per page: the only script and style the page's policy lets run. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The page's script is `coachPage`'s own source. Builds that keep function names
 * (esbuild's keepNames, as tsx runs the tests) wrap named functions in a `__name`
 * helper that lives outside the function; the page gets a stand-in that does nothing.
 */
const PAGE_PRELUDE = 'const __name = (target) => target;\n';

/** JSON that is safe inside a script element: no `</script>`, no HTML comment openers. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The coach's page, written once per panel; later models arrive as messages and are
 * drawn in place. The policy loads nothing: no network, no files, no inline code but
 * the page's own script and style, which carry the nonce. Colours and fonts are the
 * theme's CSS variables, so the page follows the theme as it changes.
 */
export function coachHtml(model: CoachModel, nonce: string): string {
  const policy = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Draft Coach</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main id="outreach-coach">
<h1 id="title"></h1>
<p id="note" hidden></p>
<ol id="factors" aria-labelledby="title"></ol>
</main>
<script nonce="${nonce}" type="application/json" id="initial-model">${scriptJson(model)}</script>
<script nonce="${nonce}">${PAGE_PRELUDE}(${coachPage.toString()})();</script>
</body>
</html>`;
}

const STYLE = `
body { padding: 0 12px 16px; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
h1 { font-size: 1.1em; font-weight: 600; margin: 14px 0 4px; }
#note { margin: 0 0 8px; color: var(--vscode-descriptionForeground); }
ol { list-style: none; margin: 8px 0 0; padding: 0; }
.row { margin: 0 0 6px; }
.factor { display: block; width: 100%; text-align: left; padding: 8px 10px; font: inherit; color: inherit; cursor: pointer;
  background: var(--vscode-editorWidget-background, transparent); border: 1px solid var(--vscode-widget-border, var(--vscode-contrastBorder, transparent)); border-radius: 4px; }
.factor:hover { background: var(--vscode-list-hoverBackground); }
.factor:focus { outline: none; }
.factor:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: -1px; }
.factor[data-selectable="false"] { cursor: default; }
.head { display: flex; gap: 8px; align-items: baseline; }
.label { font-weight: 600; flex: 1 1 auto; }
.value { font-variant-numeric: tabular-nums; }
.state { font-size: 0.85em; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; }
.in .state { color: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.out .state { color: var(--vscode-editorWarning-foreground, var(--vscode-charts-orange)); }
.none .state { color: var(--vscode-descriptionForeground); }
.bar { position: relative; display: block; height: 6px; margin: 7px 0 5px; border-radius: 3px; overflow: hidden;
  background: var(--vscode-input-background, var(--vscode-editorWidget-background)); outline: 1px solid var(--vscode-contrastBorder, transparent); }
.band { position: absolute; top: 0; bottom: 0; left: calc(var(--low, 0) * 100%); width: calc((var(--high, 0) - var(--low, 0)) * 100%);
  background: var(--vscode-editorWidget-border, var(--vscode-descriptionForeground)); opacity: 0.45; }
.fill { position: absolute; top: 1px; bottom: 1px; left: 0; width: calc(var(--value, 0) * 100%); border-radius: 2px; transition: width 120ms ease-out;
  background: var(--vscode-progressBar-background); }
.in .fill { background: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); }
.out .fill { background: var(--vscode-editorWarning-foreground, var(--vscode-charts-orange)); }
.meta { display: flex; justify-content: space-between; gap: 8px; font-size: 0.9em; color: var(--vscode-descriptionForeground); }
/* Why the target matters, under a row that misses it; a screen reader hears it on every row. */
.why { display: none; margin-top: 4px; font-size: 0.9em; color: var(--vscode-descriptionForeground); }
.out .why { display: block; }
@media (prefers-reduced-motion: reduce) { .fill { transition: none; } }
`;
