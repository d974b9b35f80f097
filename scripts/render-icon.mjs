// Renders images/icon.svg to the 128×128 PNG that package.json's `icon` names (the
// Marketplace and Open VSX show only PNG icons). The PNG is committed, so packaging needs
// no renderer; run `npm run icon` after changing the SVG. A unit test checks the two agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SVG = 'images/icon.svg';
export const ICON_PNG = 'images/icon.png';
export const ICON_SIZE = 128;

/** The PNG bytes for the SVG, at the icon's size, with a transparent background. */
export function renderIcon(svg = readFileSync(ICON_SVG)) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: ICON_SIZE } }).render().asPng();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(ICON_PNG, renderIcon());
  console.log(`wrote ${ICON_PNG}`);
}
