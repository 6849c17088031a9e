// Running the hand-written migrations (migrations/index.ts) against the ORM's database.
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations/index.js';

type Orm = MikroORM<PostgreSqlDriver>;

/** Applies every pending migration in order; returns the names applied. */
export async function migrateUp(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** Reverts every applied migration, newest first; returns the names reverted. */
export async function migrateDownAll(orm: Orm): Promise<string[]> {
  const reverted = await orm.getMigrator().down({ to: 0 });
  return reverted.map((m) => m.name);
}

export async function listMigrations(orm: Orm): Promise<{ applied: string[]; pending: string[] }> {
  const migrator = orm.getMigrator();
  const executed = new Set((await migrator.getExecutedMigrations()).map((row) => row.name));
  const pending = (await migrator.getPendingMigrations()).map((m) => m.name);
  // Report applied ones in the list's order (the table's order is by execution time).
  const applied = migrationsList.map((m) => m.name).filter((name) => executed.has(name));
  for (const name of executed) if (!applied.includes(name)) applied.push(name);
  return { applied, pending };
}
