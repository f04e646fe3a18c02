import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { CorrespondenceDetail } from "@shared/schemas/correspondence";
import type { DistributionMode } from "@shared/vocabulary";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { type KeyValue, KeyValueList } from "../../../components/key-value-list";
import { MarkingBadge } from "../../../components/protection-badges";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { PrecedenceBadge } from "./precedence-badge";

type AddresseeRef = CorrespondenceDetail["content"]["addressees"][number];

/** An addressee's name as the server sent it, linking to the directory for units and people. */
function AddresseeLabel({
  addressee,
  name,
}: {
  addressee: AddresseeRef;
  name: string | undefined;
}) {
  const t = useT();
  switch (addressee.type) {
    case "unit":
      return name === undefined ? (
        t("addressee.unknownUnit")
      ) : (
        <Link to={paths.unit(addressee.id)}>{name}</Link>
      );
    case "user":
      return name === undefined ? (
        t("addressee.unknownPerson")
      ) : (
        <Link to={paths.person(addressee.id)}>{name}</Link>
      );
    case "community":
      return name ?? t("addressee.community");
  }
}

function AddresseesOfMode({
  detail,
  mode,
}: {
  detail: CorrespondenceDetail;
  mode: DistributionMode;
}) {
  const t = useT();
  const addressees = detail.content.addressees.filter((addressee) => addressee.mode === mode);
  if (addressees.length === 0) return <>{t("detail.none")}</>;
  return (
    <ul className="fr-m-0">
      {addressees.map((addressee) => (
        <li key={`${addressee.type}:${addressee.id}`}>
          <AddresseeLabel addressee={addressee} name={detail.addresseeNames[addressee.id]} />
        </li>
      ))}
    </ul>
  );
}

function TagList({ items }: { items: string[] }) {
  return (
    <ul className="fr-tags-group">
      {items.map((item) => (
        <li key={item}>
          <Tag small as="span">
            {item}
          </Tag>
        </li>
      ))}
    </ul>
  );
}

/**
 * The conventional header block of a correspondence: kind, number, precedence, marking,
 * originator and drafter, addressees for action then for information, tags, subject, REF.
 */
export function CorrespondenceHeader({ detail }: { detail: CorrespondenceDetail }) {
  const t = useT();
  const format = useFormatters();
  const { content } = detail;
  const orNone = (items: unknown[], node: ReactNode) =>
    items.length === 0 ? t("detail.none") : node;

  const items: KeyValue[] = [
    { label: t("detail.kind"), value: t(`correspondenceKind.${detail.kind}`) },
    { label: t("detail.reference"), value: detail.reference ?? t("correspondence.draft") },
    {
      label: t("detail.state"),
      value: t("detail.stateVersion", {
        state: t(`correspondenceState.${detail.state}`),
        version: detail.version,
      }),
    },
    { label: t("detail.precedence"), value: <PrecedenceBadge precedence={content.precedence} /> },
    { label: t("detail.marking"), value: <MarkingBadge marking={content.marking} /> },
    { label: t("detail.originUnit"), value: <UnitLink unit={detail.originUnit} /> },
    {
      label: t("detail.drafter"),
      value: <Link to={paths.person(detail.drafter.id)}>{detail.drafter.displayName}</Link>,
    },
    {
      label: t("addressees.mode.action"),
      value: <AddresseesOfMode detail={detail} mode="action" />,
    },
    { label: t("addressees.mode.info"), value: <AddresseesOfMode detail={detail} mode="info" /> },
    {
      label: t("detail.deadline"),
      value:
        content.actionDeadline === null ? t("detail.none") : format.date(content.actionDeadline),
    },
  ];
  if (detail.kind === "note" && content.note !== null) {
    items.push(
      { label: t("note.senderEntity"), value: content.note.senderEntity },
      { label: t("note.recipientEntity"), value: content.note.recipientEntity },
      { label: t("note.place"), value: content.note.place },
      { label: t("note.language"), value: t(`language.${content.note.language}`) },
    );
  }
  if (detail.kind === "formal_email" && content.email !== null) {
    items.push(
      { label: t("email.to"), value: orNone(content.email.to, content.email.to.join(", ")) },
      { label: t("email.cc"), value: orNone(content.email.cc, content.email.cc.join(", ")) },
    );
  }
  items.push(
    { label: t("detail.tags"), value: orNone(content.tags, <TagList items={content.tags} />) },
    {
      label: t("detail.countryTags"),
      value: orNone(
        content.countryTags,
        <TagList items={content.countryTags.map((code) => format.country(code))} />,
      ),
    },
    {
      label: t("detail.references"),
      value: orNone(
        content.references,
        <ul className="fr-m-0">
          {content.references.map((id, index) => {
            const label = detail.referenceLabels[id];
            return (
              <li key={id}>
                {label === undefined ? (
                  // A REF the reader may not read is named as such, never linked.
                  t("detail.referenceUnavailable", { number: index + 1 })
                ) : (
                  <Link to={paths.correspondenceDocument(id)}>
                    {t("detail.referenceLink", { number: index + 1, label })}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>,
      ),
    },
    { label: t("detail.subject"), value: content.subject },
  );
  return <KeyValueList items={items} />;
}
