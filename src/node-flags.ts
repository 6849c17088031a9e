// The Node.js flags the service runs with (package.json's start script passes the same ones).
//
// --max-semi-space-size=64: a request's rows, GraphQL results and JSON live a few milliseconds,
// but with dozens in flight V8's default young generation (16 MB semi-spaces) fills before they
// die, so they are copied, promoted and collected again by full GCs. Measured on the benchmark (W5,
// 100 rows a page, 50 connections, alternating runs): 394, 400 → 443, 461 requests/s, p99 196,
// 189 → 167, 156 ms; scavenges took 18 % of the main thread before. Costs about 130 MB more RSS.
// Re-checked once requests stopped outliving themselves (bench/results/NOTES.md, session 5): 16 MB
// gave W1 595 against 660 and W4 571 against 654 requests/s at 10 connections, for 4-77 MB less RSS.
//
// --no-allocation-site-pretenuring: V8 watches which allocation sites' objects survive young
// collections and, past a threshold, allocates everything from those sites straight into the old
// generation. A burst of long-lived answers (1,000-row pages at 50 connections) marks the sites
// that build every answer (rows, results), and afterwards even 1 ms answers are made in the old
// generation, which then needs a full GC every ~2 s. Measured (bench/results/NOTES.md, session 6;
// W2 at 50 connections for 20 s, then W3): W3 closed loop 4,835 / 5,155 → 5,752 / 6,198 requests/s
// at 10 / 50 connections, p99 at 2,831 requests/s open loop 40 → 21 ms (29.6 → 18.8 in a second
// pair), mark-compacts 61 → 35; W2 itself unchanged (88 → 93 requests/s).
//
// --no-memory-reducer: when the allocation rate drops (a burst has passed, or the load is steady
// but lighter), V8's memory reducer runs full "Mark-Compact (reduce)" collections to hand memory
// back, each a pause of its own. Open loop at 3,200 W3 requests/s after a closed-loop run
// (--trace-gc, bench/results/NOTES.md, session 8): two such collections in 11 s, pausing 12.1 and
// 4.7 ms; none with the flag. p99 over four alternating pairs: 5.6, 7.5, 5.5, 6.3 → 5.1, 4.4, 5.1,
// 5.3 ms. The live heap is ~40 MB, so keeping what the reducer would return costs ~12 MB of RSS.
export const SERVICE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64', '--no-allocation-site-pretenuring', '--no-memory-reducer'];

// How Node loads the service's TypeScript: tsx's ESM loader only. Plain `--import tsx` also hooks
// CommonJS `require`, and every require then goes through tsx's resolver, which Apollo pays for on
// every request: its query hash (@apollo/utils.createhash) calls `module.require('crypto')` each
// time. In a CPU profile of W3 (5,400 requests/s) that resolver was 2.2 % of the busy main thread.
// Roster's own modules are ESM ("type": "module"), so nothing of ours needs the CommonJS hook.
export const TYPESCRIPT_LOADER: readonly string[] = ['--import', 'tsx/esm'];
