import { Tag } from "@codegouvfr/react-dsfr/Tag";
import type { Assignment } from "@shared/schemas/people";
import { UnitLink } from "../../../components/unit-link";
import { useFormatters } from "../../../i18n/format";
import { useT } from "../../../i18n/use-t";

/** A person's assignments, the principal one first, each with its unit and period. */
export function AssignmentList({ assignments }: { assignments: Assignment[] }) {
  const t = useT();
  const format = useFormatters();
  if (assignments.length === 0) return <p>{t("assignments.none")}</p>;
  const ordered = [...assignments].sort((a, b) => Number(b.isPrincipal) - Number(a.isPrincipal));
  return (
    <ul className="plain-list">
      {ordered.map((assignment) => (
        <li key={assignment.id}>
          <strong>{assignment.function}</strong>
          {assignment.isPrincipal && (
            <>
              {" "}
              <Tag as="span" small>
                {t("assignments.principal")}
              </Tag>
            </>
          )}
          <br />
          <UnitLink unit={assignment.unit} />
          <br />
          <span className="fr-text--sm">
            {assignment.endsOn === null
              ? t("assignments.since", { date: format.date(assignment.startsOn) })
              : t("assignments.period", {
                  from: format.date(assignment.startsOn),
                  to: format.date(assignment.endsOn),
                })}
          </span>
        </li>
      ))}
    </ul>
  );
}
