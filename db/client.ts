import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { env, settings } from "@/lib/env";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The common surface of the PGlite and postgres.js drivers: lib/ code is written against this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbOrTx = Db | Tx;

export type DbHandle = {
  db: Db;
  kind: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

/** A PGlite instance with the extensions our migrations use (pg_trgm); server Postgres ships it in contrib. */
export function newPglite(options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, extensions: { pg_trgm, ...options.extensions } });
}

export function openPglite(client: PGlite): DbHandle {
  const db = drizzlePglite(client, { schema, casing: undefined }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: () => client.close(),
  };
}

export function openPostgres(url: string, max = 10): DbHandle {
  const sql = postgres(url, { max, onnotice: () => {}, prepare: true });
  const db = drizzlePostgres(sql, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(drizzlePostgres(sql), { migrationsFolder }),
    close: () => sql.end({ timeout: 5 }),
  };
}

/** Rows of db.execute(): postgres.js returns an array, PGlite returns { rows }. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

type Holder = { ready?: Promise<DbHandle>; override?: DbHandle };
// One instance per process even when Next loads this module in several bundles.
const holder: Holder = ((globalThis as Record<string, unknown>).__4uaiDb ??= {}) as Holder;

async function openDefault(): Promise<DbHandle> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL);
  const dir = path.resolve(process.cwd(), settings.dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  const handle = openPglite(newPglite({ dataDir: dir }));
  // Embedded mode migrates and seeds itself on first start; both are idempotent.
  await handle.migrate();
  const { seedIfEmpty } = await import("./seed");
  await seedIfEmpty(handle.db);
  return handle;
}

export async function getDbHandle(): Promise<DbHandle> {
  if (holder.override) return holder.override;
  holder.ready ??= openDefault().catch((error: unknown) => {
    holder.ready = undefined;
    throw error;
  });
  return holder.ready;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Tests point the whole app at their own database. */
export function useDbHandle(handle: DbHandle | undefined): void {
  holder.override = handle;
}
