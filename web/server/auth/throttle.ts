/**
 * Sign-in throttle: after FREE_FAILURES failed sign-ins for a name or from an address, each further failure shuts
 * that name or address out for twice as long as the one before (1 s, 2 s, 4 s … at most MAX_WAIT_S). A success
 * clears the name's count; counts are forgotten FORGET_MS after the last failure. Kept in memory: a restart clears it.
 */
const FREE_FAILURES = 5;
const MAX_WAIT_S = 300;
const FORGET_MS = 15 * 60_000;
/** Most names and addresses remembered; past this the oldest are forgotten (a flood of names cannot exhaust memory). */
const MAX_KEYS = 10_000;

interface Failures { count: number; lastAt: number; until: number }

export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Seconds to wait before the next try for any of the keys; 0 when a try is allowed now. */
  wait(keys: string[]): number {
    const t = this.clock();
    let wait = 0;
    for (const key of keys) {
      const f = this.failures.get(key);
      if (!f) continue;
      if (t - f.lastAt > FORGET_MS) this.failures.delete(key);
      else wait = Math.max(wait, Math.ceil((f.until - t) / 1000));
    }
    return wait;
  }

  fail(keys: string[]): void {
    const t = this.clock();
    for (const key of keys) {
      const f = this.failures.get(key) ?? { count: 0, lastAt: t, until: t };
      f.count += 1;
      f.lastAt = t;
      if (f.count > FREE_FAILURES) f.until = t + Math.min(MAX_WAIT_S, 2 ** (f.count - FREE_FAILURES - 1)) * 1000;
      this.failures.delete(key);
      this.failures.set(key, f);
      if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value!);
    }
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
