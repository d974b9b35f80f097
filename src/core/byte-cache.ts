/**
 * A least-recently-used map bounded by an estimate of its size in bytes, not by its
 * number of entries: one cached paragraph of a pasted log can weigh as much as a
 * thousand short ones. Reading an entry makes it the most recent.
 */
export class ByteCache<K, V> {
  // A Map iterates in insertion order; re-inserting on use keeps the oldest first.
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;

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
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value`, then evicts the least recently used entries until the total fits the limit. */
  set(key: K, value: V, bytes: number): void {
    this.delete(key);
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    this.evict();
  }

  /** Changes the size of an entry (it grew after it was stored). */
  resize(key: K, bytes: number): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.total += bytes - entry.bytes;
    entry.bytes = bytes;
    this.evict();
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  setLimit(limit: number): void {
    this.limit = limit;
    this.evict();
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.limit) return;
      this.entries.delete(key);
      this.total -= entry.bytes;
    }
  }
}
