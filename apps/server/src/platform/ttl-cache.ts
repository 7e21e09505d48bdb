/**
 * A small in-process cache whose entries expire after `ttlMs` (and at most `max` entries, oldest dropped
 * first). For lookups on hot public paths whose writes are re-checked where it matters (in the transaction).
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: V; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
  ) {}

  /** The fresh value of a key, if any. */
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps a value for the cache's time to live. */
  set(key: string, value: V, now = Date.now()): void {
    if (this.#entries.size >= this.max) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, { value, expires: now + this.ttlMs });
  }

  /** Forgets everything (after a write that changes what the values say). */
  clear(): void {
    this.#entries.clear();
  }
}
