// The second-chance cache behind understood questions, prepared statements and rate-limit buckets.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoundedCache } from '../../src/bounded-cache.js';

describe('BoundedCache', () => {
  afterEach(() => vi.restoreAllMocks());

  it('forgets the least recently used entry beyond its capacity', () => {
    const cache = new BoundedCache<string, number>(2);
    let made = 0;
    const get = (key: string) => cache.getOrCreate(key, () => ++made);
    expect([get('a'), get('b'), get('a')]).toEqual([1, 2, 1]);
    get('c'); // evicts b, used least recently
    expect(cache.size).toBe(2);
    expect(get('a')).toBe(1);
    expect(get('b')).toBe(4);
  });

  it('keeps an entry used since eviction last passed it, and tells of the one it forgets', () => {
    const evicted: string[] = [];
    const cache = new BoundedCache<string, string>(3, (key, value) => evicted.push(`${key}=${value}`));
    cache.set('a', '1');
    cache.set('b', '2');
    cache.set('c', '3');
    cache.get('a');
    cache.get('b');
    cache.set('d', '4'); // a and b were used: c goes
    expect(evicted).toEqual(['c=3']);
    cache.get('d');
    cache.set('e', '5'); // a and b lost their marks when passed over; d was used since: a goes
    expect(evicted).toEqual(['c=3', 'a=1']);
    expect([cache.get('b'), cache.get('d'), cache.get('e')]).toEqual(['2', '4', '5']);
  });

  it('replaces the value of a key it holds without forgetting anything', () => {
    const evicted: string[] = [];
    const cache = new BoundedCache<string, number>(2, (key) => evicted.push(key));
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBe(3);
    expect(evicted).toEqual([]);
  });

  it('does not change its Map on a hit, so a long-lived cache makes no old-generation garbage per use', () => {
    const cache = new BoundedCache<string, number>(4);
    for (const key of ['a', 'b', 'c']) cache.set(key, key.length);
    const set = vi.spyOn(Map.prototype, 'set');
    const remove = vi.spyOn(Map.prototype, 'delete');
    for (let i = 0; i < 100; i++) {
      cache.get('a');
      cache.getOrCreate('b', () => 0);
      cache.set('c', i);
    }
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });

  it('hands every entry to clear’s callback, and forgets them', () => {
    const cache = new BoundedCache<string, number>(4);
    cache.set('a', 1);
    cache.set('b', 2);
    const cleared: string[] = [];
    cache.clear((key, value) => cleared.push(`${key}=${value}`));
    expect(cleared).toEqual(['a=1', 'b=2']);
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new BoundedCache(0)).toThrow(/positive integer/);
    expect(() => new BoundedCache(1.5)).toThrow(/positive integer/);
  });
});
