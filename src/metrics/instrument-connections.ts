// Pool metrics at the one place connections are borrowed: how long each acquire waited, and how
// many gave up.
import { isPoolAcquireTimeout } from '../query/database-errors.js';
import type { ConnectionSource } from '../query/connection-source.js';
import type { Metrics } from './metrics.js';

export function instrumentConnections(source: ConnectionSource, metrics: Metrics): ConnectionSource {
  return {
    get databaseUnreachable() {
      return source.databaseUnreachable;
    },
    async acquire() {
      const stop = metrics.dbPoolAcquireDuration.startTimer();
      try {
        return await source.acquire();
      } catch (error) {
        if (isPoolAcquireTimeout(error)) metrics.dbPoolAcquireTimeouts.inc();
        throw error;
      } finally {
        stop();
      }
    },
    release: (connection, broken) => source.release(connection, broken),
  };
}
