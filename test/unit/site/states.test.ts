import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../../site/components/workspace/states.tsx';
import type { ApiProblem } from '../../../site/lib/workspace/api.ts';

const problem = (code: string, message = 'Något gick fel.'): ApiProblem => ({ code, message, fields: {}, spans: {} });
const render = (p: ApiProblem) => renderToStaticMarkup(createElement(Problem, { problem: p, retry: () => {} }));

describe('Problem', () => {
  it('offers no "Försök igen" for a permanent not-found, but a way on', () => {
    const html = render(problem('NOT_FOUND'));
    expect(html).toContain('Det du söker finns inte');
    expect(html).not.toContain('Försök igen');
    expect(html).toContain('href="/arbetsyta/"');
  });

  it('offers no retry for refusals that a retry cannot change', () => {
    for (const code of ['FORBIDDEN', 'BAD_REQUEST']) expect(render(problem(code, 'Nej.')), code).not.toContain('Försök igen');
  });

  it('offers "Försök igen" where trying again can help', () => {
    for (const code of ['NETWORK', 'INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'UNKNOWN']) {
      expect(render(problem(code)), code).toContain('Försök igen');
    }
  });
});
