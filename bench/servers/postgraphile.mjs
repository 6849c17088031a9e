// The peer anchor: PostGraphile 5 (Amber preset + connection-filter with relation filters) on the
// same database, served by grafserv over node:http, with a pg pool of Roster's DB_POOL_MAX.
// Run with `node --import ./bench/polyfill.mjs bench/servers/postgraphile.mjs` on Node 20.
// Env: DATABASE_URL, PORT, DB_POOL_MAX.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const poolSize = Number(process.env.DB_POOL_MAX ?? 20);

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // Order and filter by any column, as Roster does (by default only indexed columns are offered).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public'],
      // min: not shrunk between workloads, as Roster's and the floor's pools are not.
      poolConfig: { max: poolSize, min: poolSize },
    }),
  ],
  schema: { connectionFilterRelations: true, connectionFilterAllowNullInput: false },
  grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => console.error(error));
await serv.addTo(server);
const port = Number(process.env.PORT ?? 4200);
server.listen(port, '127.0.0.1', () => console.log(`postgraphile listening on ${port} (node ${process.version})`));
process.on('SIGTERM', () => {
  server.close();
  void pgl.release().then(() => process.exit(0));
});
