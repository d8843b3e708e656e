// A full disk (or a full quota) is the one write failure the people using the
// service can be told about plainly: nothing was saved, and someone must act.
import { DomainError } from '../domain/errors.ts';
import { errorCode } from './durable-json-file.ts';

export const DISK_FULL_MESSAGE = 'Disken är full: ändringen sparades inte. Kontakta den som driver tjänsten.';

/** ENOSPC (no space left) or EDQUOT (quota exceeded), from any file-system call. */
export function isDiskFull(err: unknown): boolean {
  const code = errorCode(err);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * What a write answers on a full disk. tRPC has no 507 Insufficient Storage,
 * so it goes out as SERVICE_UNAVAILABLE (503) with the Swedish message.
 */
export function diskFullError(cause?: unknown): DomainError {
  const err = new DomainError('SERVICE_UNAVAILABLE', DISK_FULL_MESSAGE);
  if (cause !== undefined) Object.defineProperty(err, 'cause', { value: cause });
  return err;
}

/** A disk-full answer from the store, or a raw ENOSPC/EDQUOT. */
export function isDiskFullError(err: unknown): boolean {
  return (err instanceof DomainError && err.code === 'SERVICE_UNAVAILABLE' && err.message === DISK_FULL_MESSAGE) || isDiskFull(err);
}
