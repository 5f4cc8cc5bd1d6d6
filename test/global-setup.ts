import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { newPglite, openPglite, openPostgres } from "@/db/client";
import { seed } from "@/db/seed";

declare module "vitest" {
  export interface ProvidedContext {
    dbKind: "pglite" | "postgres";
    pgliteSnapshot: string;
    postgresTemplateUrl: string;
    postgresAdminUrl: string;
  }
}

const adminUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Migrate and seed once; every test file then starts from a copy of this database. */
export default async function setup(project: TestProject) {
  const kind = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
  project.provide("dbKind", kind);
  project.provide("postgresAdminUrl", adminUrl);

  if (kind === "pglite") {
    const client = newPglite();
    const handle = openPglite(client);
    await handle.migrate();
    await seed(handle.db);
    const dump = await client.dumpDataDir("gzip");
    const file = path.resolve(".cache", `pglite-snapshot-${process.pid}.tar.gz`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    await client.close();
    project.provide("pgliteSnapshot", file);
    project.provide("postgresTemplateUrl", "");
    return;
  }

  const template = `fouai_template_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${template}`);
  await admin.unsafe(`CREATE DATABASE ${template}`);
  const templateUrl = withDatabase(adminUrl, template);
  const handle = openPostgres(templateUrl, 2);
  await handle.migrate();
  await seed(handle.db);
  await handle.close();
  project.provide("pgliteSnapshot", "");
  project.provide("postgresTemplateUrl", templateUrl);

  return async () => {
    const leftovers = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`fouai_t_${process.pid}_%`} or datname = ${template}`;
    for (const { datname } of leftovers) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
  };
}
