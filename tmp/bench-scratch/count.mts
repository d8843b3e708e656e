import { baseWordCount, buildLexicon } from '../../scripts/bench/swedish-lexicon.ts';
import { Rng } from '../../scripts/bench/random.ts';
console.log(baseWordCount());
const lex = buildLexicon(new Rng(1), 10);
for (const l of lex.baseWords) console.log(l.forms.join(' '), l.head ?? '');
for (const l of lex.compounds) console.log('C', l.forms.join(' '));
