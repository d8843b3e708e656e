// The store's typed errors, worded in Swedish for users: the store says what
// went wrong and with which record, the API says it in the users' language.
// The account tool (scripts/user.ts) uses the same wording.
import { DomainError } from '../domain/errors.ts';
import { RecordConflictError, RecordNotFoundError, type StoredRecord } from '../store/store.ts';

const NAMES: Record<StoredRecord, string> = {
  district: 'Stadsdelen',
  account: 'Kontot',
  forum: 'Forumet',
  meeting: 'Mötet',
  session: 'Sessionen',
  report: 'Rapporten',
  survey: 'Enkätomgången',
  statement: 'Lägesbilden från samverkanspartnern',
  import: 'Importen',
  lagesbild: 'Lägesbilden',
};

/** The DomainError a store error means to a user, or null for anything else. */
export function storeErrorAsDomainError(err: unknown): DomainError | null {
  if (err instanceof RecordNotFoundError) return new DomainError('NOT_FOUND', `${NAMES[err.recordType]} finns inte.`);
  if (!(err instanceof RecordConflictError)) return null;
  switch (err.reason) {
    case 'username-taken':
      return new DomainError('CONFLICT', `Användarnamnet ${err.detail ?? ''} finns redan.`);
    case 'exists':
      return new DomainError('CONFLICT', `${NAMES[err.recordType]} finns redan.`);
    case 'changed-meanwhile':
      return new DomainError('CONFLICT', `${NAMES[err.recordType]} ändrades samtidigt. Ladda om sidan och försök igen.`);
    case 'other-forum':
      return new DomainError('CONFLICT', 'Ett möte kan inte flyttas till ett annat forum.');
    // Issue 11's records are filed by district (api/store).
    case 'other-district':
      return new DomainError('CONFLICT', `${NAMES[err.recordType]} kan inte flyttas till en annan stadsdel.`);
  }
}
