// Integration tests share one real, migrated PostgreSQL seeded with the default fixtures: a scratch
// database on DATABASE_URL's server when it is set (dropped afterwards, the given database is never
// touched), otherwise an embedded PostgreSQL in a temporary directory.
import type { TestProject } from 'vitest/node';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    /** the embedded server's data directory and port, when the tests run on one (fault tests restart it) */
    embedded: { dataDir: string; port: number } | null;
  }
}

let database: ScratchDatabase | null = null;

export async function setup(project: TestProject): Promise<void> {
  database = await createScratchDatabase({ seed: { employees: 2000, seed: 42 } });
  project.provide('databaseUrl', database.databaseUrl);
  project.provide('embedded', database.embedded);
}

export async function teardown(): Promise<void> {
  await database?.drop();
}
