import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { DB } from "../../db/schema.js";
import { hasRole, type Subject } from "../../policy/subject.js";

/*
 * Who reviews the quarantine: platform administrators and archivists see every item; the
 * holders of a unit's release authority (`releaser`, the unit's head) see the items addressed
 * to their unit; a community's managers, those addressed to their community. Everyone else
 * sees nothing, and an item they may not see is a 404.
 */

/** Sees every quarantined item, including those no known addressee claims. */
export const reviewsAllMail = (subject: Subject) =>
  !subject.isExternal && (hasRole(subject, "platform_admin") || hasRole(subject, "archivist"));

/** Whether the quarantine page is worth showing to the subject (the SQL rule decides items). */
export const mayReviewQuarantine = (subject: Subject) =>
  reviewsAllMail(subject) || (!subject.isExternal && hasRole(subject, "releaser"));

/** Imports write dispatched correspondence for others: administrators and archivists only. */
export const mayImportMail = reviewsAllMail;

/** The read rule of quarantine items as an SQL condition on `inbound_messages`. */
export function reviewableInbound(
  subject: Subject,
): (eb: ExpressionBuilder<DB, "inbound_messages">) => Expression<SqlBool> {
  return (eb) => {
    if (subject.isExternal) return eb.lit(false);
    if (reviewsAllMail(subject)) return eb.lit(true);
    const releaserUnits = subject.roles
      .filter((r) => r.role === "releaser" && r.unitId !== null)
      .map((r) => r.unitId ?? "");
    return eb.exists(
      eb
        .selectFrom("inbound_message_addressees as a")
        .select("a.message_id")
        .whereRef("a.message_id", "=", "inbound_messages.id")
        .where((w) =>
          w.or([
            w.and([
              w("a.addressee_type", "=", "unit"),
              w("a.addressee_id", "in", releaserUnits.length > 0 ? releaserUnits : ["-"]),
            ]),
            w.and([
              w("a.addressee_type", "=", "community"),
              w(
                "a.addressee_id",
                "in",
                w
                  .selectFrom("memberships")
                  .select("memberships.community_id")
                  .where("memberships.user_id", "=", subject.userId)
                  .where("memberships.role", "=", "manager"),
              ),
            ]),
          ]),
        ),
    );
  };
}
