import { readFile } from "node:fs/promises";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { newPglite, openPglite, openPostgres, useDbHandle, type DbHandle } from "@/db/client";
import { drainJobs } from "@/lib/jobs";

let handle: DbHandle | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

/** Each test file gets a fresh copy of the migrated, seeded database. */
beforeAll(async () => {
  if (inject("dbKind") === "pglite") {
    const snapshot = await readFile(inject("pgliteSnapshot"));
    handle = openPglite(newPglite({ loadDataDir: new Blob([snapshot]) }));
  } else {
    const templateUrl = new URL(inject("postgresTemplateUrl"));
    const template = templateUrl.pathname.slice(1);
    const name = `fouai_t_${template.split("_").pop()}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = postgres(inject("postgresAdminUrl"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    const url = new URL(templateUrl);
    url.pathname = `/${name}`;
    handle = openPostgres(url.toString(), 5);
    dropDatabase = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  useDbHandle(handle);
});

afterAll(async () => {
  // Jobs still running must finish against this file's database, not fall back to the default one.
  await drainJobs();
  useDbHandle(undefined);
  await handle?.close();
  await dropDatabase?.();
});
