// The store says what went wrong with which record; the API says it in Swedish.
import { describe, expect, it } from 'vitest';
import { RecordConflictError, RecordNotFoundError } from '../../../api/store/store.ts';
import { storeErrorAsDomainError } from '../../../api/trpc/store-errors.ts';
import { createMemoryStore } from '../../fixtures/memory-store.ts';

const audit = { actorId: 'test', procedure: 'test' };

describe('typed store errors', () => {
  it('the store throws them typed, naming the record and never in Swedish', async () => {
    const store = createMemoryStore();
    const missing = await store.updateMeeting('nope', (m) => m, audit).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RecordNotFoundError);
    expect(missing).toMatchObject({ recordType: 'meeting', recordId: 'nope', code: 'NOT_FOUND' });
  });

  it('the API words each of them in Swedish with the right code', () => {
    expect(storeErrorAsDomainError(new RecordNotFoundError('forum', 'f1'))).toMatchObject({ code: 'NOT_FOUND', message: 'Forumet finns inte.' });
    expect(storeErrorAsDomainError(new RecordConflictError('account', 'username-taken', 'anna'))).toMatchObject({
      code: 'CONFLICT',
      message: 'Användarnamnet anna finns redan.',
    });
    expect(storeErrorAsDomainError(new RecordConflictError('meeting', 'other-forum'))?.code).toBe('CONFLICT');
    expect(storeErrorAsDomainError(new Error('annat'))).toBeNull();
  });
});
