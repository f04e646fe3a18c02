import type { Me } from "@shared/schemas/people";
import { KeyValueList } from "../../../components/key-value-list";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";

type IdentitySummaryProps = { user: Me["user"]; detailed?: boolean };

/** Who the user is: name, function, organisation, principal unit; more lines on the profile. */
export function IdentitySummary({ user, detailed = false }: IdentitySummaryProps) {
  const t = useT();
  const format = useFormatters();
  const items = [
    { label: t("identity.name"), value: user.displayName },
    { label: t("identity.jobTitle"), value: user.jobTitle ?? t("common.notProvided") },
    { label: t("identity.organization"), value: user.organization.name },
    {
      label: t("identity.principalUnit"),
      value:
        user.principalUnit === null ? (
          t("common.notProvided")
        ) : (
          <UnitLink unit={user.principalUnit} />
        ),
    },
    { label: t("identity.email"), value: <a href={`mailto:${user.email}`}>{user.email}</a> },
  ];
  if (detailed) {
    items.push(
      { label: t("identity.givenName"), value: user.givenName },
      { label: t("identity.familyName"), value: user.familyName },
      { label: t("identity.nationality"), value: format.country(user.nationality) },
      {
        label: t("identity.status"),
        value: user.isExternal ? t("identity.external") : t("identity.stateAgent"),
      },
    );
  }
  return <KeyValueList items={items} />;
}
