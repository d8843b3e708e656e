// A small Swedish lexicon for the synthetic corpus: base words from the
// site's domain, their inflected forms, and compounds of two nouns. Forms
// follow the regular declensions closely enough for the stemmer and the
// compound splitter to be exercised the way real text does.
import { Rng } from './random.ts';

export interface Lexeme {
  /** Surface forms, the base form first. */
  forms: string[];
  /** Relative frequency of each form. */
  formWeights: number[];
  /** Nouns may start a compound in this form ("handlings", "skol"); others never. */
  head?: string;
}

// Mostly stop words: real Swedish prose is about 40 % of them (the site's
// own content: 41 %), and they make the body text and snippets realistic.
const FUNCTION_WORDS = `och i att det som en på är av för med till den har de inte om ett vid kan
  när ska från eller så efter hur vi man också mot under sin alla andra mer då samt där genom utan
  bara vara bli finns måste kommer detta dessa deras sina även enligt mellan hos inom redan bör`;

// Nouns by declension. er: plan/planen/planer/planerna (miljö/miljön);
// ar: dag/dagen/dagar/dagarna; or: skola/skolan/skolor/skolorna;
// n: möte/mötet/möten/mötena; et: forum/forumet/forum/forumen;
// are: samordnare/samordnaren/samordnare/samordnarna.
const NOUNS_ER = `plan miljö polis kommun region rutin kontakt aktivitet insats åtgärd myndighet
  organisation situation information funktion risk resurs strategi metod analys rapport kategori
  ideologi grupp person familj extremist aktör händelse process konferens tjänst enhet nämnd
  styrelse verksamhet säkerhet trygghet kunskap relation rekommendation diskussion reflektion
  kommunikation dialog symbol faktor sektor rektor kurator psykolog pedagog religion moské signal
  tendens konflikt attack terrorist nazist islamist demokrati sekretess statistik paragraf uppgift
  roll koordinator expert studie enkät intervju bakgrund orsak effekt kostnad period månad termin
  klass elev student mentor kamrat förort park plats tid bild oro överenskommelse avvikelse
  sympatisör propagandist kontroll rättighet skyldighet möjlighet svårighet kris idé teori
  princip identitet minoritet majoritet blankett gräns modell kampanj agent tjej våldsspiral
  erfarenhet möteslokal idrottshall skyddsfaktor kvinnojour incident kommunpolis hotbild`;
const NOUNS_AR = `dag ungdom stadsdel handling utbildning utredning bedömning prövning samordning
  förvaltning församling kartläggning uppföljning rapportering radikalisering rekrytering
  finansiering placering planering hantering ledning förening fritidsgård kväll plattform mall
  anmälning samling riktning träning värdering ordning vägledning stig arbetsdag skolgård pojke
  flock myndighetsutövning avdelning kompis förändring övning tidning skolledning`;
const NOUNS_OR = `skola fråga kvinna flicka kyrka arena vecka gata sida människa lista agenda
  hemsida klocka förmåga`;
const NOUNS_N = `möte samarbete arbete ärende område beteende syfte yttrande meddelande förtroende
  utlåtande sammanträde samhälle läge samtycke intresse inflytande förhållande uppdragsområde ställe
  nätverksmöte bostadsområde flöde civilsamhälle polisområde`;
const NOUNS_ET = `forum barn beslut samtal uppdrag stöd ansvar hot våld brott nätverk underlag
  protokoll förslag projekt mål initiativ material sammanhang år fall system tillstånd kontor
  centrum avtal resultat budskap innehåll hat klimat perspektiv motiv språk evenemang ledarskap
  medlemskap medborgarskap föredrag trossamfund stödsamtal`;
const NOUNS_ARE = `samordnare handläggare medarbetare lärare ledare forskare medborgare invånare
  vårdnadshavare sekreterare arbetare företrädare deltagare föreläsare utbildare fältarbetare
  socialarbetare ungdomsledare beslutsfattare åklagare anhörigstödjare socialsekreterare`;
// Irregular nouns, all forms given.
const NOUNS_IRREGULAR = [
  'samverkan samverkan',
  'anmälan anmälan anmälningar anmälningarna',
  'förälder föräldern föräldrar föräldrarna',
  'land landet länder länderna',
];
// Frequent domain compounds, ranked with the base words rather than in the compound tail.
const DOMAIN_COMPOUNDS = `handlings:plan:er läges:bild:er samverkans:forum:et extremist:miljö:er
  oros:anmälan:irr social:tjänst:er skol:kurator:er stadsdels:förvaltning:ar polis:anmälan:irr
  fält:assistent:er`;

// Verbs: v1 arbeta/arbetar/arbetade/arbetat/arbetas; v2 följa/följer/följde/följt.
const VERBS_1 = `arbeta samverka planera rapportera informera kontakta dokumentera diskutera
  analysera samordna organisera utbilda hantera motverka uppmärksamma reagera agera initiera träffa
  samla prata lyssna skydda visa åtgärda öka minska förändra förbättra utveckla besluta ansvara
  hänvisa underrätta fråga granska stanna vänta säkra stötta motivera bevaka`;
const VERBS_2 = `bedöma förebygga följa ringa hjälpa behöva ställa läsa söka tänka märka upptäcka
  bemöta stärka väcka bygga anmäla`;
// Adjectives: lokal/lokala/lokalt (konkret/konkreta/konkret, särskild/särskilda/särskilt).
const ADJECTIVES = `lokal social politisk religiös extrem radikal kommunal regional nationell
  digital akut konkret aktuell tidig allvarlig viktig särskild antidemokratisk ideologisk psykisk
  sårbar utsatt tydlig långsiktig operativ strategisk brottslig kriminell anonym konfidentiell
  svensk autonom islamistisk högerextrem vänsterextrem misstänkt tillgänglig trygg ung`;
// Words that do not inflect (participles, adverbs).
const INVARIANT = `våldsbejakande förebyggande ofta snabbt direkt gärna alltid aldrig tillsammans
  dock därför exempelvis cirka vanligtvis senast omedelbart främst tidigare dessutom`;

const list = (s: string) => s.split(/\s+/).filter(Boolean);
const VOWEL = /[aeiouyåäöé]$/;

const NOUN_WEIGHTS = [0.4, 0.25, 0.2, 0.15];

function nounForms(base: string, declension: string): string[] {
  switch (declension) {
    case 'er': {
      // "rektor" → "rektorn": unstressed -or takes -n like a vowel.
      const definite = VOWEL.test(base) || /[^r]or$/.test(base) ? base + 'n' : base + 'en';
      const plural = base.endsWith('e') ? base + 'r' : base + 'er';
      return [base, definite, plural, plural + 'na'];
    }
    case 'ar': {
      const stem = base.endsWith('e') ? base.slice(0, -1) : base;
      return [base, VOWEL.test(base) ? base + 'n' : base + 'en', stem + 'ar', stem + 'arna'];
    }
    case 'or': {
      const stem = base.slice(0, -1);
      return [base, base + 'n', stem + 'or', stem + 'orna'];
    }
    case 'n':
      return [base, base + 't', base + 'n', base + 'na'];
    case 'et':
      return [base, base + 'et', base + 'en'];
    case 'are':
      return [base, base + 'n', base.slice(0, -1) + 'na'];
    default:
      throw new Error(`unknown declension ${declension}`);
  }
}

// The form a noun takes as the first part of a compound.
function compoundHead(base: string, declension: string, rng: Rng): string {
  if (/(ing|het|tion|skap|an)$/.test(base)) return base + 's'; // handlings-, samverkans-
  if (declension === 'or') return base.slice(0, -1); // skol-
  if (declension === 'are') return base.slice(0, -1); // samordnar-
  if (base.endsWith('ete')) return base.slice(0, -1) + 's'; // arbets-
  if (base.endsWith('e')) return base + 's'; // mötes-, läges-
  if (/[sxz]$/.test(base)) return base;
  return rng.chance(0.3) ? base + 's' : base; // stadsdels-, but extremist-
}

function noun(base: string, declension: string, rng: Rng): Lexeme {
  const forms = dedupe(nounForms(base, declension));
  return { forms, formWeights: NOUN_WEIGHTS.slice(0, forms.length), head: compoundHead(base, declension, rng) };
}

function irregularNoun(forms: string[]): Lexeme {
  return { forms, formWeights: NOUN_WEIGHTS.slice(0, forms.length) };
}

function verb(base: string, conjugation: 1 | 2): Lexeme {
  const stem = base.slice(0, -1);
  const forms =
    conjugation === 1
      ? [base, base + 'r', base + 'de', base + 't', base + 's']
      : [base, stem + 'er', stem + (/[kptsx]$/.test(stem) ? 'te' : 'de'), stem + 't'];
  return { forms, formWeights: [0.3, 0.35, 0.15, 0.1, 0.1].slice(0, forms.length) };
}

function adjective(base: string): Lexeme {
  const neuter = base.endsWith('t') ? base : /[^aeiouyåäö]d$/.test(base) ? base.slice(0, -1) + 't' : base + 't';
  return { forms: dedupe([base, base + 'a', neuter]), formWeights: [0.5, 0.35, 0.15] };
}

function invariant(word: string): Lexeme {
  return { forms: [word], formWeights: [1] };
}

function dedupe(forms: string[]): string[] {
  return [...new Set(forms)];
}

/** A compound takes its head's linking form and its tail's inflection. */
function compound(head: string, tail: Lexeme): Lexeme {
  // Three equal consonants in a row collapse ("stads" + "samverkan" is fine, "polis" + "s…" keeps one s).
  const glue = (form: string) => (head.at(-1) === form[0] && head.at(-2) === form[0] ? head + form.slice(1) : head + form);
  return { forms: tail.forms.map(glue), formWeights: tail.formWeights };
}

export interface Lexicon {
  functionWords: Lexeme[];
  /** Base words and the frequent domain compounds, in Zipf rank order. */
  baseWords: Lexeme[];
  /** Rarer compounds of two base nouns, in rank order. */
  compounds: Lexeme[];
  /** Content words for titles, headings and keywords. */
  nouns: Lexeme[];
}

export function buildLexicon(rng: Rng, compoundCount: number): Lexicon {
  const byDeclension: [string, string][] = [
    [NOUNS_ER, 'er'],
    [NOUNS_AR, 'ar'],
    [NOUNS_OR, 'or'],
    [NOUNS_N, 'n'],
    [NOUNS_ET, 'et'],
    [NOUNS_ARE, 'are'],
  ];
  const seen = new Set<string>();
  const fresh = (w: string) => !seen.has(w) && seen.add(w) !== undefined;
  const nouns = byDeclension.flatMap(([words, d]) => list(words).filter(fresh).map((w) => noun(w, d, rng)));
  const irregular = NOUNS_IRREGULAR.map((s) => irregularNoun(list(s)));
  const byBase = new Map([...nouns, ...irregular].map((l) => [l.forms[0], l]));
  const domain = list(DOMAIN_COMPOUNDS).map((spec) => {
    const [head, tail, declension] = spec.split(':');
    const tailLexeme = byBase.get(tail) ?? (declension === 'irr' ? undefined : noun(tail, declension, rng));
    if (!tailLexeme) throw new Error(`no tail ${tail}`);
    return compound(head, tailLexeme);
  });
  const others = [
    ...list(VERBS_1).filter(fresh).map((w) => verb(w, 1)),
    ...list(VERBS_2).filter(fresh).map((w) => verb(w, 2)),
    ...list(ADJECTIVES).filter(fresh).map(adjective),
    ...list(INVARIANT).filter(fresh).map(invariant),
  ];
  // Domain compounds rank among the 40 most common content words.
  const ranked = rng.shuffle([...nouns, ...irregular, ...others]);
  domain.forEach((l, i) => ranked.splice(i * 4, 0, l));

  return {
    functionWords: list(FUNCTION_WORDS).map(invariant),
    baseWords: ranked,
    compounds: randomCompounds(rng, nouns, [...nouns, ...irregular], compoundCount),
    nouns: [...domain, ...nouns],
  };
}

function randomCompounds(rng: Rng, heads: Lexeme[], tails: Lexeme[], count: number): Lexeme[] {
  const out: Lexeme[] = [];
  const made = new Set<string>();
  const max = heads.length * (tails.length - 1);
  while (out.length < Math.min(count, max)) {
    const head = rng.pick(heads);
    const tail = rng.pick(tails);
    if (head === tail || !head.head) continue;
    const c = compound(head.head, tail);
    if (made.has(c.forms[0])) continue;
    made.add(c.forms[0]);
    out.push(c);
  }
  return out;
}

export function baseWordCount(): number {
  const all = [NOUNS_ER, NOUNS_AR, NOUNS_OR, NOUNS_N, NOUNS_ET, NOUNS_ARE, VERBS_1, VERBS_2, ADJECTIVES, INVARIANT];
  return new Set(all.flatMap(list)).size + NOUNS_IRREGULAR.length + list(DOMAIN_COMPOUNDS).length;
}
