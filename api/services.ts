// What the server's edges are built over: the store, the sign-in throttle,
// the clock and the id source. Injected, so tests run the routers over a
// memory store with a fixed clock.
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { MailService } from './mail/transport.ts';
import type { Store } from './store/store.ts';

export interface Services {
  store: Store;
  throttle: LoginThrottle;
  now: () => Date;
  newId: () => string;
  /** Sending to the members; absent or without a transport, messages are offered as .eml files only. */
  mail?: MailService;
}
