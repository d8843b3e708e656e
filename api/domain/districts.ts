// Stockholm's district administrations (stadsdelsförvaltningar) as
// reference data, so accounts can be created in an empty production folder.
// Areas are filled in where the demo seed names them; the rest grow with use.
import type { District } from './types.ts';

export const STOCKHOLM_DISTRICTS: readonly District[] = [
  // Tensta and Hjulsta belong to Spånga-Tensta, not to Rinkeby-Kista.
  { id: 'rinkeby-kista', name: 'Rinkeby-Kista', areas: ['Rinkeby', 'Kista', 'Husby', 'Akalla'] },
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
    areas: [
      'Årsta',
      'Årstadal',
      'Johanneshov',
      'Enskede gård',
      'Gamla Enskede',
      'Enskededalen',
      'Östberga',
      'Stureby',
      'Svedmyra',
      'Tallkrogen',
      'Bandhagen',
      'Högdalen',
      'Rågsved',
      'Hagsätra',
      'Örby',
    ],
  },
  { id: 'skarpnack', name: 'Skarpnäck', areas: [] },
  { id: 'farsta', name: 'Farsta', areas: [] },
  { id: 'hagersten-alvsjo', name: 'Hägersten-Älvsjö', areas: [] },
  { id: 'skarholmen', name: 'Skärholmen', areas: [] },
];

// Copies, so a caller that changes its district does not change the reference.
const copyOf = (d: District): District => ({ ...d, areas: [...d.areas] });

/** The reference district with this id. */
export function stockholmDistrict(id: string): District {
  const district = STOCKHOLM_DISTRICTS.find((d) => d.id === id);
  if (!district) throw new Error(`Okänd stadsdel: ${id}`);
  return copyOf(district);
}

/** The reference districts a store lacks. */
export function missingDistricts(existing: readonly Pick<District, 'id'>[]): District[] {
  const have = new Set(existing.map((d) => d.id));
  return STOCKHOLM_DISTRICTS.filter((d) => !have.has(d.id)).map(copyOf);
}
