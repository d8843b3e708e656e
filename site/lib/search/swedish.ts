// The Swedish text pipeline, shared by the index build (Node) and the search
// worker (browser). Both sides must register the same functions, or
// lunr.Index.load throws "Cannot load unregistered function".
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import swedish from 'lunr-languages/lunr.sv.js';

interface SwedishLunr {
  sv: {
    trimmer: lunr.PipelineFunction;
    stopWordFilter: lunr.PipelineFunction;
    stemmer: lunr.PipelineFunction;
  };
}

type LunrWithSwedish = typeof lunr & SwedishLunr;

const DEFINITE = 'definite-sv';
let registered: LunrWithSwedish | undefined;

/** Registers lunr-languages' Swedish functions and our own, once. */
export function swedishLunr(): LunrWithSwedish {
  if (registered) return registered;
  const l = lunr as LunrWithSwedish;
  stemmerSupport(l);
  swedish(l);
  const definite: lunr.PipelineFunction = (token) => token.update((w) => stripDefinite(w, snowball));
  l.Pipeline.registerFunction(definite, DEFINITE);
  pipelineFunctions = [l.sv.trimmer, l.sv.stopWordFilter, l.sv.stemmer, definite];
  registered = l;
  return l;
}

let pipelineFunctions: lunr.PipelineFunction[] = [];

function snowball(word: string): string {
  return swedishLunr().sv.stemmer(new lunr.Token(word, {}), 0, []).toString();
}

// Snowball leaves definite "-et" (forumet) and "-n" after a vowel (miljön,
// skolan) alone. Strip them from Snowball's output and stem again until
// nothing changes, so every form meets: arbete/arbetet, kvalitet/kvaliteten,
// religion/religionen all end on one term.
export function stripDefinite(word: string, stem: (w: string) => string): string {
  let w = word;
  for (;;) {
    if (w.length < 5) return w;
    if (w.endsWith('et')) w = stem(w.slice(0, -2));
    else if (/[aeiouyåäö]n$/.test(w)) w = stem(w.slice(0, -1));
    else return w;
  }
}

/** lunr plugin: `builder.use(swedishPipeline)`. */
export function swedishPipeline(this: lunr.Builder): void {
  swedishLunr();
  const [trimmer, stopWords, stemmer, definite] = pipelineFunctions;
  this.pipeline.reset();
  this.pipeline.add(trimmer, stopWords, stemmer, definite);
  this.searchPipeline.reset();
  this.searchPipeline.add(trimmer, stemmer, definite);
}

/** The index term for one word, or '' for a stop word. */
export function indexTerm(word: string): string {
  swedishLunr();
  const [trimmer, stopWords, stemmer, definite] = pipelineFunctions;
  let token: lunr.Token | undefined = new lunr.Token(word.toLowerCase(), {});
  for (const fn of [trimmer, stopWords, stemmer, definite]) {
    const out = fn(token, 0, [token]) as lunr.Token | undefined;
    if (!out || out.toString() === '') return '';
    token = out;
  }
  return token.toString();
}

/** The stem a query word is looked up as (no stop-word filter, like lunr's search pipeline). */
export function queryTerm(word: string): string {
  swedishLunr();
  const [trimmer, , stemmer, definite] = pipelineFunctions;
  let token = new lunr.Token(word.toLowerCase(), {});
  for (const fn of [trimmer, stemmer, definite]) token = fn(token, 0, [token]) as lunr.Token;
  return token.toString();
}

// Letters and digits as Swedish text uses them; everything else separates words.
const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function isStopWord(word: string): boolean {
  return indexTerm(word) === '';
}
