// Settings from the environment, checked once at start-up.
export interface Config {
  port: number;
  host: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT || 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT måste vara ett heltal mellan 0 och 65535 (fick "${env.PORT}").`);
  }
  return { port, host: env.HOST || '127.0.0.1' };
}
