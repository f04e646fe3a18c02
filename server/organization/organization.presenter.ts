import type {
  OrganizationRef,
  OrgChartNode,
  PostNetwork,
  UnitRef,
  UnitSummary,
} from "../../shared/schemas/organization.js";
import type { OrganizationKind, UnitKind } from "../../shared/vocabulary.js";

interface UnitRefRow {
  id: string;
  kind: UnitKind;
  name: string;
  short_name: string;
  country_code: string | null;
  city: string | null;
}

interface UnitSummaryRow extends UnitRefRow {
  organization_id: string;
  parent_id: string | null;
  organization_name: string;
  organization_short_name: string;
  organization_kind: OrganizationKind;
}

/** A unit as other resources mention it. */
export function presentUnitRef(row: UnitRefRow): UnitRef {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    shortName: row.short_name,
    countryCode: row.country_code,
    city: row.city,
  };
}

export function presentOrganizationRef(row: {
  id: string;
  name: string;
  short_name: string;
  kind: OrganizationKind;
}): OrganizationRef {
  return { id: row.id, name: row.name, shortName: row.short_name, kind: row.kind };
}

/** A unit in a list, with its organisation. */
export function presentUnitSummary(row: UnitSummaryRow): UnitSummary {
  return {
    ...presentUnitRef(row),
    parentId: row.parent_id,
    organization: presentOrganizationRef({
      id: row.organization_id,
      name: row.organization_name,
      short_name: row.organization_short_name,
      kind: row.organization_kind,
    }),
  };
}

/** Nests an organisation's flat unit list into the org chart (parents before children). */
export function presentOrgChart(
  rows: (UnitRefRow & { parent_id: string | null })[],
): OrgChartNode[] {
  const nodes = new Map<string, OrgChartNode>();
  for (const row of rows) nodes.set(row.id, { ...presentUnitRef(row), children: [] });
  const roots: OrgChartNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id);
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    if (!node) continue;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Groups posts (already sorted by country) by country. */
export function presentPostNetwork(rows: UnitRefRow[]): PostNetwork {
  const countries: PostNetwork["countries"] = [];
  for (const row of rows) {
    const code = row.country_code ?? "";
    const last = countries.at(-1);
    if (last && last.countryCode === code) last.posts.push(presentUnitRef(row));
    else countries.push({ countryCode: code, posts: [presentUnitRef(row)] });
  }
  return { countries };
}
