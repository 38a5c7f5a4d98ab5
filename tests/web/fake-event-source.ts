/**
 * EventSource stand-in for the app's live views: the test sends the server's events by hand. `last` is the
 * newest one opened, `all` every one since `reset()`; `close()` marks it closed both ways the app or a test reads.
 */
export class FakeEventSource {
  static readonly CLOSED = 2;
  static last: FakeEventSource | null = null;
  static all: FakeEventSource[] = [];
  readyState = 1;
  closed = false;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((m: { data: string }) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.last = this;
    FakeEventSource.all.push(this);
  }

  static reset(): void {
    FakeEventSource.last = null;
    FakeEventSource.all = [];
  }

  addEventListener(type: string, fn: (m: { data: string }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn]);
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
    this.closed = true;
  }

  send(type: string, data: unknown): void {
    for (const fn of this.listeners.get(type) ?? []) fn({ data: JSON.stringify(data) });
  }
}
