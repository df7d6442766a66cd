// What every use case runs with: the store and a clock (tests move the clock, never sleep).
import type { Store } from '../store/connection';

export interface ServiceContext {
  store: Store;
  now: () => Date;
}
