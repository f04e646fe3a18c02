import type { ExpressionBuilder } from "kysely";
import type { DB } from "../db/schema.js";
import { readableMarkings } from "../policy/marking.policy.js";
import type { Subject } from "../policy/subject.js";

/*
 * Who may read a correspondence: the marking rule (clearance covers the marking, French
 * nationality for DR-SF) AND a need to know — drafter, co-editor, circuit participant (for a
 * unit's step, its head: the holder of its release authority), or, once
 * dispatched, an addressee directly, through one of their units or one of their communities, or a
 * member of the originating unit. External users need a release decision, which does not exist
 * yet: they read no correspondence. One SQL condition serves lists and single reads alike.
 */
export function readableCorrespondence(subject: Subject) {
  return (eb: ExpressionBuilder<DB, "correspondences">) => {
    if (subject.isExternal) return eb.lit(false);
    const me = subject.userId;
    const myUnits = subject.unitIds.length > 0 ? [...subject.unitIds] : ["-"];
    // A unit's circuit step is decided by its head (release authority), not by every member.
    const releaserUnits = subject.roles.flatMap((r) =>
      r.role === "releaser" && r.unitId ? [r.unitId] : [],
    );
    const headOf = releaserUnits.length > 0 ? releaserUnits : ["-"];
    const dispatched = eb("correspondences.state", "=", "dispatched");
    return eb.and([
      eb("correspondences.marking", "in", readableMarkings(subject)),
      eb.or([
        eb("correspondences.drafter_id", "=", me),
        eb.exists(
          eb
            .selectFrom("correspondence_editors as ce")
            .select("ce.user_id")
            .whereRef("ce.correspondence_id", "=", "correspondences.id")
            .where("ce.user_id", "=", me),
        ),
        eb.exists(
          eb
            .selectFrom("circuit_steps as cs")
            .select("cs.id")
            .whereRef("cs.correspondence_id", "=", "correspondences.id")
            .where((s) =>
              s.or([s("cs.assignee_user_id", "=", me), s("cs.assignee_unit_id", "in", headOf)]),
            ),
        ),
        eb.and([dispatched, eb("correspondences.origin_unit_id", "in", myUnits)]),
        eb.and([
          dispatched,
          eb.exists(
            eb
              .selectFrom("distributions as d")
              .select("d.id")
              .whereRef("d.correspondence_id", "=", "correspondences.id")
              .where((d) =>
                d.or([
                  d.and([d("d.addressee_type", "=", "user"), d("d.addressee_id", "=", me)]),
                  d.and([d("d.addressee_type", "=", "unit"), d("d.addressee_id", "in", myUnits)]),
                  d.and([
                    d("d.addressee_type", "=", "community"),
                    d(
                      "d.addressee_id",
                      "in",
                      d.selectFrom("memberships").select("community_id").where("user_id", "=", me),
                    ),
                  ]),
                ]),
              ),
          ),
        ]),
      ]),
    ]);
  };
}

/**
 * What the subject could read after a step-up: the same rule for a two-factor session. Lists use
 * it to show an entitled one-factor reader their DR rows without content.
 */
export const entitledCorrespondence = (subject: Subject) =>
  readableCorrespondence({ ...subject, mfa: true });

/** Whether the subject may change a draft: its drafter or a co-editor, while it is a draft. */
export function canEditDraft(
  subject: Subject,
  draft: { state: string; drafterId: string; editorIds: readonly string[] },
): boolean {
  return (
    draft.state === "draft" &&
    (draft.drafterId === subject.userId || draft.editorIds.includes(subject.userId))
  );
}
