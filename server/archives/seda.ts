/*
 * SEDA 2.2 messages, as pure functions of plain data: the ArchiveTransfer manifest of a transfer
 * package (https://www.francearchives.gouv.fr/seda/) and the reading of the archive's
 * ArchiveTransferReply. Nothing here touches the database or the disk; the element order follows
 * the official schemas (checked by xmllint in the tests).
 */

export const SEDA_NAMESPACE = "fr:gouv:culture:archivesdefrance:seda:v2.2";

/** One file of the package, described by a BinaryDataObject. */
export interface SedaBinaryObject {
  /** xml:ID of the object (an NCName). */
  id: string;
  /** "BinaryMaster_1" (the original), "Dissemination_1" (a rendering for reading) … */
  version: string;
  /** Path of the file inside the ZIP. */
  uri: string;
  sha512: string;
  size: number;
  mimeType: string;
  /** PRONOM identifier (fmt/…, x-fmt/…); null when the format is unknown. */
  formatId: string | null;
  formatName: string | null;
  filename: string;
}

export interface SedaRule {
  /** The rule's identifier in the archive's referential; ours name their duration. */
  ruleId: string;
  startDate: string | null;
}

/** One archive unit: a record, or an attachment nested under its record. */
export interface SedaArchiveUnit {
  id: string;
  descriptionLevel: "Item" | "File" | "RecordGrp";
  title: string;
  description: string | null;
  /** The filing plan's code of the record's series. */
  filePlanPosition: string | null;
  /** The portal's identifier (the reference number). */
  originatingSystemId: string | null;
  documentType: string | null;
  language: string | null;
  keywords: readonly string[];
  /** Countries the content covers (ISO codes). */
  spatial: readonly string[];
  originatingAgency: { identifier: string; name: string } | null;
  writer: string | null;
  createdDate: string | null;
  sentDate: string | null;
  /** Archive units of the same package this one answers or cites (REF links, replies). */
  references: readonly string[];
  /** Reference numbers of cited documents that are not in the package. */
  externalReferences: readonly string[];
  appraisal: (SedaRule & { finalAction: "Keep" | "Destroy" }) | null;
  access: SedaRule | null;
  classification: (SedaRule & { level: string; owner: string }) | null;
  objects: readonly SedaBinaryObject[];
  children: readonly SedaArchiveUnit[];
}

export interface SedaTransfer {
  messageIdentifier: string;
  /** ISO date-time of the message. */
  date: string;
  comment: string | null;
  archivalAgreement: string | null;
  archivalAgency: string;
  transferringAgency: string;
  originatingAgencyIdentifier: string;
  units: readonly SedaArchiveUnit[];
}

/** Escapes text for an XML element or attribute, dropping characters XML 1.0 cannot carry. */
export function xmlText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping them is the point.
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

/** An NCName usable as an xml:ID, from any identifier. */
export function xmlId(prefix: string, value: string): string {
  return `${prefix}-${value.replace(/[^A-Za-z0-9._-]/g, "_")}`;
}

const el = (name: string, value: string | null | undefined, attributes = "") =>
  value === null || value === undefined || value.trim() === ""
    ? ""
    : `<${name}${attributes}>${xmlText(value)}</${name}>`;

const toDate = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

function binaryObject(o: SedaBinaryObject): string {
  return [
    `<BinaryDataObject id="${xmlText(o.id)}">`,
    el("DataObjectVersion", o.version),
    el("Uri", o.uri),
    `<MessageDigest algorithm="SHA-512">${o.sha512}</MessageDigest>`,
    `<Size>${o.size}</Size>`,
    "<FormatIdentification>",
    el("FormatLitteral", o.formatName),
    el("MimeType", o.mimeType),
    el("FormatId", o.formatId),
    "</FormatIdentification>",
    `<FileInfo>${el("Filename", o.filename) || "<Filename/>"}</FileInfo>`,
    "</BinaryDataObject>",
  ].join("");
}

const groupIdOf = (unit: SedaArchiveUnit) => `${unit.id}-objects`;

function dataObjectGroups(units: readonly SedaArchiveUnit[]): string {
  return units
    .map(
      (u) =>
        (u.objects.length > 0
          ? `<DataObjectGroup id="${xmlText(groupIdOf(u))}">${u.objects.map(binaryObject).join("")}</DataObjectGroup>`
          : "") + dataObjectGroups(u.children),
    )
    .join("");
}

function management(u: SedaArchiveUnit): string {
  const rule = (r: SedaRule) =>
    `${el("Rule", r.ruleId)}${r.startDate ? el("StartDate", toDate(r.startDate)) : ""}`;
  const parts = [
    u.appraisal
      ? `<AppraisalRule>${rule(u.appraisal)}${el("FinalAction", u.appraisal.finalAction)}</AppraisalRule>`
      : "",
    u.access ? `<AccessRule>${rule(u.access)}</AccessRule>` : "",
    u.classification
      ? `<ClassificationRule>${rule(u.classification)}${el("ClassificationLevel", u.classification.level)}${el("ClassificationOwner", u.classification.owner)}</ClassificationRule>`
      : "",
  ].join("");
  return parts === "" ? "" : `<Management>${parts}</Management>`;
}

function content(u: SedaArchiveUnit): string {
  const relations = [
    ...u.references.map(
      (id) => `<References><ArchiveUnitRefId>${xmlText(id)}</ArchiveUnitRefId></References>`,
    ),
    ...u.externalReferences.map(
      (ref) => `<References>${el("ExternalReference", ref)}</References>`,
    ),
  ].join("");
  return [
    "<Content>",
    el("DescriptionLevel", u.descriptionLevel),
    el("Title", u.title) || "<Title>—</Title>",
    el("FilePlanPosition", u.filePlanPosition),
    el("OriginatingSystemId", u.originatingSystemId),
    el("Description", u.description),
    el("DocumentType", u.documentType),
    el("Language", u.language),
    el("DescriptionLanguage", u.language ? "fr" : null),
    ...u.keywords.map(
      (k) =>
        `<Keyword>${el("KeywordContent", k)}<KeywordType listVersionID="edition 2009">subject</KeywordType></Keyword>`,
    ),
    u.spatial.length > 0
      ? `<Coverage>${u.spatial.map((s) => el("Spatial", s)).join("")}</Coverage>`
      : "",
    u.originatingAgency
      ? `<OriginatingAgency>${el("Identifier", u.originatingAgency.identifier)}</OriginatingAgency>`
      : "",
    u.writer ? `<Writer>${el("FullName", u.writer)}</Writer>` : "",
    relations === "" ? "" : `<RelatedObjectReference>${relations}</RelatedObjectReference>`,
    el("CreatedDate", toDate(u.createdDate)),
    el("SentDate", toDate(u.sentDate)),
    "</Content>",
  ].join("");
}

function archiveUnit(u: SedaArchiveUnit): string {
  return [
    `<ArchiveUnit id="${xmlText(u.id)}">`,
    management(u),
    content(u),
    ...u.children.map(archiveUnit),
    u.objects.length > 0
      ? `<DataObjectReference><DataObjectGroupReferenceId>${xmlText(groupIdOf(u))}</DataObjectGroupReferenceId></DataObjectReference>`
      : "",
    "</ArchiveUnit>",
  ].join("");
}

/*
 * The manifest in parts, so a large transfer can be written piece by piece (transfer-package.ts
 * spools each unit's parts to disk): head, every unit's DataObjectGroups, the middle, every
 * ArchiveUnit, the tail.
 */

/** From the XML declaration to the opening of DataObjectPackage. */
export function sedaHead(t: Omit<SedaTransfer, "units">): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<ArchiveTransfer xmlns="${SEDA_NAMESPACE}" xmlns:xlink="http://www.w3.org/1999/xlink">`,
    el("Comment", t.comment),
    el("Date", t.date),
    el("MessageIdentifier", t.messageIdentifier),
    el("ArchivalAgreement", t.archivalAgreement),
    "<CodeListVersions>",
    "<ReplyCodeListVersion>ReplyCodeListVersion0</ReplyCodeListVersion>",
    "<MessageDigestAlgorithmCodeListVersion>MessageDigestAlgorithmCodeListVersion0</MessageDigestAlgorithmCodeListVersion>",
    "<MimeTypeCodeListVersion>MimeTypeCodeListVersion0</MimeTypeCodeListVersion>",
    "<FileFormatCodeListVersion>PRONOM</FileFormatCodeListVersion>",
    "<AppraisalRuleCodeListVersion>AppraisalRuleCodeListVersion0</AppraisalRuleCodeListVersion>",
    "<AccessRuleCodeListVersion>AccessRuleCodeListVersion0</AccessRuleCodeListVersion>",
    "<ClassificationRuleCodeListVersion>ClassificationRuleCodeListVersion0</ClassificationRuleCodeListVersion>",
    "</CodeListVersions>",
    "<DataObjectPackage>",
  ].join("");
}

/** The DataObjectGroups of a unit and of its nested units. */
export function sedaObjectGroups(unit: SedaArchiveUnit): string {
  return dataObjectGroups([unit]);
}

/** Between the last DataObjectGroup and the first ArchiveUnit. */
export const SEDA_MIDDLE = "<DescriptiveMetadata>";

/** One top-level ArchiveUnit (its nested units inside). */
export function sedaArchiveUnit(unit: SedaArchiveUnit): string {
  return archiveUnit(unit);
}

/** From the end of DescriptiveMetadata to the end of the message. */
export function sedaTail(t: Omit<SedaTransfer, "units">): string {
  return [
    "</DescriptiveMetadata>",
    "<ManagementMetadata>",
    el("OriginatingAgencyIdentifier", t.originatingAgencyIdentifier),
    el("SubmissionAgencyIdentifier", t.transferringAgency),
    "</ManagementMetadata>",
    "</DataObjectPackage>",
    `<ArchivalAgency>${el("Identifier", t.archivalAgency)}</ArchivalAgency>`,
    `<TransferringAgency>${el("Identifier", t.transferringAgency)}</TransferringAgency>`,
    "</ArchiveTransfer>\n",
  ].join("");
}

/** The ArchiveTransfer manifest (manifest.xml) of a transfer package, as a UTF-8 string. */
export function buildArchiveTransfer(t: SedaTransfer): string {
  return [
    sedaHead(t),
    t.units.map(sedaObjectGroups).join(""),
    SEDA_MIDDLE,
    t.units.map(sedaArchiveUnit).join(""),
    sedaTail(t),
  ].join("");
}
