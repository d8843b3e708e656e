// What a detector reports: the kind of data and where it is (UTF-16 offsets).
export type PersonalDataKind =
  | 'personnummer'
  | 'samordningsnummer'
  | 'telefonnummer'
  | 'e-post'
  | 'adress'
  | 'namn'
  | 'registreringsnummer';

export interface Finding {
  kind: PersonalDataKind;
  index: number;
  length: number;
}
