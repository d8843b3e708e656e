// Where each content kind lives on the site and what it is called in Swedish.
import type { ContentKind, MILIEUS } from './content/schemas.ts';
import { MILIEU_LABELS as DOMAIN_MILIEU_LABELS } from '../../api/domain/codes.ts';

export interface KindInfo {
  path: string;
  label: string;
  singular: string;
  description: string;
}

export const KINDS: Record<ContentKind, KindInfo> = {
  guidance: {
    path: 'vagledning',
    label: 'Vägledning',
    singular: 'Vägledning',
    description: 'Kunskap och stöd för arbetet mot våldsbejakande extremism.',
  },
  routines: {
    path: 'rutiner',
    label: 'Rutiner',
    singular: 'Rutin',
    description: 'Steg för steg: vad du gör vid oro, vid en händelse och i akuta lägen.',
  },
  symbols: {
    path: 'symboler',
    label: 'Symboler',
    singular: 'Symbol',
    description: 'Symboler och tecken som används i de våldsbejakande extremistmiljöerna.',
  },
  plans: {
    path: 'planer',
    label: 'Handlingsplaner',
    singular: 'Handlingsplan',
    description: 'Stadsdelarnas handlingsplaner med lägesbild och aktiviteter.',
  },
  contacts: {
    path: 'kontakter',
    label: 'Kontakter',
    singular: 'Kontakt',
    description: 'Vem du kontaktar: lokala samordnare och stadens gemensamma funktioner.',
  },
};

// The workspace's vocabulary (api/domain/codes.ts), so a milieu has one name everywhere.
export const MILIEU_LABELS: Record<(typeof MILIEUS)[number], string> = {
  autonoma: DOMAIN_MILIEU_LABELS.autonoma,
  'vit-makt': DOMAIN_MILIEU_LABELS['vit-makt'],
  islamistisk: DOMAIN_MILIEU_LABELS.islamistisk,
};

/** The label of a milieu code that arrives as plain text (search results, URLs). */
export function milieuLabel(code: string): string {
  return Object.hasOwn(MILIEU_LABELS, code) ? MILIEU_LABELS[code as keyof typeof MILIEU_LABELS] : code;
}

export function entryUrl(kind: ContentKind, slug: string): string {
  return `/${KINDS[kind].path}/${slug}/`;
}
