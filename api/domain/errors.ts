// Errors the domain raises; the tRPC layer maps `code` to its own codes and
// sends `message` (Swedish) and `field` to the client.

export type DomainErrorCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Dotted path of the input field at fault, e.g. `vbe.observations.0.text`. */
  readonly field?: string;
  /** Where in the field's text the refused part is (UTF-16 offsets), so a form can mark it without the server echoing it. */
  readonly span?: TextSpan;

  constructor(code: DomainErrorCode, message: string, field?: string, span?: TextSpan) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    if (span) this.span = span;
  }
}

export interface TextSpan {
  start: number;
  end: number;
}

export const badRequest = (message: string, field?: string, span?: TextSpan) => new DomainError('BAD_REQUEST', message, field, span);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
