import { SEDA_NAMESPACE, xmlText } from "../archives/seda.js";

/**
 * An ArchiveTransferReply as an archive (Vitam) answers a transfer: the reply code, the
 * transfer it answers and, for each archive unit, the identifier the archive gave it. Valid
 * against the SEDA 2.2 schemas (the tests check it).
 */
export function archiveTransferReplyXml(r: {
  messageRequestIdentifier: string;
  replyCode: string;
  units: ReadonlyMap<string, string>;
}): string {
  const units = [...r.units]
    .map(
      ([id, systemId]) =>
        `<ArchiveUnit id="${xmlText(id)}"><Content><Title>${xmlText(id)}</Title><SystemId>${xmlText(systemId)}</SystemId></Content></ArchiveUnit>`,
    )
    .join("");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<ArchiveTransferReply xmlns="${SEDA_NAMESPACE}" xmlns:xlink="http://www.w3.org/1999/xlink">`,
    "<Date>2026-11-29T09:00:00Z</Date>",
    "<MessageIdentifier>AN-ATR-2026-0001</MessageIdentifier>",
    "<CodeListVersions><ReplyCodeListVersion>ReplyCodeListVersion0</ReplyCodeListVersion></CodeListVersions>",
    units === ""
      ? ""
      : `<DataObjectPackage><DescriptiveMetadata>${units}</DescriptiveMetadata><ManagementMetadata/></DataObjectPackage>`,
    `<ReplyCode>${xmlText(r.replyCode)}</ReplyCode>`,
    `<MessageRequestIdentifier>${xmlText(r.messageRequestIdentifier)}</MessageRequestIdentifier>`,
    "<GrantDate>2026-11-29T09:00:00Z</GrantDate>",
    "<ArchivalAgency><Identifier>Archives-diplomatiques</Identifier></ArchivalAgency>",
    "<TransferringAgency><Identifier>MEAE</Identifier></TransferringAgency>",
    "</ArchiveTransferReply>",
  ].join("\n");
}
