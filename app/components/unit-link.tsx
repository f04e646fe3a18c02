import type { UnitRef } from "@shared/schemas/organization";
import { Link } from "react-router";
import { useFormatters } from "../i18n/format";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";

/** A unit's name linking to its directory page, with its kind and country when abroad. */
export function UnitLink({ unit }: { unit: UnitRef }) {
  const t = useT();
  const format = useFormatters();
  const place = [unit.city, unit.countryCode === null ? null : format.country(unit.countryCode)]
    .filter((part) => part !== null && part !== "")
    .join(", ");
  return (
    <>
      <Link to={paths.unit(unit.id)}>{unit.name}</Link>{" "}
      <span className="fr-text--sm fr-text-mention--grey">
        ({t(`unitKind.${unit.kind}`)}
        {place === "" ? "" : ` — ${place}`})
      </span>
    </>
  );
}
