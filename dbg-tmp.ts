import { matchVocabulary } from './src/core/asks/vocabulary.js';
import { parseBlock } from './src/core/text/parse.js';
import { sentencesOf } from './src/core/text/sentences.js';
import { readDurations } from './src/core/text/durations.js';
const text = process.argv[2];
for (const s of sentencesOf(parseBlock(text, 'plaintext').tree, text)) {
  console.log('S:', s.text, s.tokens.map((t) => t.text + '/' + t.norm + '/' + t.stem).join(' '));
  for (const m of matchVocabulary(s)) console.log('  ', m.list, JSON.stringify(s.tokens.slice(m.from, m.to).map((t) => t.text).join(' ')));
  console.log('  durations', readDurations(s));
}
