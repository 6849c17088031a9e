import { defineConfig } from 'vitest/config';

// Two projects: unit tests are pure and start nothing; integration tests share one real PostgreSQL
// (embedded, or DATABASE_URL when given) that the global setup migrates and seeds once.
export default defineConfig({
  resolve: {
    // graphql ships CommonJS and ESM builds; Pothos and Apollo load the CommonJS one, so everything
    // must, or its instanceof checks see two different GraphQLObjectType classes.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Pure, but the property tests run thousands of parses: on a busy shared machine the
          // default 5 s took one over its limit, a failure that says nothing about the code.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One worker at a time: the files share a database and some of them stop and start it.
          fileParallelism: false,
        },
      },
    ],
  },
});
