// What gets written in the minutes. All texts are de-identified: roles and
// organisations only, no names, no numbers that could be mistaken for
// identity or phone numbers, and places no finer than "near the centre".
import type { Category, ForumType, Milieu, Source, VbeStatus } from '../domain/codes.ts';

export interface ObservationTemplate {
  milieu: Milieu;
  category: Category;
  sources: Source[];
  weight: number;
  maxCount: number;
  text: string;
}

export const OBSERVATIONS: ObservationTemplate[] = [
  // Vit makt
  { milieu: 'vit-makt', category: 'klotter', sources: ['fastighetsagare', 'egen-verksamhet', 'polis'], weight: 6, maxCount: 6,
    text: 'Hakkors och andra vit makt-symboler målade i en gångtunnel; polisanmält och sanerat av fastighetsägaren.' },
  { milieu: 'vit-makt', category: 'propaganda', sources: ['fastighetsagare', 'egen-verksamhet', 'civilsamhalle'], weight: 6, maxCount: 6,
    text: 'Dekaler med vit makt-budskap uppsatta vid flera busshållplatser; fastighetsägaren har tagit bort dem.' },
  { milieu: 'vit-makt', category: 'propaganda', sources: ['fastighetsagare', 'civilsamhalle'], weight: 4, maxCount: 5,
    text: 'Flygblad från en nazistisk organisation har delats ut i brevlådor i ett bostadsområde; boende kontaktade bostadsbolaget.' },
  { milieu: 'vit-makt', category: 'propaganda', sources: ['fackforvaltning', 'polis'], weight: 2, maxCount: 2,
    text: 'En banderoll med rasistiskt budskap hängdes upp på en gångbro under natten och togs ned dagen efter.' },
  { milieu: 'vit-makt', category: 'symboler', sources: ['skola'], weight: 2, maxCount: 3,
    text: 'Några elever har burit kläder med märken som används inom vit makt-miljön; skolan har haft samtal med vårdnadshavare.' },
  { milieu: 'vit-makt', category: 'asiktsyttring', sources: ['egen-verksamhet'], weight: 3, maxCount: 2,
    text: 'Personal på fritidsgården hörde ungdomar förhärliga rasistiskt våld; personalen tog samtalet på plats.' },
  { milieu: 'vit-makt', category: 'hot', sources: ['egen-verksamhet', 'skola'], weight: 1, maxCount: 1,
    text: 'En medarbetare fick ett hotfullt meddelande med rasistiskt innehåll efter ett föräldramöte; händelsen är polisanmäld.' },
  { milieu: 'vit-makt', category: 'hot', sources: ['fastighetsagare'], weight: 1, maxCount: 2,
    text: 'Lappar med hot och rasistiska budskap har satts upp i ett trapphus; bostadsbolaget har gjort en polisanmälan.' },
  { milieu: 'vit-makt', category: 'rekrytering', sources: ['skola', 'polis'], weight: 1, maxCount: 2,
    text: 'Unga har kontaktats via spelplattformar av okända vuxna som delat vit makt-material; skolan har informerat vårdnadshavare.' },
  { milieu: 'vit-makt', category: 'lokalbokning', sources: ['egen-verksamhet'], weight: 0.5, maxCount: 1,
    text: 'En förening med kopplingar till vit makt-miljön ville hyra en samlingslokal; förfrågan avslogs.' },

  // Autonoma miljön
  { milieu: 'autonoma', category: 'klotter', sources: ['egen-verksamhet', 'fastighetsagare'], weight: 5, maxCount: 6,
    text: 'Antidemokratiska slagord klottrade på en skolbyggnad; anmält till polisen och sanerat.' },
  { milieu: 'autonoma', category: 'propaganda', sources: ['egen-verksamhet', 'fastighetsagare', 'polis'], weight: 4, maxCount: 5,
    text: 'Affischer som uppmanar till våld mot polisen har satts upp vid tunnelbanans uppgång.' },
  { milieu: 'autonoma', category: 'propaganda', sources: ['egen-verksamhet'], weight: 2, maxCount: 3,
    text: 'Dikter och texter med antidemokratiskt innehåll har satts upp på anslagstavlan vid biblioteket.' },
  { milieu: 'autonoma', category: 'symboler', sources: ['egen-verksamhet', 'polis'], weight: 1, maxCount: 3,
    text: 'Personer med symboler från den autonoma miljön delade ut material vid centrum en lördag.' },
  { milieu: 'autonoma', category: 'asiktsyttring', sources: ['fackforvaltning'], weight: 1, maxCount: 1,
    text: 'En deltagare i vuxenutbildningen gav uttryck för stöd till politiskt våld under en lektion; rutinen vid oro följdes.' },
  { milieu: 'autonoma', category: 'vald', sources: ['polis'], weight: 0.5, maxCount: 1,
    text: 'Polisen rapporterar en misshandel i samband med en demonstration där gärningspersonerna bedöms höra till den autonoma miljön.' },
  { milieu: 'autonoma', category: 'klotter', sources: ['fastighetsagare', 'polis'], weight: 1, maxCount: 2,
    text: 'Skadegörelse på en lokal inför ett politiskt möte, med klotter som pekar mot den autonoma miljön.' },

  // Islamistiska miljön
  { milieu: 'islamistisk', category: 'propaganda', sources: ['egen-verksamhet', 'civilsamhalle', 'fackforvaltning'], weight: 2, maxCount: 4,
    text: 'Flygblad från en odemokratisk organisation som uppmanar till att inte rösta delades ut utanför centrum.' },
  { milieu: 'islamistisk', category: 'asiktsyttring', sources: ['skola'], weight: 2, maxCount: 1,
    text: 'En elev har i klassrummet uttryckt stöd för en terrorstämplad organisation; skolan har gjort en orosanmälan.' },
  { milieu: 'islamistisk', category: 'oro-anhorig', sources: ['socialtjanst', 'fackforvaltning'], weight: 2, maxCount: 1,
    text: 'En anhörig har hört av sig med oro för att en ung vuxen dras in i en våldsbejakande miljö; stödsamtal har erbjudits.' },
  { milieu: 'islamistisk', category: 'oro-anhorig', sources: ['civilsamhalle'], weight: 1.5, maxCount: 1,
    text: 'En förälder berättade för en förening om oro för sitt barns kontakter på nätet; föreningen hänvisade till samordnaren.' },
  { milieu: 'islamistisk', category: 'rekrytering', sources: ['polis'], weight: 1, maxCount: 2,
    text: 'Polisen har uppgifter om försök att rekrytera unga i området; skolor och fritidsgårdar har fått information.' },
  { milieu: 'islamistisk', category: 'orosanmalan', sources: ['polis'], weight: 1, maxCount: 2,
    text: 'Orosanmälan från polisen som rör barn till en återvändare; socialtjänsten handlägger enligt ordinarie rutin.' },
  { milieu: 'islamistisk', category: 'atervandare', sources: ['polis'], weight: 0.5, maxCount: 1,
    text: 'Polisen informerade om att en person har återvänt från ett konfliktområde; socialtjänsten samverkar med stadens stödteam.' },
  { milieu: 'islamistisk', category: 'lokalbokning', sources: ['egen-verksamhet'], weight: 1, maxCount: 1,
    text: 'En odemokratisk organisation försökte boka en lokal genom en privatperson; bokningen stoppades av bokningsenheten.' },
  { milieu: 'islamistisk', category: 'symboler', sources: ['skola', 'egen-verksamhet'], weight: 1, maxCount: 2,
    text: 'Ungdomar har visat upp flaggor och symboler från terrorstämplade grupper i sociala medier; vårdnadshavare har kontaktats.' },
  { milieu: 'islamistisk', category: 'klotter', sources: ['fastighetsagare'], weight: 1.5, maxCount: 3,
    text: 'Klotter som hyllar en terrorstämplad organisation på en fasad nära centrum; sanerat samma vecka.' },

  // Oklar eller annan
  { milieu: 'oklar', category: 'klotter', sources: ['fastighetsagare', 'egen-verksamhet'], weight: 2, maxCount: 4,
    text: 'Klotter med hatiska budskap på en lekplats; det går inte att säga vilken miljö det kommer från.' },
  { milieu: 'oklar', category: 'hot', sources: ['egen-verksamhet'], weight: 1, maxCount: 1,
    text: 'Hotfulla kommentarer mot personal på fritidsgården i sociala medier utan tydlig ideologisk avsändare; polisanmält.' },
  { milieu: 'oklar', category: 'ovrigt', sources: ['psykiatri'], weight: 0.5, maxCount: 1,
    text: 'Psykiatrin har noterat våldsbejakande uttalanden i ett patientmöte utan tydlig ideologisk koppling; hanteras inom vården.' },
  { milieu: 'oklar', category: 'propaganda', sources: ['fastighetsagare', 'civilsamhalle'], weight: 1, maxCount: 4,
    text: 'Konspirationsbetonade flygblad med våldsinslag har delats ut i brevlådor; avsändaren är okänd.' },
  { milieu: 'oklar', category: 'asiktsyttring', sources: ['egen-verksamhet'], weight: 1, maxCount: 1,
    text: 'Personal på biblioteket hörde besökare hylla ett nyligen inträffat attentat; händelsen rapporterades till samordnaren.' },
];

export const ACTIONS: { text: string; owner: string }[] = [
  { text: 'Sammanställa årets observationer inför lägesbilden', owner: 'Lokal samordnare' },
  { text: 'Påminna enheterna om blanketten för avidentifierad information', owner: 'Lokal samordnare' },
  { text: 'Ta fram en kort genomgång av symboler för personalen', owner: 'Lokal samordnare' },
  { text: 'Återkomma med polisens bild av läget till nästa möte', owner: 'Polisen' },
  { text: 'Sanera klotter och ta bort affischer i området', owner: 'Fastighetsägaren' },
  { text: 'Kontakta bostadsbolagen om sanering och belysning i gångtunnlar', owner: 'Trygghetssamordnaren' },
  { text: 'Planera en trygghetsvandring med boende och föreningar', owner: 'Trygghetssamordnaren' },
  { text: 'Informera personalen om rutinen vid oro eller händelse', owner: 'Fritidsgården' },
  { text: 'Bjuda in stadens stödteam för återvändare till ett kommande möte', owner: 'Socialtjänsten' },
  { text: 'Planera en föräldraträff om nätet och radikalisering', owner: 'Skolan' },
  { text: 'Se över rutinen för lokalbokning och bidrag', owner: 'Förvaltningsledningen' },
  { text: 'Fråga föreningarna vilket stöd de behöver i frågor om extremism', owner: 'Lokal samordnare' },
];

export const OPENING = [
  'Sammankallande hälsade välkommen och öppnade mötet.',
  'Mötet öppnades. Samtliga parter var representerade.',
  'Mötet öppnades. {org} hade förhinder.',
  'Sammankallande öppnade mötet och presenterade en ny representant för {org}.',
];

export const PREVIOUS_MINUTES = [
  'Anteckningarna från förra mötet gicks igenom och lades till handlingarna.',
  'Inga synpunkter på föregående mötes anteckningar.',
  'Föregående anteckningar godkändes med en mindre rättelse.',
];

export const OTHER_BUSINESS = [
  'Inga övriga frågor.',
  'Inga övriga frågor.',
  'Stadens webbutbildning om våldsbejakande extremism: parterna sprider den till sin personal.',
  'Påminnelse om blanketten för avidentifierad information och var den finns på intranätet.',
  'Fritidsgårdarna informerade om lovaktiviteter för unga.',
  'Polisen informerade om planerade insatser i området under helgerna.',
  'Förslag om att bjuda in en föreläsare om symboler och kännetecken till ett kommande möte.',
  'Kort information om arbetet med nästa års handlingsplan.',
];

export const VBE_TEXT: Record<VbeStatus, Record<ForumType | 'any', string[]>> = {
  discussed: {
    any: ['Parterna gick igenom händelser sedan förra mötet.', 'Genomgång av läget per miljö med parternas iakttagelser.'],
    bra: ['Polisen redogjorde för sin bild av läget; övriga parter kompletterade.', 'Lägesbilden per miljö gicks igenom inför den årliga sammanställningen.'],
    sspf: ['Inga uppgifter på individnivå utan samtycke. Parterna delade iakttagelser på gruppnivå.', 'Rutinen vid oro diskuterades utifrån händelser sedan förra mötet.'],
    samverkansforum: ['Parterna delade vad de sett och hört i sina verksamheter.', 'Civilsamhällets och verksamheternas iakttagelser gicks igenom.'],
  },
  'nothing-to-report': {
    any: ['Punkten togs upp; ingen av parterna hade något nytt att rapportera.', 'Inga nya iakttagelser sedan förra mötet.'],
    bra: [],
    sspf: [],
    samverkansforum: [],
  },
  'not-discussed': {
    any: ['Punkten hanns inte med och tas upp på nästa möte.', 'Punkten utgick på grund av tidsbrist.'],
    bra: [],
    sspf: [],
    samverkansforum: [],
  },
};

export const SECOND_APPROVERS: Record<ForumType, string[]> = {
  bra: ['Demo Justerare Polisen', 'Demo Justerare Bostadsbolaget', 'Demo Justerare Förvaltningen'],
  sspf: ['Demo Justerare Skolan', 'Demo Justerare Socialtjänsten', 'Demo Justerare Fritid'],
  samverkansforum: ['Demo Justerare Skolan', 'Demo Justerare Civilsamhället', 'Demo Justerare Fastighetsägaren'],
};
