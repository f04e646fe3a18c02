import type {
  FILING_CONDITION_NAMES,
  FilingConditions,
  FilingTestResult,
} from "../../shared/schemas/records.js";
import type { CorrespondenceKind, Marking } from "../../shared/vocabulary.js";

/*
 * The filing decision, pure: a document's filing facts against the ordered rules. Every
 * condition a rule states must hold; the first enabled rule by position whose series is open
 * and whose conditions hold wins. The trail says why each earlier rule did not.
 */

export interface FilingFacts {
  kind: CorrespondenceKind;
  originUnitId: string;
  /** The originating unit's ancestors (for rules that include sub-units). */
  originAncestorIds: readonly string[];
  addresseeUnitIds: readonly string[];
  /** Free tags and country tags, lower case. */
  tags: readonly string[];
  marking: Marking;
}

export interface RuleForMatching {
  id: string;
  position: number;
  name: string;
  seriesId: string;
  enabled: boolean;
  seriesClosed: boolean;
  conditions: FilingConditions;
}

type ConditionName = (typeof FILING_CONDITION_NAMES)[number];

/** The conditions of a rule that the document does not meet (empty: it matches). */
export function failedConditions(c: FilingConditions, facts: FilingFacts): ConditionName[] {
  const failed: ConditionName[] = [];
  if (c.kind !== undefined && c.kind !== facts.kind) failed.push("kind");
  if (c.originUnit !== undefined) {
    const { unitId, includeSubUnits } = c.originUnit;
    const holds =
      facts.originUnitId === unitId ||
      (includeSubUnits && facts.originAncestorIds.includes(unitId));
    if (!holds) failed.push("originUnit");
  }
  if (c.addresseeUnitId !== undefined && !facts.addresseeUnitIds.includes(c.addresseeUnitId)) {
    failed.push("addresseeUnitId");
  }
  if (c.tag !== undefined && !facts.tags.includes(c.tag.trim().toLowerCase())) failed.push("tag");
  if (c.marking !== undefined && c.marking !== facts.marking) failed.push("marking");
  return failed;
}

/** The winning rule (or none) and the trail of every rule evaluated up to it. */
export function chooseFilingRule(
  rules: readonly RuleForMatching[],
  facts: FilingFacts,
): { winner: RuleForMatching | null; trail: FilingTestResult["trail"] } {
  const trail: FilingTestResult["trail"] = [];
  const ordered = [...rules].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  for (const rule of ordered) {
    const base = { ruleId: rule.id, name: rule.name, position: rule.position };
    if (!rule.enabled) {
      trail.push({ ...base, outcome: "disabled", failed: [] });
      continue;
    }
    const failed = failedConditions(rule.conditions, facts);
    if (failed.length > 0) {
      trail.push({ ...base, outcome: "failed", failed });
      continue;
    }
    if (rule.seriesClosed) {
      trail.push({ ...base, outcome: "series_closed", failed: [] });
      continue;
    }
    trail.push({ ...base, outcome: "matched", failed: [] });
    return { winner: rule, trail };
  }
  return { winner: null, trail };
}
