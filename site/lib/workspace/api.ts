// The workspace's one way to the API: @trpc/client over plain JSON, with
// the header the server requires of every change.
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../api/routers/index.ts';

export const api = createTRPCClient<AppRouter>({
  links: [httpLink({ url: '/trpc', headers: { 'x-vbe-client': 'web' } })],
});

export type Outputs = inferRouterOutputs<AppRouter>;
export type Meeting = Outputs['meetings']['get'];
export type ForumSummary = Outputs['forums']['list'][number];
export type ForumDetails = Outputs['forums']['get'];
export type Account = NonNullable<Outputs['auth']['me']['account']>;

export interface ApiProblem {
  code: string;
  message: string;
  /** Swedish messages by dotted field path, e.g. `vbe.observations.0.text`. */
  fields: Record<string, string>;
  /** Where the guard found personal data in a field's text (offsets), so the form can select it. */
  spans?: Record<string, TextSpan>;
}

export interface TextSpan {
  start: number;
  end: number;
}

/** What went wrong, in Swedish, whatever was thrown. */
export function problemOf(err: unknown): ApiProblem {
  if (err instanceof TRPCClientError) {
    const data = err.data as { code?: string; fields?: ({ field: string; message: string } & Partial<TextSpan>)[] } | undefined;
    const fields: Record<string, string> = {};
    const spans: Record<string, TextSpan> = {};
    for (const f of data?.fields ?? []) {
      fields[f.field] ??= f.message;
      if (typeof f.start === 'number' && typeof f.end === 'number') spans[f.field] ??= { start: f.start, end: f.end };
    }
    if (!data) return { code: 'NETWORK', message: 'Servern gick inte att nå. Kontrollera anslutningen och försök igen.', fields, spans };
    return { code: data.code ?? 'UNKNOWN', message: err.message, fields, spans };
  }
  return { code: 'UNKNOWN', message: 'Något gick fel. Försök igen.', fields: {}, spans: {} };
}

/** The sign-in page, coming back here afterwards. */
export function signInUrl(back = location.pathname + location.search): string {
  return `/logga-in/?tillbaka=${encodeURIComponent(back)}`;
}

/**
 * A same-site path to return to, never another origin. Parsed the way the
 * browser will parse it (tabs and newlines stripped, backslashes as slashes),
 * so `/%09/evil.example` cannot become `//evil.example`. Pure: the caller
 * passes its own origin (`location.origin`).
 */
export function safeReturnPath(value: string | null, origin: string): string {
  const fallback = '/arbetsyta/';
  if (!value) return fallback;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(origin).origin) return fallback;
  const path = url.pathname + url.search + url.hash;
  // `/.//evil.example` stays same-origin here but its pathname is `//evil.example`,
  // which location.assign would read as another host.
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : fallback;
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(location.search).get(name);
}
