import { getDbHandle } from "./client";
import { demoAccounts, DEMO_PASSWORD, seedIfEmpty } from "./seed";

const handle = await getDbHandle();
const created = await seedIfEmpty(handle.db);
console.log(created ? "Seeded the demo data." : "Demo data already present; nothing added.");
console.log(`Sign in as any of ${Object.values(demoAccounts).join(", ")} with password "${DEMO_PASSWORD}".`);
await handle.close();
