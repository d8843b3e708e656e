// Loading, empty and error states, designed once and used everywhere.
import type { ReactNode } from 'react';
import { signInUrl, type ApiProblem } from '../../lib/workspace/api.ts';

export function Loading({ what }: { what: string }) {
  return (
    <p className="ws-state ws-loading" role="status">
      Hämtar {what} …
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="ws-state ws-empty">{children}</p>;
}

/**
 * Problems that trying again cannot change: the record is gone or out of
 * reach, or the request itself was refused. Offering "Försök igen" there
 * only sends the user round in a circle.
 */
const PERMANENT = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST']);

export function Problem({ problem, retry }: { problem: ApiProblem; retry?: () => void }) {
  return (
    <div className="ws-state ws-error" role="alert">
      <p>{problem.code === 'NOT_FOUND' ? 'Det du söker finns inte, eller så har du inte behörighet till det.' : problem.message}</p>
      {problem.code === 'UNAUTHORIZED' ? (
        <p>
          <a href={signInUrl()}>Logga in igen</a>
        </p>
      ) : problem.code === 'NOT_FOUND' ? (
        <p>
          <a href="/arbetsyta/">Till Mina forum</a>
        </p>
      ) : (
        retry &&
        !PERMANENT.has(problem.code) && (
          <button type="button" onClick={retry}>
            Försök igen
          </button>
        )
      )}
    </div>
  );
}
