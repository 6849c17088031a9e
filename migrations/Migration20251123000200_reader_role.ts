import { Migration } from '@mikro-orm/migrations';

// A NOLOGIN role that can only read the directory. Query execution runs `SET LOCAL ROLE
// roster_reader` inside its read-only transaction, so even a compiler bug cannot write.
//
// Roles are cluster-wide: another database on the same cluster (a test database, a second
// checkout) may have created it already or may still use it. So up() creates it only when missing,
// and down() revokes this database's grants but drops the role only when no other database holds
// anything for it. Neither direction fails because of the other databases.
export class Migration20251123000200_reader_role extends Migration {
  override up(): void {
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'roster_reader') then
          begin
            create role roster_reader nologin;
          exception when duplicate_object or unique_violation then
            null; -- created concurrently by a migration in another database
          end;
        end if;
      end
      $$
    `);
    this.addSql('grant usage on schema public to roster_reader');
    this.addSql('grant select on table departments, employees, leaves to roster_reader');
    this.addSql('grant execute on function fold_name(text) to roster_reader');
    // Membership lets the migrating (application) user switch to the role with SET LOCAL ROLE.
    this.addSql(`
      do $$
      begin
        if not pg_has_role(current_user, 'roster_reader', 'member') then
          execute format('grant roster_reader to %I', current_user);
        end if;
      end
      $$
    `);
  }

  override down(): void {
    this.addSql(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = 'roster_reader') then
          return;
        end if;
        revoke select on table departments, employees, leaves from roster_reader;
        revoke execute on function fold_name(text) from roster_reader;
        revoke usage on schema public from roster_reader;
        -- Anything recorded for the role outside this database (grants in another database,
        -- ownership of a shared object) means someone else still uses it: keep it.
        if exists (
          select 1
          from pg_shdepend d
          where d.refclassid = 'pg_authid'::regclass
            and d.refobjid = (select oid from pg_roles where rolname = 'roster_reader')
            and d.dbid is distinct from (select oid from pg_database where datname = current_database())
        ) then
          raise notice 'roster_reader is still used by another database; keeping the role';
          return;
        end if;
        begin
          drop role roster_reader;
        exception when others then
          raise notice 'roster_reader kept: %', sqlerrm;
        end;
      end
      $$
    `);
  }
}
