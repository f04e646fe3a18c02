import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted at every depth, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export interface ChainedFields {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: string;
  prev_hash: string;
}

/** SHA-256 over every field of an entry, including the previous entry's hash. */
export function hashEntry(e: ChainedFields): string {
  const material = JSON.stringify([
    e.seq,
    e.at,
    e.actor_id,
    e.action,
    e.target_type,
    e.target_id,
    e.ip,
    e.details,
    e.prev_hash,
  ]);
  return createHash("sha256").update(material, "utf8").digest("hex");
}
