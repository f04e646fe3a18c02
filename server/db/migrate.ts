import { type Kysely, Migrator } from "kysely";
import { migrations } from "./migrations/index.js";
import type { DB } from "./schema.js";

/** Brings the schema to the latest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === "Error");
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : "";
    throw new Error(`Migration failed${name}: ${(error as Error).message ?? String(error)}`);
  }
  return results.filter((r) => r.status === "Success").map((r) => r.migrationName);
}
