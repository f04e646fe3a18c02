import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "../server/db/database.js";

/**
 * A throw-away database for one benchmark run: a SQLite file in a temporary folder, or a fresh
 * PostgreSQL database on the server named by BENCH_DATABASE_URL. `cleanup` removes it.
 */
export async function openBenchDatabase(): Promise<{
  database: Database;
  cleanup: () => Promise<void>;
}> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
    const database = await openDatabase({ url: null, sqliteFile: path.join(dir, "bench.sqlite") });
    return {
      database,
      cleanup: async () => {
        await database.close();
        fs.rmSync(dir, { recursive: true });
      },
    };
  }
  const name = `diplomatie_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), sqliteFile: "" });
  return {
    database,
    cleanup: async () => {
      await database.close();
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
