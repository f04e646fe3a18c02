import type { Kysely, Transaction } from "kysely";
import type { UnitKind } from "../../shared/vocabulary.js";
import { referencePrefix } from "../correspondence/dispatch.service.js";
import type { DB } from "../db/schema.js";
import { foldText } from "../search/text-fold.js";

/*
 * Functional addresses: every unit and every community receives mail at `<local>@MAIL_DOMAIN`.
 * A unit's local part is its reference prefix in lower case (washington@, damc@, new-york@), so
 * the address and the reference numbers read alike; a community's is its folded name. Local
 * parts are stored, unique, so that the receiver looks a recipient up by primary key and pages
 * show the address; a clash takes a suffix rather than stealing another's address.
 */

type Handle = Kysely<DB> | Transaction<DB>;

/** The longest local part we derive (RFC 5321 allows 64 octets; suffixes need room). */
const MAX_LOCAL = 56;

/** A folded slug: lower-case letters, digits and single hyphens. */
export function mailSlug(text: string): string {
  const slug = foldText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LOCAL)
    .replace(/-+$/, "");
  return slug === "" ? "adresse" : slug;
}

/** The local part a unit would like: its reference prefix, lower-cased. */
export function unitLocalPart(unit: { kind: UnitKind; city: string | null; short_name: string }) {
  return mailSlug(referencePrefix(unit));
}

/** The first free candidate: the wish, then `<wish>-<suffix>`, then numbered. */
function freeLocalPart(wish: string, suffix: string, taken: Set<string>): string {
  const candidates = [wish, `${wish}-${suffix}`];
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  for (let n = 2; ; n += 1) {
    const candidate = `${wish}-${suffix}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Gives an address to every unit and community that has none yet (new ones since the last
 * call). Cheap when nothing is missing: two anti-joins on primary keys.
 */
export async function ensureMailAddresses(db: Handle, now: Date = new Date()): Promise<number> {
  const [units, communities] = await Promise.all([
    db
      .selectFrom("units")
      .leftJoin("mail_addresses", "mail_addresses.unit_id", "units.id")
      .select(["units.id", "units.kind", "units.city", "units.short_name"])
      .where("mail_addresses.local_part", "is", null)
      .orderBy("units.created_at")
      .orderBy("units.id")
      .execute(),
    db
      .selectFrom("communities")
      .leftJoin("mail_addresses", "mail_addresses.community_id", "communities.id")
      .select(["communities.id", "communities.name"])
      .where("mail_addresses.local_part", "is", null)
      .orderBy("communities.created_at")
      .orderBy("communities.id")
      .execute(),
  ]);
  if (units.length === 0 && communities.length === 0) return 0;
  const existing = await db.selectFrom("mail_addresses").select("local_part").execute();
  const taken = new Set(existing.map((r) => r.local_part));
  // Addresses the portal itself uses are never given to a unit.
  for (const reserved of ["reply", "postmaster", "abuse", "noreply", "no-reply"]) {
    taken.add(reserved);
  }
  const at = now.toISOString();
  const rows = [];
  for (const unit of units) {
    const local = freeLocalPart(unitLocalPart(unit), "unite", taken);
    taken.add(local);
    rows.push({ local_part: local, unit_id: unit.id, community_id: null, created_at: at });
  }
  for (const community of communities) {
    const local = freeLocalPart(mailSlug(community.name), "communaute", taken);
    taken.add(local);
    rows.push({ local_part: local, unit_id: null, community_id: community.id, created_at: at });
  }
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto("mail_addresses")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return rows.length;
}

export type FunctionalAddressee = { type: "unit" | "community"; id: string; localPart: string };

/** The units and communities behind the given local parts (lower case), by primary key. */
export async function findFunctionalAddressees(
  db: Handle,
  localParts: readonly string[],
): Promise<Map<string, FunctionalAddressee>> {
  const found = new Map<string, FunctionalAddressee>();
  if (localParts.length === 0) return found;
  const rows = await db
    .selectFrom("mail_addresses")
    .selectAll()
    .where("local_part", "in", [...new Set(localParts)])
    .execute();
  for (const row of rows) {
    const addressee: FunctionalAddressee =
      row.unit_id !== null
        ? { type: "unit", id: row.unit_id, localPart: row.local_part }
        : { type: "community", id: row.community_id ?? "", localPart: row.local_part };
    found.set(row.local_part, addressee);
  }
  return found;
}

/** The functional address of a unit or a community, or null when it has none yet. */
export async function findMailAddressOf(
  db: Handle,
  target: { type: "unit" | "community"; id: string },
  mailDomain: string,
): Promise<string | null> {
  const row = await db
    .selectFrom("mail_addresses")
    .select("local_part")
    .where(target.type === "unit" ? "unit_id" : "community_id", "=", target.id)
    .executeTakeFirst();
  return row ? `${row.local_part}@${mailDomain}` : null;
}

/** Splits an address into lower-case local part and domain; null when it is not one. */
export function splitAddress(address: string): { local: string; domain: string } | null {
  const at = address.lastIndexOf("@");
  if (at <= 0 || at === address.length - 1) return null;
  return {
    local: address.slice(0, at).trim().toLowerCase(),
    domain: address
      .slice(at + 1)
      .trim()
      .toLowerCase(),
  };
}
