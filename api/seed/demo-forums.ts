// The demo's forums in its two districts. Names, member organisations and
// cadences follow the districts' action plans.
import type { ForumType, Milieu } from '../domain/codes.ts';
import { stockholmDistrict } from '../domain/districts.ts';
import type { Cadence, District } from '../domain/types.ts';
import type { MeetingRhythm } from './demo-calendar.ts';

export interface ForumSpec extends MeetingRhythm {
  /** Stable key for the PRNG; never shown. */
  key: string;
  name: string;
  type: ForumType;
  memberOrganisations: string[];
  location: string;
  /** The areas the forum covers; the whole district when absent. */
  areas?: string[];
  /** Which of the district's two conveners convenes it. */
  convener: 0 | 1;
}

export interface DistrictSpec {
  district: District;
  /** Used in usernames: samordnare.rk. */
  short: string;
  /** How common each milieu is, after the district's own lägesbild. */
  milieuWeight: Record<Milieu, number>;
  forums: ForumSpec[];
}

const MONTHLY: Cadence = { every: 1, unit: 'month' };
const SIX_WEEKS: Cadence = { every: 6, unit: 'week' };

const RK_POLICE = 'Polisen lokalpolisområde Rinkeby';
const EAV_POLICE = 'Polisen, kommunpolisen';

const VANTOR = ['Bandhagen', 'Högdalen', 'Rågsved', 'Hagsätra', 'Örby'];

// Enskede-Årsta-Vantör's two SSPFs have the same partners, as do its two forums for children and young people.
const EAV_SSPF_MEMBERS = [
  'Grundskolorna i området',
  'Socialtjänsten, barn och unga',
  EAV_POLICE,
  'Fritidsgårdarna',
  'Fältassistenterna',
];
const EAV_BARN_0_20_MEMBERS = [
  'Utbildningsförvaltningen (sammankallande)',
  'Förskolorna',
  'Grundskolorna i området',
  'Socialtjänsten, barn och unga',
  EAV_POLICE,
  'Fritidsgårdarna',
];

export const DEMO_DISTRICTS: DistrictSpec[] = [
  {
    district: stockholmDistrict('rinkeby-kista'),
    short: 'rk',
    // The plan describes the Islamist milieu as the main concern, the autonomous one as occasional.
    milieuWeight: { islamistisk: 1.6, autonoma: 1, 'vit-makt': 0.5, oklar: 0.8 },
    forums: [
      {
        key: 'bra',
        name: 'Lokalt brottsförebyggande råd Rinkeby-Kista',
        type: 'bra',
        memberOrganisations: [
          'Stadsdelsdirektören',
          'Preventionssamordnaren',
          'Lokal samordnare mot våldsbejakande extremism',
          RK_POLICE,
          'Bostadsbolagen',
          'Föreningen Fastighetsägare i Järva',
        ],
        cadence: MONTHLY,
        weekday: 2,
        nth: 2,
        hour: 13,
        minute: 0,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
      {
        key: 'sspf-rinkeby',
        name: 'SSPF Rinkeby',
        type: 'sspf',
        memberOrganisations: ['Grundskolorna i Rinkeby', 'Socialtjänsten, barn och unga', RK_POLICE, 'Fritidsgårdarna', 'Fältassistenterna'],
        cadence: MONTHLY,
        weekday: 3,
        nth: 1,
        hour: 9,
        minute: 0,
        location: 'Socialtjänstens lokaler i Rinkeby',
        areas: ['Rinkeby'],
        convener: 1,
      },
      {
        key: 'sspf-husby-akalla-kista',
        name: 'SSPF Husby, Akalla och Kista',
        type: 'sspf',
        memberOrganisations: [
          'Grundskolorna i Husby, Akalla och Kista',
          'Socialtjänsten, barn och unga',
          RK_POLICE,
          'Fritidsgårdarna',
          'Fältassistenterna',
        ],
        cadence: MONTHLY,
        weekday: 3,
        nth: 3,
        hour: 9,
        minute: 0,
        location: 'Socialtjänstens lokaler i Husby',
        areas: ['Husby', 'Akalla', 'Kista'],
        convener: 1,
      },
      {
        key: 'trygghet-fastigheter',
        name: 'Trygghet i fastigheter och utemiljö',
        type: 'samverkansforum',
        memberOrganisations: ['Bostadsbolagen', 'Föreningen Fastighetsägare i Järva', 'Trygghetssamordnaren', RK_POLICE, 'Trafikkontoret'],
        cadence: SIX_WEEKS,
        weekday: 4,
        nth: 1,
        hour: 10,
        minute: 0,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
      {
        key: 'skolsociala-stodteam',
        name: 'Skolsociala stödteam',
        type: 'samverkansforum',
        memberOrganisations: ['De kommunala högstadieskolorna', 'Elevhälsan', 'Socialtjänsten, barn och unga', 'Fältassistenterna'],
        cadence: SIX_WEEKS,
        weekday: 1,
        nth: 1,
        hour: 14,
        minute: 30,
        location: 'Skolans konferensrum',
        convener: 1,
      },
      {
        key: 'iop-civilsamhallet',
        name: 'IOP-samverkan med civilsamhället',
        type: 'samverkansforum',
        memberOrganisations: [
          'Civilsamhällets föreningar med IOP',
          'Lokala trossamfund',
          'Förvaltningsledningen',
          'Lokal samordnare mot våldsbejakande extremism',
          RK_POLICE,
        ],
        cadence: SIX_WEEKS,
        weekday: 2,
        nth: 1,
        hour: 17,
        minute: 30,
        location: 'Medborgarkontoret, mötesrummet',
        convener: 0,
      },
    ],
  },
  {
    district: stockholmDistrict('enskede-arsta-vantor'),
    short: 'eav',
    // The plan names white-power graffiti and propaganda as the most common, all three milieus present.
    milieuWeight: { 'vit-makt': 1.7, autonoma: 0.9, islamistisk: 0.6, oklar: 0.8 },
    forums: [
      {
        key: 'bra',
        name: 'Lokalt brottsförebyggande råd Enskede-Årsta-Vantör',
        type: 'bra',
        memberOrganisations: ['Stadsdelsdirektören', 'Preventionssamordnaren', 'Säkerhetssamordnaren', EAV_POLICE, 'Bostadsbolagen'],
        cadence: MONTHLY,
        weekday: 4,
        nth: 2,
        hour: 13,
        minute: 30,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
      {
        key: 'sspf-arsta-enskede',
        name: 'SSPF Årsta och Enskede',
        type: 'sspf',
        memberOrganisations: EAV_SSPF_MEMBERS,
        cadence: MONTHLY,
        weekday: 2,
        nth: 1,
        hour: 9,
        minute: 30,
        location: 'Socialtjänstens lokaler',
        areas: ['Årsta', 'Årstadal', 'Johanneshov', 'Enskede gård', 'Gamla Enskede', 'Enskededalen', 'Östberga', 'Stureby', 'Svedmyra', 'Tallkrogen'],
        convener: 1,
      },
      {
        key: 'sspf-vantor',
        name: 'SSPF Vantör',
        type: 'sspf',
        memberOrganisations: EAV_SSPF_MEMBERS,
        cadence: MONTHLY,
        weekday: 2,
        nth: 3,
        hour: 9,
        minute: 30,
        location: 'Socialtjänstens lokaler',
        areas: VANTOR,
        convener: 1,
      },
      {
        key: 'barn-0-20-vantor',
        name: 'Samverkansforum barn och unga 0–20 år, Vantör',
        type: 'samverkansforum',
        memberOrganisations: [...EAV_BARN_0_20_MEMBERS, 'Fältassistenterna'],
        cadence: SIX_WEEKS,
        weekday: 3,
        nth: 1,
        hour: 13,
        minute: 0,
        location: 'Skolans konferensrum',
        areas: VANTOR,
        convener: 1,
      },
      {
        key: 'barn-0-20-arsta-enskede',
        name: 'Samverkansforum barn och unga 0–20 år, Årsta och Enskede',
        type: 'samverkansforum',
        memberOrganisations: EAV_BARN_0_20_MEMBERS,
        cadence: SIX_WEEKS,
        weekday: 4,
        nth: 1,
        hour: 13,
        minute: 0,
        location: 'Skolans konferensrum',
        areas: ['Årsta', 'Årstadal', 'Johanneshov', 'Enskede gård', 'Gamla Enskede', 'Enskededalen', 'Östberga', 'Stureby'],
        convener: 0,
      },
      {
        key: 'forvaltningsovergripande',
        name: 'Förvaltningsövergripande gruppen mot våldsbejakande extremism',
        type: 'samverkansforum',
        memberOrganisations: [
          'Preventionssamordnaren',
          'Säkerhetssamordnaren',
          'Avdelningen social omsorg barn och unga',
          'Avdelningen förskola',
          'Biblioteken',
          'Jobbtorg',
          'Äldreomsorgen',
        ],
        cadence: SIX_WEEKS,
        weekday: 1,
        nth: 1,
        hour: 10,
        minute: 0,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
    ],
  },
];
