// Renders images/icon.svg to the 128×128 PNG that package.json's `icon` names (the
// Marketplace and Open VSX show only PNG icons). The PNG is committed, so packaging needs
// no renderer; run `npm run icon` after changing the SVG.
//
//   node scripts/render-icon.mjs           writes images/icon.png
//   node scripts/render-icon.mjs --check   exits 1 if images/icon.png differs from a fresh render
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const ICON_SVG = 'images/icon.svg';
const ICON_PNG = 'images/icon.png';
const ICON_SIZE = 128;

const svg = readFileSync(new URL(`../${ICON_SVG}`, import.meta.url));
const png = new Resvg(svg, { fitTo: { mode: 'width', value: ICON_SIZE } }).render().asPng();
const target = new URL(`../${ICON_PNG}`, import.meta.url);

if (process.argv.includes('--check')) {
  if (!png.equals(readFileSync(target))) {
    console.error(`${ICON_PNG} does not match ${ICON_SVG}: run npm run icon`);
    process.exit(1);
  }
} else {
  writeFileSync(target, png);
  console.log(`wrote ${ICON_PNG}`);
}
