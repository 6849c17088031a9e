// A map that holds at most `capacity` entries and forgets one used least recently when it would
// hold more: the second-chance ("clock") approximation of least-recently-used.
//
// Why not the usual Map LRU (delete and re-insert a key on every hit, so that insertion order is
// recency order): these maps live as long as the process, so V8 keeps their hash tables in the old
// generation, and every re-insertion leaves a deleted slot behind. Each time the slots run out V8
// builds a new table, also in the old generation, and the old one is garbage that only a full
// (mark-compact) collection frees. Measured on the benchmark's W3 (`--trace-gc-object-stats`):
// about four tables a request from the three hot-path maps (prepared statements, understood
// questions, rate-limit buckets), 44 % of the old generation's garbage, and each full collection
// it brings on pauses the server for 4–20 ms. Here a hit only marks its entry; the map changes on
// insertion and eviction alone.
//
// Eviction walks from the oldest insertion: an entry marked since the walk last passed it loses its
// mark and goes to the back (its second chance); the first unmarked one is forgotten.
interface Slot<V> {
  value: V;
  usedSinceLastPass: boolean;
}

export class BoundedCache<K, V> {
  private readonly slots = new Map<K, Slot<V>>();

  /** `onEvict` hears of each entry forgotten to make room (not of deleted or cleared ones). */
  constructor(
    readonly capacity: number,
    private readonly onEvict?: (key: K, value: V) => void,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number {
    return this.slots.size;
  }

  /** The value for `key`, which now counts as recently used. */
  get(key: K): V | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    slot.usedSinceLastPass = true;
    return slot.value;
  }

  /** Stores `value` under `key`, forgetting another entry if the cache would exceed its capacity. */
  set(key: K, value: V): void {
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      slot.value = value;
      slot.usedSinceLastPass = true;
      return;
    }
    this.slots.set(key, { value, usedSinceLastPass: false });
    if (this.slots.size > this.capacity) this.evictOne();
  }

  /** The cached value, or `make()`'s, which is kept. */
  getOrCreate(key: K, make: () => V): V {
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      slot.usedSinceLastPass = true;
      return slot.value;
    }
    const made = make();
    this.set(key, made);
    return made;
  }

  delete(key: K): boolean {
    return this.slots.delete(key);
  }

  /** Forgets every entry; `each` hears of them first. */
  clear(each?: (key: K, value: V) => void): void {
    if (each) for (const [key, slot] of this.slots) each(key, slot.value);
    this.slots.clear();
  }

  private evictOne(): void {
    // Iterating a Map visits entries re-inserted during the walk, so it ends: a moved entry comes
    // round again unmarked.
    for (const [key, slot] of this.slots) {
      this.slots.delete(key);
      if (slot.usedSinceLastPass) {
        slot.usedSinceLastPass = false;
        this.slots.set(key, slot);
        continue;
      }
      this.onEvict?.(key, slot.value);
      return;
    }
  }
}
