import { z } from "zod";
import { ORGANIZATION_KINDS, UNIT_KINDS } from "../vocabulary.js";
import { CountryCode, Id, PageQuery, page, SearchText, singleLine } from "./common.js";

export const OrganizationRef = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
});
export type OrganizationRef = z.infer<typeof OrganizationRef>;

export const UnitRef = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(UNIT_KINDS),
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
});
export type UnitRef = z.infer<typeof UnitRef>;

export const UnitSummary = UnitRef.extend({
  organization: OrganizationRef,
  parentId: Id.nullable(),
});
export type UnitSummary = z.infer<typeof UnitSummary>;

export const UnitAbilities = z.object({ update: z.boolean(), createChild: z.boolean() });

export const UnitDetail = UnitSummary.extend({
  ancestors: z.array(UnitRef),
  children: z.array(UnitRef),
  memberCount: z.number().int(),
  abilities: UnitAbilities,
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitSearchQuery = PageQuery.extend({
  q: SearchText.optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  country: CountryCode.optional(),
  organizationId: Id.optional(),
  parentId: Id.optional(),
});
export const UnitPage = page(UnitSummary);
export type UnitPage = z.infer<typeof UnitPage>;

/** One node of the organisation chart; children nest. */
export type OrgChartNode = UnitRef & { children: OrgChartNode[] };
export const OrgChartNode: z.ZodType<OrgChartNode> = z.lazy(() =>
  UnitRef.extend({ children: z.array(OrgChartNode) }),
);
export const OrgChart = z.object({ organization: OrganizationRef, roots: z.array(OrgChartNode) });
export type OrgChart = z.infer<typeof OrgChart>;
export const OrgChartParams = z.strictObject({ organizationId: Id });

export const OrganizationList = z.object({ items: z.array(OrganizationRef) });
export type OrganizationList = z.infer<typeof OrganizationList>;

/** The network of posts abroad, grouped by country. */
export const PostNetwork = z.object({
  countries: z.array(z.object({ countryCode: z.string(), posts: z.array(UnitRef) })),
});
export type PostNetwork = z.infer<typeof PostNetwork>;

export const CreateUnitBody = z.strictObject({
  organizationId: Id,
  parentId: Id.nullable(),
  kind: z.enum(UNIT_KINDS),
  name: singleLine(200),
  shortName: singleLine(40),
  countryCode: CountryCode.nullable().default(null),
  city: singleLine(120).nullable().default(null),
});
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;

export const UpdateUnitBody = z
  .strictObject({
    parentId: Id.nullable(),
    name: singleLine(200),
    shortName: singleLine(40),
    countryCode: CountryCode.nullable(),
    city: singleLine(120).nullable(),
  })
  .partial();
export type UpdateUnitBody = z.infer<typeof UpdateUnitBody>;
