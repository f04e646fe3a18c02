import type { Kysely } from "kysely";
import type { z } from "zod";
import type {
  Me,
  PeopleSearchQuery,
  PersonDetail,
  UpdateMyProfileBody,
} from "../../shared/schemas/people.js";
import { CHARTER_VERSION } from "../../shared/vocabulary.js";
import { visibleCommunities } from "../communities/communities.policy.js";
import {
  listCommunitiesOfUser,
  listVisibleCommunitiesOfUser,
} from "../communities/communities.repository.js";
import type { DB } from "../db/schema.js";
import { notFound } from "../errors.js";
import { type Actor, emit } from "../events/events.js";
// habilitation
import { canManageHabilitation, isSecurityOfficer } from "../habilitation/habilitation.policy.js";
import { decodeCursor, toPage } from "../http/cursor.js";
import { mayImportMail, mayReviewQuarantine } from "../mail/inbound/quarantine.policy.js";
import { can } from "../policy/policy.js";
import { effectiveClearance, hasRole, type Subject, todayUtc } from "../policy/subject.js";
import { queryTokens } from "../search/text-fold.js";
import { readablePeople } from "./people.policy.js";
import {
  presentEffectiveClearance,
  presentPersonDetail,
  presentPersonSummary,
} from "./people.presenter.js";
import {
  findPerson,
  findSubjectUser,
  listAssignments,
  listClearances,
  listCurrentUnitIds,
  listRoles,
  searchPeople,
  updateUserRow,
} from "./people.repository.js";
import { personSearchText } from "./people-admin.service.js";

/**
 * Loads what the policy knows of an active user, and whether they accepted the current
 * conditions of use; undefined if the user is unknown or disabled.
 */
export async function loadSignedInUser(
  db: Kysely<DB>,
  userId: string,
  assurance: { mfa: boolean },
  now: Date = new Date(),
): Promise<{ subject: Subject; charterAccepted: boolean } | undefined> {
  const user = await findSubjectUser(db, userId);
  if (user?.status !== "active") return undefined;
  const today = todayUtc(now);
  const [clearances, roles, unitIds] = await Promise.all([
    listClearances(db, [userId]),
    listRoles(db, [userId]),
    listCurrentUnitIds(db, userId, today),
  ]);
  const subject: Subject = {
    userId,
    organizationId: user.organization_id,
    isExternal: user.organization_kind !== "ministry",
    nationality: user.nationality,
    clearance: effectiveClearance(clearances, today).level,
    roles: roles.map((r) => ({ role: r.role, unitId: r.unit_id })),
    unitIds,
    mfa: assurance.mfa,
  };
  return { subject, charterAccepted: user.charter_version === CHARTER_VERSION };
}

/** Searches the directory of people the user may see, alphabetically. */
export async function searchPeopleDirectory(
  db: Kysely<DB>,
  subject: Subject,
  query: z.infer<typeof PeopleSearchQuery>,
) {
  const after = decodeCursor(query.cursor, ["string", "string"]) as [string, string] | undefined;
  const rows = await searchPeople(db, readablePeople(subject), {
    tokens: queryTokens(query.q),
    unitId: query.unitId,
    country: query.country,
    after,
    limit: query.limit,
    today: todayUtc(),
  });
  return toPage(rows, query.limit, presentPersonSummary, (r) => [r.sort_key, r.id]);
}

/** A person's directory page, or not found if the user may not see them. */
export async function getPerson(
  db: Kysely<DB>,
  subject: Subject,
  id: string,
): Promise<PersonDetail> {
  const row = await findPerson(db, id, todayUtc());
  const visible =
    row &&
    can(subject, "read", {
      type: "person",
      id: row.id,
      organizationId: row.organization_id,
      status: row.status,
    });
  if (!visible) throw notFound();
  const [assignments, roles, communities] = await Promise.all([
    listAssignments(db, [id]),
    listRoles(db, [id]),
    // Only the communities the viewer may know of: a secret one stays secret on a profile.
    listVisibleCommunitiesOfUser(db, visibleCommunities(subject), id),
  ]);
  return presentPersonDetail(row, assignments, roles, communities);
}

/** The user sets the languages they speak and their areas of expertise (searched in the directory). */
export async function updateMyProfile(
  db: Kysely<DB>,
  subject: Subject,
  actor: Actor,
  body: UpdateMyProfileBody,
): Promise<PersonDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await findPerson(trx, subject.userId, todayUtc());
    if (!row) throw notFound();
    const { expertise } = body;
    await updateUserRow(trx, subject.userId, {
      languages: body.languages.join(" "),
      expertise: JSON.stringify(expertise),
      search_text: personSearchText({
        givenName: row.given_name,
        familyName: row.family_name,
        email: row.email,
        jobTitle: row.job_title,
        expertise,
      }),
      updated_at: new Date().toISOString(),
    });
    await emit(trx, actor, {
      type: "profile.updated",
      target: { type: "user", id: subject.userId },
      details: { languages: body.languages, expertise },
    });
  });
  return getPerson(db, subject, subject.userId);
}

/** Everything the home page and the app shell need about the signed-in user. */
export async function describeMe(
  db: Kysely<DB>,
  subject: Subject,
  session: Me["session"],
): Promise<Me> {
  const today = todayUtc();
  const row = await findPerson(db, subject.userId, today);
  if (!row) throw notFound();
  const [assignments, roles, clearances, communities] = await Promise.all([
    listAssignments(db, [subject.userId]),
    listRoles(db, [subject.userId]),
    listClearances(db, [subject.userId]),
    listCommunitiesOfUser(db, subject.userId),
  ]);
  const platform = { type: "platform" } as const;
  return {
    user: {
      ...presentPersonDetail(
        row,
        assignments,
        roles,
        communities.map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          role: c.role,
          access: c.access,
        })),
      ),
      nationality: row.nationality,
      isExternal: subject.isExternal,
      locale: row.locale,
    },
    clearance: presentEffectiveClearance(clearances, row.nationality, today),
    communities: communities.map((c) => ({ id: c.id, name: c.name, kind: c.kind, role: c.role })),
    charter: {
      currentVersion: CHARTER_VERSION,
      acceptedVersion: row.charter_version,
      acceptedAt: row.charter_accepted_at,
      mustAccept: row.charter_version !== CHARTER_VERSION,
    },
    abilities: {
      administer: can(subject, "administer", platform),
      // A partner's directory is the contacts named for them (« Diffusions » page).
      browseDirectory: !subject.isExternal,
      readJournal: can(subject, "read_journal", platform),
      draftCorrespondence: !subject.isExternal && subject.unitIds.length > 0,
      // mail gateway — inbound
      reviewMailQuarantine: mayReviewQuarantine(subject),
      importMail: mayImportMail(subject),
      partnerPortal: subject.isExternal,
      managePartners: !subject.isExternal && hasRole(subject, "partner_manager"),
      manageReleases: !subject.isExternal && hasRole(subject, "releaser"),
      publish: !subject.isExternal && hasRole(subject, "communicator"),
      // habilitation
      manageHabilitation: canManageHabilitation(subject),
      manageClearances: isSecurityOfficer(subject),
      manageRecords: can(subject, "manage_records", platform),
      approveDisposal: can(subject, "approve_disposal", platform),
    },
    session,
  };
}
