import type { Kysely } from "kysely";
import { loadVisible } from "../../communities/communities.service.js";
import type { DB } from "../../db/schema.js";
import { AppError, notFound } from "../../errors.js";
import { readableUnits } from "../../organization/unit.policy.js";
import type { Subject } from "../../policy/subject.js";
import { ensureMailAddresses, findMailAddressOf } from "../addresses.js";

/** The functional address of a unit or community the subject may see (404 otherwise). */
export async function getMailAddress(
  db: Kysely<DB>,
  subject: Subject,
  target: { unitId?: string | undefined; communityId?: string | undefined },
  mailDomain: string,
): Promise<string | null> {
  if ((target.unitId === undefined) === (target.communityId === undefined)) {
    throw new AppError("invalid_input", [{ path: "/", problem: "one_of_unitId_communityId" }]);
  }
  if (target.unitId !== undefined) {
    const unit = await db
      .selectFrom("units")
      .select("id")
      .where("id", "=", target.unitId)
      .where(readableUnits(subject))
      .executeTakeFirst();
    if (!unit) throw notFound();
  } else {
    await loadVisible(db, subject, target.communityId ?? "");
  }
  const wanted =
    target.unitId !== undefined
      ? { type: "unit" as const, id: target.unitId }
      : { type: "community" as const, id: target.communityId ?? "" };
  const address = await findMailAddressOf(db, wanted, mailDomain);
  if (address !== null) return address;
  // Created since the addresses were last given out: give them now.
  await ensureMailAddresses(db);
  return findMailAddressOf(db, wanted, mailDomain);
}
