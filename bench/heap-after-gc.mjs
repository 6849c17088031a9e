// Preloaded into the server by `npm run bench -- --soak` (with --expose-gc): on SIGUSR2 it runs a
// full garbage collection and prints the JS heap still in use, the one memory figure that does not
// depend on when V8 last chose to collect. RSS alone rises while the old generation fills between
// full collections, which with little promoted can take longer than a 60 s run.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  process.stderr.write(`[heap-after-gc] ${process.memoryUsage().heapUsed}\n`);
});
