// Deterministic synthetic Swedish corpus: documents of about 300 words drawn
// from the bench lexicon with Zipf-like frequencies, shaped like the site's
// search records (title, keywords, headings, body).
import { CONTENT_KINDS } from '../../site/lib/content/schemas.ts';
import { MILIEU_LABELS } from '../../site/lib/kinds.ts';
import type { SearchRecord } from '../../site/lib/search/records.ts';
import { buildLexicon, type Lexeme } from './swedish-lexicon.ts';
import { Rng, zipfPicker, type WeightedPicker } from './random.ts';

export interface CorpusOptions {
  documents: number;
  seed?: number;
  /** Size of the compound pool; with the share and exponent this sets how fast the vocabulary grows. */
  compounds?: number;
  /** Share of content words that are compounds from the pool. */
  compoundShare?: number;
  compoundExponent?: number;
}

const MEAN_WORDS = 300;
// Some function words are not stop words; this gives the 41 % stop words of the site's own prose.
const FUNCTION_SHARE = 0.45;
const MILIEUS = Object.keys(MILIEU_LABELS);

export function syntheticRecords(options: CorpusOptions): SearchRecord[] {
  const rng = new Rng(options.seed ?? 20240601);
  const lexicon = buildLexicon(rng, options.compounds ?? 60_000);
  const text = new TextMaker(rng, {
    // "och" ends up near 4 % of all words and the top content word near 1 %, as in Swedish prose.
    functionWord: zipfPicker(lexicon.functionWords, 1, 2),
    baseWord: zipfPicker(lexicon.baseWords, 1, 20),
    compound: zipfPicker(lexicon.compounds, options.compoundExponent ?? 0.9),
    compoundShare: options.compoundShare ?? 0.12,
  });
  return Array.from({ length: options.documents }, (_, i) => syntheticRecord(i, rng, text));
}

function syntheticRecord(i: number, rng: Rng, text: TextMaker): SearchRecord {
  const kind = rng.pick(CONTENT_KINDS);
  const milieu = kind === 'symbols' || rng.chance(0.15) ? rng.pick(MILIEUS) : undefined;
  const title = capitalise(text.phrase(2, 5));
  const keywords = rng.chance(0.6) ? repeat(rng.int(1, 3), () => text.phrase(1, 2)).join(' · ') : '';
  const headings = repeat(rng.int(2, 5), () => capitalise(text.phrase(1, 4))).join(' · ');
  const used = [title, keywords, headings].join(' ').split(/\s+/).length;
  const target = rng.int(MEAN_WORDS - 80, MEAN_WORDS + 80);
  return { url: `/synt/${i}/`, kind, milieu, title, keywords, headings, body: text.prose(target - used) };
}

interface WordSource {
  functionWord: WeightedPicker<Lexeme>;
  baseWord: WeightedPicker<Lexeme>;
  compound: WeightedPicker<Lexeme>;
  compoundShare: number;
}

class TextMaker {
  constructor(
    private readonly rng: Rng,
    private readonly source: WordSource,
  ) {}

  /** Content words, sometimes joined by a small word, as in titles and headings. */
  phrase(min: number, max: number): string {
    const n = this.rng.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      if (i > 0 && this.rng.chance(0.25)) out.push(this.rng.pick(LINKING_WORDS));
      out.push(this.contentWord());
    }
    return out.join(' ');
  }

  /** Sentences of 5–18 words until about `count` words. */
  prose(count: number): string {
    const sentences: string[] = [];
    let left = Math.max(count, 20);
    while (left > 0) {
      const n = Math.min(left, this.rng.int(5, 18));
      const ws = repeat(n, () => (this.rng.chance(FUNCTION_SHARE) ? this.functionWord() : this.contentWord()));
      if (n > 8 && this.rng.chance(0.4)) ws[this.rng.int(2, n - 3)] += ',';
      sentences.push(capitalise(ws.join(' ')) + '.');
      left -= n;
    }
    return sentences.join(' ');
  }

  private functionWord(): string {
    return this.source.functionWord.pick(this.rng).forms[0];
  }

  private contentWord(): string {
    const { rng, source } = this;
    return this.form((rng.chance(source.compoundShare) ? source.compound : source.baseWord).pick(rng));
  }

  private form(lexeme: Lexeme): string {
    if (lexeme.forms.length === 1) return lexeme.forms[0];
    let x = this.rng.next() * lexeme.formWeights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < lexeme.forms.length; i++) {
      x -= lexeme.formWeights[i];
      if (x < 0) return lexeme.forms[i];
    }
    return lexeme.forms[0];
  }
}

const LINKING_WORDS = ['och', 'i', 'för', 'med', 'vid', 'mot', 'om'];

function repeat<T>(n: number, make: () => T): T[] {
  return Array.from({ length: n }, make);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
