// Roster's own entry point, unchanged, under a name of its own: on this shared machine other work
// stops `src/main.ts` processes by name, and a benchmark must not lose its server to that.
import '../../src/main.js';
