import { describe, expect, it } from "vitest";
import { chooseFilingRule, type FilingFacts, type RuleForMatching } from "./filing-match.js";

const facts: FilingFacts = {
  kind: "telegram",
  originUnitId: "washington",
  originAncestorIds: ["meae"],
  addresseeUnitIds: ["damc", "berlin"],
  tags: ["commerce", "us"],
  marking: "DR",
};

const rule = (
  id: string,
  position: number,
  conditions: RuleForMatching["conditions"],
  extra: Partial<RuleForMatching> = {},
): RuleForMatching => ({
  id,
  position,
  name: id,
  seriesId: `series-${id}`,
  enabled: true,
  seriesClosed: false,
  conditions,
  ...extra,
});

describe("choosing a filing rule", () => {
  it("takes the first enabled rule by position whose every condition holds", () => {
    const { winner, trail } = chooseFilingRule(
      [
        rule("catch-all", 9, {}),
        rule("note", 1, { kind: "note" }),
        rule("off", 2, { kind: "telegram" }, { enabled: false }),
        rule("closed", 3, { tag: "commerce" }, { seriesClosed: true }),
        rule("damc-dr", 4, { addresseeUnitId: "damc", marking: "DR", tag: "US" }),
      ],
      facts,
    );
    expect(winner?.id).toBe("damc-dr");
    expect(trail.map((s) => [s.ruleId, s.outcome, s.failed])).toEqual([
      ["note", "failed", ["kind"]],
      ["off", "disabled", []],
      ["closed", "series_closed", []],
      ["damc-dr", "matched", []],
    ]);
  });

  it("matches an originating unit's sub-units only when the rule says so", () => {
    const withSub = rule("meae-all", 1, { originUnit: { unitId: "meae", includeSubUnits: true } });
    const exact = rule("meae-only", 1, { originUnit: { unitId: "meae", includeSubUnits: false } });
    expect(chooseFilingRule([withSub], facts).winner?.id).toBe("meae-all");
    const none = chooseFilingRule([exact], facts);
    expect(none.winner).toBeNull();
    expect(none.trail[0]?.failed).toEqual(["originUnit"]);
  });

  it("lists every condition that failed", () => {
    const { trail } = chooseFilingRule(
      [rule("all-wrong", 1, { kind: "note", addresseeUnitId: "x", tag: "climat", marking: "NP" })],
      facts,
    );
    expect(trail[0]?.failed).toEqual(["kind", "addresseeUnitId", "tag", "marking"]);
  });
});
