import { getDbHandle } from "./client";

const handle = await getDbHandle();
if (handle.kind === "postgres") await handle.migrate();
console.log(`Migrated the ${handle.kind} database.`);
await handle.close();
