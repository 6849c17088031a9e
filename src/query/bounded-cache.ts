// A map that forgets its least recently used entry once it holds `capacity` of them.
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value, or `make()`'s, which is kept. */
  getOrCreate(key: K, make: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined || this.entries.has(key)) {
      // Re-inserted, it becomes the most recently used: a Map iterates in insertion order.
      this.entries.delete(key);
      this.entries.set(key, found as V);
      return found as V;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return made;
  }
}
