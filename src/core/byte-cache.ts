/**
 * A map bounded by an estimate of its size in bytes, not by its number of entries: one
 * cached paragraph of a pasted log can weigh as much as a thousand short ones. When it
 * grows past its limit, the least recently used entries go until it is back under 90%
 * of it (so eviction, which sorts, runs seldom; reading an entry only stamps it).
 */
export class ByteCache<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number; used: number }>();
  private total = 0;
  private clock = 0;

  constructor(private limit: number) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  /** The entry without counting it as a use. */
  peek(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  /** Stores `value` with its estimated size, then evicts if the total is over the limit. */
  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    this.entries.set(key, { value, bytes, used: ++this.clock });
    this.total += bytes;
    if (this.total > this.limit) this.evict();
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  setLimit(limit: number): void {
    this.limit = limit;
    if (this.total > this.limit) this.evict();
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private evict(): void {
    const target = this.limit * 0.9;
    const oldestFirst = [...this.entries].sort((a, b) => a[1].used - b[1].used);
    for (const [key, entry] of oldestFirst) {
      if (this.total <= target) return;
      this.entries.delete(key);
      this.total -= entry.bytes;
    }
  }
}
