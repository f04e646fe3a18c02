import { XMLParser } from "fast-xml-parser";

/*
 * Reading the archive's SEDA 2.2 ArchiveTransferReply: which transfer it answers
 * (MessageRequestIdentifier), whether it was taken in (ReplyCode), and the identifier the
 * archive gave each of our archive units (its Content/SystemId, matched on the unit's id).
 * A DOCTYPE is refused outright: entity tricks (billion laughs, external entities) never reach
 * the parser.
 */

/** Reply codes that mean the archive took the transfer in (Vitam: OK, or WARNING with remarks). */
const ACCEPTING_CODES = new Set(["OK", "WARNING"]);

export interface TransferReply {
  messageIdentifier: string;
  messageRequestIdentifier: string;
  replyCode: string;
  accepted: boolean;
  grantDate: string | null;
  /** Our archive unit id → the archive's identifier for it. */
  unitIdentifiers: Map<string, string>;
}

export class InvalidTransferReply extends Error {
  override name = "InvalidTransferReply";
}

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value)
    return textOf((value as Node)["#text"]);
  return null;
}

function collectUnits(units: unknown, into: Map<string, string>) {
  for (const unit of asArray(units)) {
    if (!unit || typeof unit !== "object") continue;
    const node = unit as Node;
    const id = textOf(node["@_id"]);
    const content = node.Content as Node | undefined;
    const systemId =
      textOf(asArray(content?.SystemId)[0]) ??
      textOf(asArray(content?.ArchivalAgencyArchiveUnitIdentifier)[0]);
    if (id && systemId) into.set(id, systemId);
    collectUnits(node.ArchiveUnit, into);
  }
}

/** Parses an ArchiveTransferReply; throws InvalidTransferReply on anything else. */
export function parseArchiveTransferReply(xml: string): TransferReply {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new InvalidTransferReply("a DOCTYPE is not accepted");
  }
  let document: Node;
  try {
    document = new XMLParser({
      ignoreAttributes: false,
      removeNSPrefix: true,
      parseTagValue: false,
      processEntities: true,
      htmlEntities: false,
    }).parse(xml, true) as Node;
  } catch (error) {
    throw new InvalidTransferReply(`not well-formed XML: ${(error as Error).message}`);
  }
  const reply = document.ArchiveTransferReply as Node | undefined;
  if (!reply || typeof reply !== "object") {
    throw new InvalidTransferReply("the root element is not ArchiveTransferReply");
  }
  const messageIdentifier = textOf(reply.MessageIdentifier);
  const messageRequestIdentifier = textOf(reply.MessageRequestIdentifier);
  const replyCode = textOf(reply.ReplyCode);
  if (!messageIdentifier || !messageRequestIdentifier || !replyCode) {
    throw new InvalidTransferReply(
      "MessageIdentifier, MessageRequestIdentifier and ReplyCode are required",
    );
  }
  const unitIdentifiers = new Map<string, string>();
  const dataObjectPackage = reply.DataObjectPackage as Node | undefined;
  const descriptive = dataObjectPackage?.DescriptiveMetadata as Node | undefined;
  collectUnits(descriptive?.ArchiveUnit, unitIdentifiers);
  return {
    messageIdentifier,
    messageRequestIdentifier,
    replyCode,
    accepted: ACCEPTING_CODES.has(replyCode.toUpperCase()),
    grantDate: textOf(reply.GrantDate),
    unitIdentifiers,
  };
}
