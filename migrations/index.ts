// The ordered list of migrations. MikroORM reads this instead of globbing the folder, so the same
// list works under tsx, in tests and in a bundle. Append new migrations; never edit landed ones.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20251123000100_directory_schema } from './Migration20251123000100_directory_schema.js';
import { Migration20251123000200_reader_role } from './Migration20251123000200_reader_role.js';
import { Migration20251123000300_active_page_indexes } from './Migration20251123000300_active_page_indexes.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20251123000100_directory_schema', class: Migration20251123000100_directory_schema },
  { name: 'Migration20251123000200_reader_role', class: Migration20251123000200_reader_role },
  { name: 'Migration20251123000300_active_page_indexes', class: Migration20251123000300_active_page_indexes },
];
