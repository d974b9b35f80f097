/**
 * Stands in for normalize-strings in the bundle. syllable uses it only to fold accented
 * letters to plain ones ("résumé" → "resume") before counting; its UMD wrapper names a
 * parameter `global`, which a bundle that must run in a web worker may not contain.
 * Unicode decomposition does the same folding for the letters English text uses.
 */
export default function normalize(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}
