import type { PersonSummary } from "@shared/schemas/people";
import { Link } from "react-router";
import { DataTable } from "../../../components/data-table";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";

type PeopleTableProps = { people: PersonSummary[]; caption: string };

/** People as a table: name (link to the card), function, principal unit, organisation. */
export function PeopleTable({ people, caption }: PeopleTableProps) {
  const t = useT();
  return (
    <DataTable
      caption={caption}
      headers={[
        t("people.name"),
        t("people.jobTitle"),
        t("people.principalUnit"),
        t("people.organization"),
      ]}
      rows={people.map((person) => ({
        key: person.id,
        cells: [
          <Link key="name" to={paths.person(person.id)}>
            {person.displayName}
          </Link>,
          person.jobTitle ?? "",
          person.principalUnit === null ? (
            ""
          ) : (
            <Link key="unit" to={paths.unit(person.principalUnit.id)}>
              {person.principalUnit.name}
            </Link>
          ),
          person.organization.shortName === "" ? (
            person.organization.name
          ) : (
            <abbr key="org" title={person.organization.name}>
              {person.organization.shortName}
            </abbr>
          ),
        ],
      }))}
    />
  );
}
