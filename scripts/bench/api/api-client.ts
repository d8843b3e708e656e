// A lean tRPC-over-HTTP client for the benchmark: node:http with keep-alive,
// one request per call (no batching), the session cookie sent back. Leaner
// than fetch, so that on two cores the clients leave the server its core.
// Typed by the router, like @trpc/client would be.
import http from 'node:http';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../api/routers/index.ts';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;
type RouterName = keyof Inputs & string;

export type ProcedurePath = { [R in RouterName]: `${R}.${keyof Inputs[R] & string}` }[RouterName];
type Lookup<T, P extends string> = P extends `${infer R}.${infer Q}`
  ? R extends keyof T
    ? Q extends keyof T[R]
      ? T[R][Q]
      : never
    : never
  : never;
export type InputOf<P extends ProcedurePath> = Lookup<Inputs, P>;
export type OutputOf<P extends ProcedurePath> = Lookup<Outputs, P>;

export class ApiCallError extends Error {
  constructor(
    readonly procedure: string,
    readonly httpStatus: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(`${procedure}: ${httpStatus} ${code ?? ''} ${message}`);
    this.name = 'ApiCallError';
  }
}

interface Envelope {
  result?: { data: unknown };
  error?: { message: string; data?: { code?: string } };
}

export class ApiClient {
  cookie = '';
  private readonly agent = new http.Agent({ keepAlive: true });

  constructor(
    readonly host: string,
    readonly port: number,
  ) {}

  query<P extends ProcedurePath>(procedure: P, input: InputOf<P>): Promise<OutputOf<P>> {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.call(procedure, 'GET', `/trpc/${procedure}${query}`) as Promise<OutputOf<P>>;
  }

  mutate<P extends ProcedurePath>(procedure: P, input: InputOf<P>): Promise<OutputOf<P>> {
    return this.call(procedure, 'POST', `/trpc/${procedure}`, JSON.stringify(input ?? null)) as Promise<OutputOf<P>>;
  }

  close(): void {
    this.agent.destroy();
  }

  private async call(procedure: string, method: 'GET' | 'POST', urlPath: string, body?: string): Promise<unknown> {
    const res = await this.send(method, urlPath, body);
    for (const set of res.setCookie ?? []) {
      const [pair] = set.split(';');
      const eq = pair.indexOf('=');
      if (pair.slice(0, eq) === 'vbe_session') this.cookie = eq + 1 < pair.length ? pair : '';
    }
    let envelope: Envelope;
    try {
      envelope = JSON.parse(res.text) as Envelope;
    } catch {
      throw new ApiCallError(procedure, res.status, undefined, res.text.slice(0, 200));
    }
    if (envelope.error || res.status >= 400 || !envelope.result) {
      throw new ApiCallError(procedure, res.status, envelope.error?.data?.code, envelope.error?.message ?? 'inget resultat');
    }
    return envelope.result.data;
  }

  private send(method: string, urlPath: string, body?: string): Promise<{ status: number; text: string; setCookie?: string[] }> {
    const headers: http.OutgoingHttpHeaders = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) {
      // What trpc-endpoint.ts demands of every mutation.
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
      headers['x-vbe-client'] = 'bench-api';
    }
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, method, path: urlPath, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), setCookie: res.headers['set-cookie'] }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}
