import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import {
  CHARTER_VERSION,
  type ClearanceLevel,
  type CommunityAccess,
  type CommunityKind,
  type MembershipRole,
  type OrganizationKind,
  type Role,
  type UnitKind,
} from "../../shared/vocabulary.js";
import { hashPassword } from "../auth/password.js";
import { stepAt, TOTP_PERIOD_SECONDS, totpCode } from "../auth/totp.js";
import { insertCommunity, insertMemberships } from "../communities/communities.repository.js";
import type { DB } from "../db/schema.js";
import { insertOrganization, insertUnit } from "../organization/organization.repository.js";
import { unitSearchText } from "../organization/organization.service.js";
import {
  insertAssignment,
  insertClearance,
  insertRole,
  insertUser,
} from "../people/people.repository.js";
import { personSearchText } from "../people/people-admin.service.js";
import { foldText } from "../search/text-fold.js";
import { DEMO_TOTP_SECRET } from "../seed/seed.js";

/*
 * Small factories that write real rows through the repositories, so tests state only what
 * matters to them. Every account shares one password, hashed once per test file.
 */

export const TEST_PASSWORD = "Test-Password-2026!";
let passwordHash: Promise<string> | undefined;
const now = () => new Date().toISOString();
let counter = 0;
const nextNumber = () => {
  counter += 1;
  return counter;
};

export async function makeOrganization(
  db: Kysely<DB>,
  o: { kind?: OrganizationKind; name?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const name = o.name ?? `Organisation ${nextNumber()}`;
  await insertOrganization(db, {
    id,
    kind: o.kind ?? "ministry",
    name,
    short_name: name.slice(0, 20),
    created_at: now(),
    updated_at: now(),
  });
  return id;
}

export async function makeUnit(
  db: Kysely<DB>,
  u: {
    organizationId: string;
    parentId?: string | null;
    kind?: UnitKind;
    name?: string;
    countryCode?: string | null;
    city?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const name = u.name ?? `Bureau ${nextNumber()}`;
  const city = u.city ?? null;
  await insertUnit(db, {
    id,
    organization_id: u.organizationId,
    parent_id: u.parentId ?? null,
    kind: u.kind ?? "office",
    name,
    short_name: name.slice(0, 30),
    country_code: u.countryCode ?? null,
    city,
    search_text: unitSearchText(name, name.slice(0, 30), city),
    sort_key: foldText(name),
    created_at: now(),
    updated_at: now(),
  });
  return id;
}

export interface MadeUser {
  id: string;
  email: string;
}

export async function makeUser(
  db: Kysely<DB>,
  u: {
    organizationId: string;
    unitId?: string;
    email?: string;
    givenName?: string;
    familyName?: string;
    nationality?: string;
    clearance?: ClearanceLevel | { level: ClearanceLevel; validFrom: string; validUntil: string };
    roles?: { role: Role; unitId?: string | null }[];
    status?: "active" | "disabled";
    charterAccepted?: boolean;
  },
): Promise<MadeUser> {
  const id = randomUUID();
  const n = nextNumber();
  const email = u.email ?? `agent${n}.${id.slice(0, 6)}@test.diplomatie.fr`;
  const givenName = u.givenName ?? "Agent";
  const familyName = u.familyName ?? `Numéro ${n}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  await insertUser(db, {
    id,
    organization_id: u.organizationId,
    email,
    given_name: givenName,
    family_name: familyName,
    display_name: `${givenName} ${familyName}`,
    job_title: null,
    nationality: u.nationality ?? "FR",
    status: u.status ?? "active",
    password_hash: await passwordHash,
    locale: "fr",
    charter_version: u.charterAccepted === false ? null : CHARTER_VERSION,
    charter_accepted_at: u.charterAccepted === false ? null : now(),
    search_text: personSearchText({ givenName, familyName, email, jobTitle: null }),
    sort_key: foldText(`${familyName} ${givenName}`),
    created_at: now(),
    updated_at: now(),
  });
  if (u.unitId) {
    await insertAssignment(db, {
      id: randomUUID(),
      user_id: id,
      unit_id: u.unitId,
      function: "Agent",
      is_principal: 1,
      starts_on: "2024-01-01",
      ends_on: null,
      created_at: now(),
    });
  }
  if (u.clearance) {
    const grant =
      typeof u.clearance === "string"
        ? { level: u.clearance, validFrom: "2024-01-01", validUntil: "2099-12-31" }
        : u.clearance;
    await insertClearance(db, {
      id: randomUUID(),
      user_id: id,
      level: grant.level,
      valid_from: grant.validFrom,
      valid_until: grant.validUntil,
      revoked_at: null,
      granted_by: null,
      created_at: now(),
    });
  }
  for (const r of u.roles ?? []) {
    await insertRole(db, {
      id: randomUUID(),
      user_id: id,
      role: r.role,
      unit_id: r.unitId ?? null,
      granted_at: now(),
      granted_by: null,
    });
  }
  return { id, email };
}

/** A community with its members (role "member" unless stated), written directly. */
export async function makeCommunity(
  db: Kysely<DB>,
  c: {
    name?: string;
    kind?: CommunityKind;
    access?: CommunityAccess;
    unitId?: string | null;
    members?: readonly (string | { userId: string; role: MembershipRole })[];
  } = {},
): Promise<string> {
  const id = randomUUID();
  const at = now();
  await insertCommunity(db, {
    id,
    name: c.name ?? `Communauté ${nextNumber()}`,
    description: "",
    kind: c.kind ?? "transverse",
    access: c.access ?? "open",
    unit_id: c.unitId ?? null,
    created_by: null,
    created_at: at,
    updated_at: at,
  });
  await insertMemberships(
    db,
    (c.members ?? []).map((m) => {
      const { userId, role } = typeof m === "string" ? { userId: m, role: "member" as const } : m;
      return { community_id: id, user_id: userId, role, origin: "direct", created_at: at };
    }),
  );
  return id;
}

/** What a test knows of a user's authenticator: its secret and the codes not used yet. */
interface TestAuthenticator {
  secret: string;
  lastStep: number;
  recoveryCodes: string[];
}
const authenticators = new Map<string, TestAuthenticator>();

/** The authenticator `signIn` enrolled for a user of this test file, to step up by hand. */
export const testAuthenticatorOf = (email: string) => authenticators.get(email.toLowerCase());

const cookieOf = (response: { cookies: { name: string; value: string }[] }) => {
  const cookie = response.cookies.find((c) => c.name === "diplomatie_session");
  if (!cookie) throw new Error("no session cookie");
  return `diplomatie_session=${cookie.value}`;
};

/**
 * Raises a session to two factors through the API, as the user would: the first time by
 * enrolling an authenticator, then with a fresh code — one step either side of now is accepted
 * once each; past those, one of the recovery codes.
 */
export async function stepUpAs(
  app: FastifyInstance,
  email: string,
  cookie: string,
  remoteAddress = "127.0.0.1",
) {
  const key = email.toLowerCase();
  let known = authenticators.get(key);
  if (!known) {
    const enrolment = await app.inject({
      method: "POST",
      url: "/api/me/totp",
      headers: { cookie },
      remoteAddress,
    });
    if (enrolment.statusCode === 200) {
      const secret: string = enrolment.json().secret;
      const now = Date.now();
      const confirm = await app.inject({
        method: "POST",
        url: "/api/me/totp/confirm",
        headers: { cookie },
        remoteAddress,
        payload: { code: totpCode(secret, now) },
      });
      if (confirm.statusCode !== 200) throw new Error(`TOTP confirmation failed: ${confirm.body}`);
      authenticators.set(key, {
        secret,
        lastStep: stepAt(now),
        recoveryCodes: confirm.json().recoveryCodes,
      });
      return cookieOf(confirm);
    }
    if (enrolment.json().error?.code !== "totp_already_enrolled") {
      throw new Error(`TOTP enrolment of ${email} failed: ${enrolment.body}`);
    }
    // Seeded demo accounts come enrolled with the demo's public secret.
    known = { secret: DEMO_TOTP_SECRET, lastStep: -1, recoveryCodes: [] };
    authenticators.set(key, known);
  }
  const now = Date.now();
  const lastStep = known.lastStep;
  const step = [-1, 0, 1].map((d) => stepAt(now) + d).find((s) => s > lastStep);
  let payload: { code: string } | { recoveryCode: string };
  if (step !== undefined) {
    known.lastStep = step;
    payload = { code: totpCode(known.secret, step * TOTP_PERIOD_SECONDS * 1000) };
  } else {
    const recoveryCode = known.recoveryCodes.shift();
    if (!recoveryCode) throw new Error(`no second factor left for ${email} in this step`);
    payload = { recoveryCode };
  }
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/step-up",
    headers: { cookie },
    remoteAddress,
    payload,
  });
  if (response.statusCode !== 200) throw new Error(`step-up of ${email} failed: ${response.body}`);
  return cookieOf(response);
}

/**
 * Signs in through the API and returns the session cookie to send back. Holders of a DR
 * clearance get a two-factor session (DR content needs one) unless `factors: 1` is asked.
 */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
  options: { factors?: 1 | 2; remoteAddress?: string } = {},
) {
  const remoteAddress = options.remoteAddress ?? "127.0.0.1";
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { email, password },
    remoteAddress,
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = cookieOf(response);
  const holdsDr = response.json().clearance.level === "DR";
  if (options.factors === 1 || (!holdsDr && options.factors !== 2)) return cookie;
  return stepUpAs(app, email, cookie, remoteAddress);
}
