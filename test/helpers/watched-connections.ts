// A connection source that hands each connection to `watch` the first time it lends it, so that a
// test can instrument the connection (count its socket writes, its Parse messages) before use.
import type { ConnectionSource, PgConnection } from '../../src/query/connection-source.js';

export function watchConnections(source: ConnectionSource, watch: (connection: PgConnection) => void): ConnectionSource {
  const seen = new WeakSet<PgConnection>();
  return {
    get databaseUnreachable() {
      return source.databaseUnreachable;
    },
    async acquire() {
      const connection = await source.acquire();
      if (!seen.has(connection)) {
        seen.add(connection);
        watch(connection);
      }
      return connection;
    },
    release: (connection, broken) => source.release(connection, broken),
  };
}
