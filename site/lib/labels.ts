// Swedish labels for the codes used in the content's front matter.
export const SEEN_IN_LABELS: Record<string, string> = {
  klotter: 'Klotter',
  klistermarken: 'Klistermärken',
  affischer: 'Affischer och flygblad',
  flaggor: 'Flaggor och banderoller',
  tatueringar: 'Tatueringar',
  klader: 'Kläder',
  smycken: 'Smycken',
  digitalt: 'Digitalt och sociala medier',
};

export const AREA_LABELS: Record<string, string> = {
  general: 'Generell',
  targeted: 'Riktad',
  individual: 'Individnivå',
};

export const FOLLOW_UP_LABELS: Record<string, string> = {
  T1: 'Tertialrapport 1',
  T2: 'Tertialrapport 2',
  VB: 'Verksamhetsberättelse',
};

export const CONTACT_FUNCTION_LABELS: Record<string, string> = {
  'lokal-samordnare': 'Lokal samordnare',
  'stadens-samordnare': 'Stadens samordnare',
  'socialtjanstens-vbe-team': 'Socialtjänstens VBE-team',
  stodfunktion: 'Stödfunktion vid oro',
};
