import type { Expression, ExpressionBuilder, QueryCreator, SqlBool } from "kysely";
import type { CorrespondenceState, Marking } from "../../shared/vocabulary.js";
import type { DB } from "../db/schema.js";
import { readableMarkings } from "../policy/marking.policy.js";
import type { Subject } from "../policy/subject.js";

/**
 * The markings of correspondence the subject may read: NP alone for a partner (whatever its
 * clearance), what the clearance covers otherwise. The marking half of the read rule, also used
 * to narrow candidates before the rule decides (search, type-ahead, home).
 */
export function correspondenceMarkings(subject: Subject): Marking[] {
  return subject.isExternal ? ["NP"] : readableMarkings(subject);
}

/*
 * Who may read a correspondence: the marking rule (clearance covers the marking, French
 * nationality for DR-SF) AND a need to know — drafter, co-editor, circuit participant (for a
 * unit's step, its head: the holder of its release authority), or, once
 * dispatched, an addressee directly, through one of their units or one of their communities, or a
 * member of the originating unit. External users (partners) read only what a release decision
 * gives their organisation (`releasedTo`): NP, dispatched, released to all partners, to one of
 * their sectors or countries, or to them by name, not withdrawn and past its embargo — and
 * nothing else, whatever their units or memberships. One SQL condition serves lists and single
 * reads alike.
 */
export function readableCorrespondence(subject: Subject) {
  return (eb: ExpressionBuilder<DB, "correspondences">) => {
    if (subject.isExternal) {
      return eb.and([
        eb("correspondences.marking", "in", correspondenceMarkings(subject)),
        eb("correspondences.state", "=", "dispatched"),
        releasedTo(eb, eb.val(subject.organizationId), new Date().toISOString()),
      ]);
    }
    const me = subject.userId;
    const myUnits = subject.unitIds.length > 0 ? [...subject.unitIds] : ["-"];
    // A unit's circuit step is decided by its head (release authority), not by every member.
    const releaserUnits = subject.roles.flatMap((r) =>
      r.role === "releaser" && r.unitId ? [r.unitId] : [],
    );
    const headOf = releaserUnits.length > 0 ? releaserUnits : ["-"];
    const dispatched = eb("correspondences.state", "=", "dispatched");
    // Cheapest first: SQLite evaluates the branches in order and stops at the first true one,
    // so the row's own columns come before the lookups, the most common relation (a
    // distribution) before the rarer ones (co-editor, circuit).
    return eb.and([
      eb("correspondences.marking", "in", correspondenceMarkings(subject)),
      eb.or([
        eb("correspondences.drafter_id", "=", me),
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
      ]),
    ]);
  };
}

/**
 * A live release of the current correspondence row to an organisation (given as an expression,
 * so the same rule serves a subject and a `users` row): not withdrawn, past its embargo, and for
 * all partners or targeted at the organisation, one of its sectors or one of its countries.
 */
function releasedTo(
  eb: ExpressionBuilder<DB, "correspondences"> | ExpressionBuilder<DB, "users">,
  organizationId: Expression<string>,
  now: string,
  correspondenceId: Expression<string> | null = null,
): Expression<SqlBool> {
  const b = eb as unknown as ExpressionBuilder<DB, "correspondences">;
  return b.exists(
    b
      .selectFrom("releases as rl")
      .select("rl.id")
      .where("rl.correspondence_id", "=", correspondenceId ?? b.ref("correspondences.id"))
      .where("rl.withdrawn_at", "is", null)
      .where((r) => r.or([r("rl.embargo_until", "is", null), r("rl.embargo_until", "<=", now)]))
      .where((r) =>
        r.or([
          r("rl.audience", "=", "all"),
          r.exists(
            r
              .selectFrom("release_targets as rt")
              .select("rt.release_id")
              .whereRef("rt.release_id", "=", "rl.id")
              .where((t) =>
                t.or([
                  t.and([
                    t("rt.target_type", "=", "organization"),
                    t("rt.target_value", "=", organizationId),
                  ]),
                  t.and([
                    t("rt.target_type", "=", "sector"),
                    t(
                      "rt.target_value",
                      "in",
                      t
                        .selectFrom("partner_sectors as ps")
                        .select("ps.sector")
                        .where("ps.organization_id", "=", organizationId),
                    ),
                  ]),
                  t.and([
                    t("rt.target_type", "=", "country"),
                    t(
                      "rt.target_value",
                      "in",
                      t
                        .selectFrom("partner_countries as pc")
                        .select("pc.country_code")
                        .where("pc.organization_id", "=", organizationId),
                    ),
                  ]),
                ]),
              ),
          ),
        ]),
      ),
  );
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

/**
 * The read rule of `readableCorrespondence`, turned around: a SQL condition on `users` that holds
 * for every active user who may read this one correspondence today. It states the same facts
 * (marking and clearance of the day, nationality for DR-SF, internal agent, drafter, co-editor,
 * circuit, originating unit, addressee directly, by unit or by community — or, for a partner's
 * account, a live release to their organisation) so that a whole community can be checked in one
 * query; tests hold the two forms to the same answers.
 */
export function correspondenceReaders(
  c: {
    id: string;
    marking: Marking;
    state: CorrespondenceState;
    drafterId: string;
    originUnitId: string;
  },
  today: string,
) {
  return (eb: ExpressionBuilder<DB, "users">) => {
    const currentUnitsOfUser = eb
      .selectFrom("assignments as a")
      .select("a.unit_id")
      .whereRef("a.user_id", "=", "users.id")
      .where("a.starts_on", "<=", today)
      .where((a) => a.or([a("a.ends_on", "is", null), a("a.ends_on", ">=", today)]));
    const holdsDr = eb.exists(
      eb
        .selectFrom("clearances as cl")
        .select("cl.id")
        .whereRef("cl.user_id", "=", "users.id")
        .where("cl.level", "=", "DR")
        .where("cl.revoked_at", "is", null)
        .where("cl.valid_from", "<=", today)
        .where("cl.valid_until", ">=", today),
    );
    const markingCovered =
      c.marking === "NP"
        ? eb.lit(true)
        : c.marking === "DR"
          ? holdsDr
          : eb.and([holdsDr, eb("users.nationality", "=", "FR")]);
    const dispatched = c.state === "dispatched";
    const relations = [
      eb("users.id", "=", c.drafterId),
      eb.exists(
        eb
          .selectFrom("correspondence_editors as ce")
          .select("ce.user_id")
          .where("ce.correspondence_id", "=", c.id)
          .whereRef("ce.user_id", "=", "users.id"),
      ),
      eb.exists(
        eb
          .selectFrom("circuit_steps as cs")
          .select("cs.id")
          .where("cs.correspondence_id", "=", c.id)
          .where((s) =>
            s.or([
              s("cs.assignee_user_id", "=", s.ref("users.id")),
              s(
                "cs.assignee_unit_id",
                "in",
                s
                  .selectFrom("user_roles as r")
                  .select("r.unit_id")
                  .whereRef("r.user_id", "=", "users.id")
                  .where("r.role", "=", "releaser"),
              ),
            ]),
          ),
      ),
    ];
    if (dispatched) {
      relations.push(
        eb(eb.val(c.originUnitId), "in", currentUnitsOfUser),
        eb.exists(
          eb
            .selectFrom("distributions as d")
            .select("d.id")
            .where("d.correspondence_id", "=", c.id)
            .where((d) =>
              d.or([
                d.and([
                  d("d.addressee_type", "=", "user"),
                  d("d.addressee_id", "=", d.ref("users.id")),
                ]),
                d.and([
                  d("d.addressee_type", "=", "unit"),
                  d("d.addressee_id", "in", currentUnitsOfUser),
                ]),
                d.and([
                  d("d.addressee_type", "=", "community"),
                  d(
                    "d.addressee_id",
                    "in",
                    d
                      .selectFrom("memberships as mm")
                      .select("mm.community_id")
                      .whereRef("mm.user_id", "=", "users.id"),
                  ),
                ]),
              ]),
            ),
        ),
      );
    }
    const ministries = eb
      .selectFrom("organizations as o")
      .select("o.id")
      .where("o.kind", "=", "ministry");
    const partners =
      c.marking === "NP" && dispatched
        ? [
            eb.and([
              eb("users.organization_id", "not in", ministries),
              releasedTo(
                eb,
                eb.ref("users.organization_id"),
                new Date().toISOString(),
                eb.val(c.id),
              ),
            ]),
          ]
        : [];
    return eb.and([
      eb("users.status", "=", "active"),
      eb.or([
        eb.and([eb("users.organization_id", "in", ministries), markingCovered, eb.or(relations)]),
        ...partners,
      ]),
    ]);
  };
}

/**
 * The ids of every correspondence the subject has a relation to — drafter, co-editor, circuit
 * participant, addressee (directly, through a unit or a community), member of the originating
 * unit — whatever its marking or state: a superset of what `readableCorrespondence` lets them
 * read. A search without text, and a partner's search, start from this set (the reader's side,
 * through the relations' indexes) and still apply `readableCorrespondence`; a text search gets
 * the same relations from the full-text index instead (search/audience.ts).
 */
export function relatedCorrespondenceIds(db: QueryCreator<DB>, subject: Subject) {
  if (subject.isExternal) {
    // A partner's relations are its releases (by name, sector, country or to all), live or not.
    return db
      .selectFrom("releases as rr")
      .select("rr.correspondence_id as id")
      .where("rr.withdrawn_at", "is", null);
  }
  const me = subject.userId;
  const myUnits = subject.unitIds.length > 0 ? [...subject.unitIds] : ["-"];
  const releaserUnits = subject.roles.flatMap((r) =>
    r.role === "releaser" && r.unitId ? [r.unitId] : [],
  );
  const headOf = releaserUnits.length > 0 ? releaserUnits : ["-"];
  return db
    .selectFrom("distributions as rd")
    .select("rd.correspondence_id as id")
    .where((d) =>
      d.or([
        d.and([d("rd.addressee_type", "=", "user"), d("rd.addressee_id", "=", me)]),
        d.and([d("rd.addressee_type", "=", "unit"), d("rd.addressee_id", "in", myUnits)]),
        d.and([
          d("rd.addressee_type", "=", "community"),
          d(
            "rd.addressee_id",
            "in",
            d.selectFrom("memberships").select("community_id").where("user_id", "=", me),
          ),
        ]),
      ]),
    )
    .union(
      db
        .selectFrom("correspondences as ro")
        .select("ro.id")
        .where("ro.origin_unit_id", "in", myUnits),
    )
    .union(db.selectFrom("correspondences as rw").select("rw.id").where("rw.drafter_id", "=", me))
    .union(
      db
        .selectFrom("correspondence_editors as re")
        .select("re.correspondence_id as id")
        .where("re.user_id", "=", me),
    )
    .union(
      db
        .selectFrom("circuit_steps as rc")
        .select("rc.correspondence_id as id")
        .where((c) =>
          c.or([c("rc.assignee_user_id", "=", me), c("rc.assignee_unit_id", "in", headOf)]),
        ),
    );
}
