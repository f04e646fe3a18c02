import { describe, expect, it } from "vitest";
import type { Subject } from "../policy/subject.js";
import { canReadPost, postAbilities } from "./feed.policy.js";

const agent: Subject = {
  userId: "a",
  organizationId: "ministry",
  isExternal: false,
  nationality: "FR",
  clearance: "NP",
  roles: [],
  unitIds: [],
  mfa: false,
};
const partner: Subject = { ...agent, userId: "p", organizationId: "company", isExternal: true };
const plain = { visibleToGuests: false, hidden: false };

describe("who reads a post", () => {
  it("members of any community; internal non-members of open ones only", () => {
    expect(canReadPost(agent, { access: "secret", role: "member" }, plain)).toBe(true);
    expect(canReadPost(agent, { access: "open", role: null }, plain)).toBe(true);
    expect(canReadPost(agent, { access: "on_request", role: null }, plain)).toBe(false);
    expect(canReadPost(partner, { access: "open", role: null }, plain)).toBe(false);
  });

  it("guests only what was released to them; hidden posts only managers", () => {
    const guest = { access: "open" as const, role: "guest" as const };
    expect(canReadPost(partner, guest, plain)).toBe(false);
    expect(canReadPost(partner, guest, { ...plain, visibleToGuests: true })).toBe(true);
    const hidden = { ...plain, hidden: true };
    expect(canReadPost(agent, { access: "open", role: "member" }, hidden)).toBe(false);
    expect(canReadPost(agent, { access: "open", role: "manager" }, hidden)).toBe(true);
  });

  it("managers pin and moderate; nobody comments on a hidden post", () => {
    expect(postAbilities({ access: "open", role: "member" }, plain)).toEqual({
      comment: true,
      react: true,
      pin: false,
      moderate: false,
    });
    expect(postAbilities({ access: "open", role: "manager" }, { ...plain, hidden: true })).toEqual({
      comment: false,
      react: false,
      pin: false,
      moderate: true,
    });
  });
});
