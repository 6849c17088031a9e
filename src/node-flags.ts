// The Node.js flags the service runs with (package.json's start script passes the same ones).
//
// --max-semi-space-size=64: a request's rows, GraphQL results and JSON live a few milliseconds,
// but with dozens in flight V8's default young generation (16 MB semi-spaces) fills before they
// die, so they are copied, promoted and collected again by full GCs. Measured on the benchmark (W5,
// 100 rows a page, 50 connections, alternating runs): 394, 400 → 443, 461 requests/s, p99 196,
// 189 → 167, 156 ms; scavenges took 18 % of the main thread before. Costs about 130 MB more RSS.
// Re-checked once requests stopped outliving themselves (bench/results/NOTES.md, session 5): 16 MB
// gave W1 595 against 660 and W4 571 against 654 requests/s at 10 connections, for 4-77 MB less RSS.
export const SERVICE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
