// Stockholm's district administrations (stadsdelsförvaltningar) as
// reference data, so accounts can be created in an empty production folder.
// Areas are filled in where the seeds name them; the rest grow with use.
import type { District } from './types.ts';

export const STOCKHOLM_DISTRICTS: readonly District[] = [
  { id: 'rinkeby-kista', name: 'Rinkeby-Kista', areas: ['Rinkeby', 'Husby', 'Akalla', 'Kista'] },
  { id: 'spanga-tensta', name: 'Spånga-Tensta', areas: ['Spånga', 'Tensta', 'Hjulsta'] },
  { id: 'hasselby-vallingby', name: 'Hässelby-Vällingby', areas: [] },
  { id: 'bromma', name: 'Bromma', areas: [] },
  { id: 'kungsholmen', name: 'Kungsholmen', areas: [] },
  { id: 'norrmalm', name: 'Norrmalm', areas: [] },
  { id: 'ostermalm', name: 'Östermalm', areas: [] },
  { id: 'sodermalm', name: 'Södermalm', areas: [] },
  {
    id: 'enskede-arsta-vantor',
    name: 'Enskede-Årsta-Vantör',
    areas: ['Enskede', 'Årsta', 'Johanneshov', 'Hagsätra', 'Rågsved', 'Högdalen', 'Bandhagen', 'Stureby', 'Östberga'],
  },
  { id: 'skarpnack', name: 'Skarpnäck', areas: [] },
  { id: 'farsta', name: 'Farsta', areas: [] },
  { id: 'hagersten-alvsjo', name: 'Hägersten-Älvsjö', areas: [] },
  { id: 'skarholmen', name: 'Skärholmen', areas: [] },
];

/** The reference districts a store lacks. */
export function missingDistricts(existing: readonly Pick<District, 'id'>[]): District[] {
  const have = new Set(existing.map((d) => d.id));
  return STOCKHOLM_DISTRICTS.filter((d) => !have.has(d.id)).map((d) => ({ ...d, areas: [...d.areas] }));
}
