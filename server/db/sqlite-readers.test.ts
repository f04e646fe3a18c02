import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialect } from "../testing/test-database.js";
import { type Database, openDatabase } from "./database.js";

// Untyped: a table of the test's own, not of the portal's schema.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type AnyDb = Kysely<any>;

describe.skipIf(testDialect() !== "sqlite")("SQLite readers in worker threads", () => {
  let dir: string;
  let database: Database;
  let db: AnyDb;
  const served = () => database.readers?.served ?? -1;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplomatie-readers-"));
    database = await openDatabase({
      url: null,
      sqliteFile: path.join(dir, "diplomatie.sqlite"),
      sqliteReaders: 2,
    });
    db = database.db as AnyDb;
    await sql`create table notes (id integer primary key, body text not null, data blob)`.execute(
      db,
    );
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers reads from a reader and writes from the writer, each read seeing the writes before it", async () => {
    const before = served();
    await db.insertInto("notes").values({ id: 1, body: "première" }).execute();
    expect(served()).toBe(before);
    const rows = await db.selectFrom("notes").select(["id", "body"]).execute();
    expect(rows).toEqual([{ id: 1, body: "première" }]);
    expect(served()).toBe(before + 1);
    const raw = await sql<{
      n: number;
    }>`with c as (select count(*) as n from notes) select n from c`.execute(db);
    expect(raw.rows).toEqual([{ n: 1 }]);
    expect(served()).toBe(before + 2);
  });

  it("reads while a transaction is open, without waiting for it nor seeing it before its commit", async () => {
    let commit: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      commit = resolve;
    });
    let inside: unknown[] = [];
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto("notes").values({ id: 2, body: "en cours" }).execute();
      // Inside, a read goes to the writer and sees the transaction's own write.
      inside = await trx.selectFrom("notes").select("id").orderBy("id").execute();
      await held;
    });
    let outside: unknown[] = [];
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      // With the writer alone this read would wait for the commit (one connection, one mutex).
      outside = await db.selectFrom("notes").select("id").orderBy("id").execute();
    } finally {
      commit();
      await transaction;
    }
    expect(outside).toEqual([{ id: 1 }]);
    expect(inside).toEqual([{ id: 1 }, { id: 2 }]);
    const after = await db.selectFrom("notes").select("id").orderBy("id").execute();
    expect(after).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it("runs on the writer a statement that only looks like a read", async () => {
    const before = served();
    await sql`with next as (select 3 as id) insert into notes (id, body) select id, 'écrite' from next`.execute(
      db,
    );
    expect(served()).toBe(before);
    const row = await db.selectFrom("notes").select("body").where("id", "=", 3).executeTakeFirst();
    expect(row).toEqual({ body: "écrite" });
  });

  it("gives blobs back as Buffers and a failing read's error with SQLite's code", async () => {
    await db
      .insertInto("notes")
      .values({ id: 4, body: "blob", data: Buffer.from([0, 1, 2, 255]) })
      .execute();
    const row = await db
      .selectFrom("notes")
      .select("data")
      .where("id", "=", 4)
      .executeTakeFirstOrThrow();
    expect(Buffer.isBuffer(row.data)).toBe(true);
    expect((row.data as Buffer).toString("hex")).toBe("000102ff");
    const failing = sql`select * from notes where notes match 'x'`.execute(db);
    await expect(failing).rejects.toMatchObject({ code: "SQLITE_ERROR" });
    // The reader that failed keeps answering.
    const count = await sql<{ n: number }>`select count(*) as n from notes`.execute(db);
    expect(count.rows).toEqual([{ n: 4 }]);
  });

  it("keeps a process alive while it awaits a read, and lets it end once closed", () => {
    // Readers are unreferenced when idle: a script whose only pending work is a read must not
    // end before the answer (the portal's start, before it listens, is such a moment).
    const file = path.join(dir, "diplomatie.sqlite");
    const module = new URL("./database.ts", import.meta.url).href;
    const script = `const { openDatabase } = await import(${JSON.stringify(module)});
      const { sql } = await import("kysely");
      const database = await openDatabase({ url: null, sqliteFile: ${JSON.stringify(file)}, sqliteReaders: 1 });
      const { rows } = await sql\`select count(*) as n from notes\`.execute(database.db);
      console.log(JSON.stringify({ rows, served: database.readers.served }));
      await database.close();`;
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "--eval", script],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(JSON.parse(output.trim())).toEqual({ rows: [{ n: 4 }], served: 1 });
  });
});
