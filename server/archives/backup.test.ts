import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BlobStore } from "../blobs/blob-store.js";
import type { Config } from "../config.js";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { verifyJournal } from "../journal/journal.service.js";
import { dispatchForArchives, fileRecord, makeArchivesWorld } from "../testing/archives-factory.js";
import { testConfig } from "../testing/test-app.js";
import { createTestDatabase, type TestDatabase, testDialect } from "../testing/test-database.js";
import { BackupError, backupInstance, checkBackup, restoreInstance } from "./backup.js";
import { runFixityCheck } from "./fixity.service.js";

/* A backup restored into an empty instance holds every record intact; a tampered one is refused. */

const root = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
const sourceDir = path.join(root, "source");
let source: TestDatabase;
let sourceConfig: Config;
const emptyDatabases: string[] = [];

/** An empty instance: a new data folder and, on PostgreSQL, a new database with no table. */
async function emptyInstance(name: string): Promise<Config> {
  const dataDir = path.join(root, name);
  fs.mkdirSync(dataDir, { recursive: true });
  if (testDialect() === "sqlite") return testConfig({ dataDir, databaseUrl: null });
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  const database = `diplomatie_restore_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  emptyDatabases.push(database);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return testConfig({ dataDir, databaseUrl: url.toString() });
}

beforeAll(async () => {
  fs.mkdirSync(sourceDir, { recursive: true });
  source = await createTestDatabase(
    testDialect() === "sqlite" ? { sqliteFile: path.join(sourceDir, "diplomatie.sqlite") } : {},
  );
  sourceConfig = testConfig({ dataDir: sourceDir, databaseUrl: source.url });
  const store = new BlobStore(path.join(sourceDir, "blobs"));
  const world = await makeArchivesWorld(source.db);
  for (const kind of ["telegram", "note", "formal_email"] as const) {
    const { recordId } = await dispatchForArchives(source.db, store, world, {
      kind,
      attachments: [{ name: `${kind}.txt`, bytes: Buffer.from(`Pièce jointe du ${kind}.\n`) }],
    });
    await fileRecord(source.db, recordId, world.keepSeriesId);
  }
}, 60_000);

afterAll(async () => {
  await source.destroy();
  if (emptyDatabases.length > 0) {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    for (const name of emptyDatabases)
      await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  fs.rmSync(root, { recursive: true, force: true });
}, 60_000);

const backupDir = path.join(root, "backup");

describe("backup and restore", { timeout: 60_000 }, () => {
  it("backs up the database and the blobs with a SHA-512 manifest", async () => {
    const manifest = await backupInstance(sourceConfig, backupDir);
    expect(manifest.dialect).toBe(testDialect());
    expect(manifest.files.filter((f) => f.path.startsWith("blobs/"))).toHaveLength(3);
    expect(manifest.files[0]?.path).toBe(
      testDialect() === "sqlite" ? "database.sqlite" : "database.pgdump",
    );
    expect((await checkBackup(backupDir)).problems).toEqual([]);
    await expect(backupInstance(sourceConfig, backupDir)).rejects.toThrow(/not empty/);
  });

  it("restores into an empty instance with every record, blob and journal entry intact", async () => {
    const target = await emptyInstance("restored");
    await restoreInstance(target, backupDir);
    const restored = await openDatabase({
      url: target.databaseUrl,
      sqliteFile: path.join(target.dataDir, "diplomatie.sqlite"),
    });
    try {
      await migrateToLatest(restored.db);
      const columns = [
        "id",
        "correspondence_id",
        "canonical_json",
        "sha512",
        "series_id",
        "status",
      ] as const;
      const before = await source.db.selectFrom("records").select(columns).orderBy("id").execute();
      const after = await restored.db.selectFrom("records").select(columns).orderBy("id").execute();
      expect(after).toHaveLength(3);
      expect(after).toEqual(before);
      const fixity = await runFixityCheck(
        restored.db,
        new BlobStore(path.join(target.dataDir, "blobs")),
      );
      expect(fixity.checked).toBe(6);
      expect(fixity.failures).toEqual([]);
      const journal = await verifyJournal(restored.db);
      expect(journal.ok).toBe(true);
      // Into an instance that is no longer empty: refused.
      await expect(restoreInstance(target, backupDir)).rejects.toThrow(BackupError);
    } finally {
      await restored.close();
    }
  });

  it("refuses a tampered backup before writing anything", async () => {
    const tampered = path.join(root, "tampered");
    fs.cpSync(backupDir, tampered, { recursive: true });
    const { manifest } = await checkBackup(tampered);
    const blob = manifest?.files.find((f) => f.path.startsWith("blobs/"))?.path ?? "";
    fs.appendFileSync(path.join(tampered, blob), "x");
    const target = await emptyInstance("refused");
    await expect(restoreInstance(target, tampered)).rejects.toThrow(
      new RegExp(`${blob.replace(/[/.]/g, "\\$&")}: SHA-512 does not match`),
    );
    expect(fs.existsSync(path.join(target.dataDir, "diplomatie.sqlite"))).toBe(false);
    expect(fs.existsSync(path.join(target.dataDir, "blobs"))).toBe(false);

    // The CLI says so and fails.
    const result = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "server/cli.ts", "restore", tampered],
      {
        env: {
          ...process.env,
          DATA_DIR: target.dataDir,
          ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
        },
      },
    ).then(
      () => ({ code: 0, output: "" }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain("Restore refused");
    expect(result.output).toContain("SHA-512 does not match");
  });

  it("refuses a file added to the backup, or a manifest edited to match nothing", async () => {
    const extra = path.join(root, "extra");
    fs.cpSync(backupDir, extra, { recursive: true });
    fs.writeFileSync(path.join(extra, "blobs", "intrus"), "intrus");
    expect((await checkBackup(extra)).problems).toEqual(["blobs/intrus: not in the manifest"]);
    fs.writeFileSync(path.join(extra, "manifest.json"), "{}");
    expect((await checkBackup(extra)).manifest).toBeNull();
  });
});
