import { describe, expect, it } from "vitest";
import { MARKINGS, type Marking } from "../../shared/vocabulary.js";
import {
  clearanceCovers,
  entitledToMarking,
  isClassifiedMarking,
  needsStepUp,
  readableMarkings,
} from "./marking.policy.js";
import { canReadContent, hasNeedToKnow, RELATIONS, type Relation } from "./need-to-know.policy.js";
import { can } from "./policy.js";
import { effectiveClearance, type Subject } from "./subject.js";

const base: Subject = {
  userId: "u",
  organizationId: "meae",
  isExternal: false,
  nationality: "FR",
  clearance: "NP",
  roles: [],
  unitIds: [],
  mfa: true,
};

/** One subject per kind of person the portal serves. */
const SUBJECTS = {
  "intern without clearance": { ...base },
  "French agent cleared DR": { ...base, clearance: "DR" },
  "locally recruited agent cleared DR": { ...base, clearance: "DR", nationality: "US" },
  "platform admin without clearance": {
    ...base,
    roles: [{ role: "platform_admin", unitId: null }],
  },
  "platform admin cleared DR": {
    ...base,
    clearance: "DR",
    roles: [{ role: "platform_admin", unitId: null }],
  },
  "archivist cleared DR": {
    ...base,
    clearance: "DR",
    roles: [{ role: "archivist", unitId: null }],
  },
  "releaser cleared DR": {
    ...base,
    clearance: "DR",
    roles: [{ role: "releaser", unitId: "post" }],
  },
  "external company user": { ...base, organizationId: "company", isExternal: true },
} satisfies Record<string, Subject>;
type SubjectName = keyof typeof SUBJECTS;

/**
 * The marking rule written out in full, as a reader of the instruction on protection markings
 * would state it: which markings each kind of person may read, given a reason to.
 */
const READABLE: Record<SubjectName, Marking[]> = {
  "intern without clearance": ["NP"],
  "French agent cleared DR": ["NP", "DR", "DR-SF"],
  "locally recruited agent cleared DR": ["NP", "DR"],
  "platform admin without clearance": ["NP"],
  "platform admin cleared DR": ["NP", "DR", "DR-SF"],
  "archivist cleared DR": ["NP", "DR", "DR-SF"],
  "releaser cleared DR": ["NP", "DR", "DR-SF"],
  "external company user": ["NP"],
};

const INTERNAL_REASONS: Relation[] = ["drafter", "circuit", "addressee", "community_member"];

describe("roles × markings × relations", () => {
  const names = Object.keys(SUBJECTS) as SubjectName[];
  const relationSets: Relation[][] = [[], ...RELATIONS.map((r) => [r]), [...INTERNAL_REASONS]];

  for (const name of names) {
    const subject: Subject = SUBJECTS[name];
    for (const marking of MARKINGS) {
      for (const relations of relationSets) {
        const label = relations.length ? relations.join("+") : "no relation";
        const expected =
          READABLE[name].includes(marking) &&
          (subject.isExternal
            ? relations.includes("released")
            : relations.some((r) => INTERNAL_REASONS.includes(r)));
        it(`${name} ${expected ? "reads" : "cannot read"} ${marking} content with ${label}`, () => {
          expect(canReadContent(subject, { marking, relations: new Set(relations) })).toBe(
            expected,
          );
        });
      }
    }
  }

  it("no role grants a reason to read: an admin with no relation reads nothing", () => {
    const admin = SUBJECTS["platform admin cleared DR"];
    for (const marking of MARKINGS) {
      expect(canReadContent(admin, { marking, relations: new Set() })).toBe(false);
    }
  });

  it("an external user's internal relations never count without a release decision", () => {
    const external = SUBJECTS["external company user"];
    expect(hasNeedToKnow(external, new Set(INTERNAL_REASONS))).toBe(false);
    expect(hasNeedToKnow(external, new Set(["released"]))).toBe(true);
  });

  it("a release decision is no reason for an internal agent", () => {
    expect(hasNeedToKnow(SUBJECTS["French agent cleared DR"], new Set(["released"]))).toBe(false);
  });

  it("readableMarkings is the set form of clearanceCovers", () => {
    for (const name of names) {
      const subject: Subject = SUBJECTS[name];
      expect(readableMarkings(subject)).toEqual(READABLE[name]);
      for (const m of MARKINGS) {
        expect(clearanceCovers(subject, m)).toBe(READABLE[name].includes(m));
      }
    }
  });
});

describe("effective clearance", () => {
  const today = "2026-11-28";
  const grant = (
    level: "NP" | "DR",
    from: string,
    until: string,
    revoked: string | null = null,
  ) => ({
    level,
    valid_from: from,
    valid_until: until,
    revoked_at: revoked,
  });

  it("counts a valid DR grant as DR until its last day included", () => {
    expect(effectiveClearance([grant("DR", "2025-01-01", today)], today).level).toBe("DR");
  });
  it("counts an expired DR grant as NP", () => {
    expect(effectiveClearance([grant("DR", "2020-01-01", "2026-11-27")], today)).toEqual({
      level: "NP",
      validUntil: null,
    });
  });
  it("counts a grant that has not started yet as NP", () => {
    expect(effectiveClearance([grant("DR", "2026-12-01", "2030-01-01")], today).level).toBe("NP");
  });
  it("counts a revoked grant as NP", () => {
    const revoked = grant("DR", "2025-01-01", "2030-01-01", "2026-11-01T10:00:00.000Z");
    expect(effectiveClearance([revoked], today).level).toBe("NP");
  });
  it("keeps the latest-ending of several valid DR grants", () => {
    const grants = [
      grant("DR", "2025-01-01", "2027-01-01"),
      grant("DR", "2026-01-01", "2029-01-01"),
    ];
    expect(effectiveClearance(grants, today)).toEqual({ level: "DR", validUntil: "2029-01-01" });
  });
});

describe("platform abilities", () => {
  it("only platform admins administer; admins and archivists read the journal", () => {
    const platform = { type: "platform" } as const;
    const expectations: [SubjectName, boolean, boolean][] = [
      ["intern without clearance", false, false],
      ["French agent cleared DR", false, false],
      ["platform admin without clearance", true, true],
      ["archivist cleared DR", false, true],
      ["releaser cleared DR", false, false],
      ["external company user", false, false],
    ];
    for (const [name, administer, readJournal] of expectations) {
      expect(can(SUBJECTS[name], "administer", platform), name).toBe(administer);
      expect(can(SUBJECTS[name], "read_journal", platform), name).toBe(readJournal);
    }
  });

  it("directory: an external user sees only their organisation's people and units", () => {
    const external = SUBJECTS["external company user"];
    const colleague = {
      type: "person",
      id: "c",
      organizationId: "company",
      status: "active",
    } as const;
    const agent = { type: "person", id: "a", organizationId: "meae", status: "active" } as const;
    expect(can(external, "read", colleague)).toBe(true);
    expect(can(external, "read", agent)).toBe(false);
    expect(can(external, "read", { type: "unit", id: "x", organizationId: "meae" })).toBe(false);
    expect(can(SUBJECTS["intern without clearance"], "read", agent)).toBe(true);
  });

  it("a disabled account is visible to platform admins only", () => {
    const disabled = {
      type: "person",
      id: "d",
      organizationId: "meae",
      status: "disabled",
    } as const;
    expect(can(SUBJECTS["French agent cleared DR"], "read", disabled)).toBe(false);
    expect(can(SUBJECTS["platform admin without clearance"], "read", disabled)).toBe(true);
  });
});

describe("classified markings", () => {
  it.each([
    "Secret",
    "SECRET",
    "Très Secret",
    "TRES SECRET",
    "très-secret",
    "Secret Défense",
    "Confidentiel Défense",
    "CD",
    "TS",
    "S",
  ])("recognises %s as classified", (value) => {
    expect(isClassifiedMarking(value)).toBe(true);
  });
  it.each(["NP", "DR", "DR-SF", "Diffusion Restreinte"])("does not treat %s as classified", (v) => {
    expect(isClassifiedMarking(v)).toBe(false);
  });
});

describe("the second factor for protected markings", () => {
  it.each(Object.keys(SUBJECTS) as SubjectName[])(
    "%s, signed in with one factor, reads only NP and is offered the step-up for the rest",
    (name) => {
      const oneFactor: Subject = { ...SUBJECTS[name], mfa: false };
      expect(readableMarkings(oneFactor)).toEqual(["NP"]);
      for (const marking of MARKINGS) {
        expect(entitledToMarking(oneFactor, marking)).toBe(READABLE[name].includes(marking));
        expect(needsStepUp(oneFactor, marking)).toBe(
          marking !== "NP" && READABLE[name].includes(marking),
        );
        expect(needsStepUp(SUBJECTS[name], marking)).toBe(false);
      }
      expect(
        canReadContent(oneFactor, { marking: "DR", relations: new Set<Relation>(["drafter"]) }),
      ).toBe(false);
    },
  );
});
