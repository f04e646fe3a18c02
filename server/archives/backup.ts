import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import pg from "pg";
import type { Config } from "../config.js";

/*
 * Backup and restore of an instance: the database (SQLite through better-sqlite3's online
 * backup API, PostgreSQL through pg_dump's single-snapshot custom format), then the blobs, and a
 * manifest of every file's SHA-512. The database is copied first: blobs are written once and
 * named by their content, so every blob the snapshot references already exists when they are
 * copied. A restore goes only into an empty instance and refuses a backup whose files do not
 * match the manifest — before writing anything.
 */

export const BACKUP_FORMAT = "diplomatie-backup/1";
const MANIFEST = "manifest.json";
const SQLITE_FILE = "database.sqlite";
const PG_DUMP_FILE = "database.pgdump";

export class BackupError extends Error {
  override name = "BackupError";
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  dialect: "sqlite" | "postgres";
  files: { path: string; size: number; sha512: string }[];
}

const run = promisify(execFile);
const sqliteFileOf = (config: Config) => path.join(config.dataDir, "diplomatie.sqlite");

async function requireTool(tool: "pg_dump" | "pg_restore"): Promise<void> {
  try {
    await run(tool, ["--version"]);
  } catch {
    throw new BackupError(
      `${tool} is not installed: a PostgreSQL backup needs the PostgreSQL client tools of the ` +
        "server's major version (Debian: apt-get install postgresql-client). Alternatively use the " +
        "database's own backup (pg_basebackup, managed snapshots) and copy DATA_DIR/blobs beside it.",
    );
  }
}

/** Copies a file while digesting it. */
async function copyWithDigest(from: string, to: string) {
  const hash = createHash("sha512");
  let size = 0;
  await fs.promises.mkdir(path.dirname(to), { recursive: true });
  await pipeline(
    fs.createReadStream(from),
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    }),
    fs.createWriteStream(to, { flags: "wx" }),
  );
  return { size, sha512: hash.digest("hex") };
}

async function digestFile(file: string) {
  const hash = createHash("sha512");
  let size = 0;
  for await (const chunk of fs.createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha512: hash.digest("hex") };
}

/** Relative paths of the files under a folder, sorted. */
async function listFiles(root: string, skip: (relative: string) => boolean = () => false) {
  const files: string[] = [];
  if (!fs.existsSync(root)) return files;
  for (const entry of await fs.promises.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name));
    if (!skip(relative)) files.push(relative.split(path.sep).join("/"));
  }
  return files.sort();
}

/** Takes a consistent online backup of the configured instance into `dir` (new or empty). */
export async function backupInstance(config: Config, dir: string): Promise<BackupManifest> {
  const target = path.resolve(dir);
  if (fs.existsSync(target) && (await fs.promises.readdir(target)).length > 0) {
    throw new BackupError(`${target} is not empty: back up into a new folder`);
  }
  await fs.promises.mkdir(target, { recursive: true });
  const dialect = config.databaseUrl ? "postgres" : "sqlite";
  const files: BackupManifest["files"] = [];

  if (config.databaseUrl) {
    await requireTool("pg_dump");
    const file = path.join(target, PG_DUMP_FILE);
    await run("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-acl",
      `--file=${file}`,
      config.databaseUrl,
    ]);
    files.push({ path: PG_DUMP_FILE, ...(await digestFile(file)) });
  } else {
    const source = sqliteFileOf(config);
    if (!fs.existsSync(source)) throw new BackupError(`no database at ${source}`);
    const handle = new SQLite(source, { fileMustExist: true });
    try {
      await handle.backup(path.join(target, SQLITE_FILE));
    } finally {
      handle.close();
    }
    files.push({ path: SQLITE_FILE, ...(await digestFile(path.join(target, SQLITE_FILE))) });
  }

  const blobRoot = path.join(config.dataDir, "blobs");
  for (const relative of await listFiles(blobRoot, (r) => r.startsWith("tmp"))) {
    const copied = await copyWithDigest(
      path.join(blobRoot, relative),
      path.join(target, "blobs", relative),
    );
    files.push({ path: `blobs/${relative}`, ...copied });
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    createdAt: new Date().toISOString(),
    dialect,
    files,
  };
  await fs.promises.writeFile(
    path.join(target, MANIFEST),
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
  return manifest;
}

/** Checks a backup folder against its manifest; returns the problems found (none: intact). */
export async function checkBackup(
  dir: string,
): Promise<{ manifest: BackupManifest | null; problems: string[] }> {
  const source = path.resolve(dir);
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await fs.promises.readFile(path.join(source, MANIFEST), "utf8"));
  } catch {
    return { manifest: null, problems: [`${MANIFEST} is missing or unreadable`] };
  }
  if (manifest.format !== BACKUP_FORMAT || !Array.isArray(manifest.files)) {
    return { manifest: null, problems: [`${MANIFEST} is not a ${BACKUP_FORMAT} manifest`] };
  }
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    const relative = String(f.path);
    if (relative.includes("..") || path.isAbsolute(relative)) {
      problems.push(`${relative}: not a path inside the backup`);
      continue;
    }
    listed.add(relative);
    const file = path.join(source, relative);
    if (!fs.existsSync(file)) {
      problems.push(`${relative}: missing`);
      continue;
    }
    const found = await digestFile(file);
    if (found.sha512 !== f.sha512 || found.size !== f.size) {
      problems.push(`${relative}: SHA-512 does not match the manifest`);
    }
  }
  for (const relative of await listFiles(source, (r) => r === MANIFEST)) {
    if (!listed.has(relative)) problems.push(`${relative}: not in the manifest`);
  }
  const expected = manifest.dialect === "postgres" ? PG_DUMP_FILE : SQLITE_FILE;
  if (!listed.has(expected)) problems.push(`${expected}: the database is not in the backup`);
  return { manifest, problems };
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(
      "select count(*)::int as n from information_schema.tables where table_schema = 'public'",
    );
    return result.rows[0]?.n === 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into the configured instance, which must be empty (no SQLite file, no
 * table in PostgreSQL, no blob). Every file is checked against the manifest first: one
 * mismatch and nothing is written.
 */
export async function restoreInstance(config: Config, dir: string): Promise<BackupManifest> {
  const source = path.resolve(dir);
  const { manifest, problems } = await checkBackup(source);
  if (!manifest || problems.length > 0) {
    throw new BackupError(
      `backup refused, it does not match its manifest:\n  ${problems.slice(0, 20).join("\n  ")}`,
    );
  }
  const dialect = config.databaseUrl ? "postgres" : "sqlite";
  if (manifest.dialect !== dialect) {
    throw new BackupError(`a ${manifest.dialect} backup cannot be restored into ${dialect}`);
  }
  const blobRoot = path.join(config.dataDir, "blobs");
  if ((await listFiles(blobRoot)).length > 0) {
    throw new BackupError(`${blobRoot} is not empty: restore into an empty instance`);
  }
  if (config.databaseUrl) {
    if (!(await postgresIsEmpty(config.databaseUrl))) {
      throw new BackupError("the PostgreSQL database is not empty: restore into an empty database");
    }
    await requireTool("pg_restore");
    await run("pg_restore", [
      "--no-owner",
      "--no-acl",
      "--exit-on-error",
      `--dbname=${config.databaseUrl}`,
      path.join(source, PG_DUMP_FILE),
    ]);
  } else {
    const file = sqliteFileOf(config);
    if (fs.existsSync(file)) {
      throw new BackupError(`${file} exists: restore into an empty instance`);
    }
    await copyWithDigest(path.join(source, SQLITE_FILE), file);
  }
  for (const f of manifest.files) {
    if (!f.path.startsWith("blobs/")) continue;
    await copyWithDigest(
      path.join(source, f.path),
      path.join(blobRoot, f.path.slice("blobs/".length)),
    );
  }
  return manifest;
}
