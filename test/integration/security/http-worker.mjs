// Sends POST /graphql bodies from a worker thread, so the client's work runs on another core than
// the app under test. workerData: { url, bodies: string[], concurrency }; posts back
// [{ status, text }] in the bodies' order.
import { parentPort, workerData } from 'node:worker_threads';

const { url, bodies, concurrency } = workerData;
const results = new Array(bodies.length);
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < bodies.length) {
      const index = next++;
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[index] });
      results[index] = { status: response.status, text: await response.text(), ms: performance.now() - started };
    }
  }),
);
parentPort.postMessage(results);
