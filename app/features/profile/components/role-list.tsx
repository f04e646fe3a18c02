import type { RoleGrant } from "@shared/schemas/people";
import { UnitLink } from "../../../components/unit-link";
import { useT } from "../../../i18n/use-t";

/** A person's roles, with the unit a scoped role (such as releaser) applies to. */
export function RoleList({ roles }: { roles: RoleGrant[] }) {
  const t = useT();
  if (roles.length === 0) return <p>{t("roles.none")}</p>;
  return (
    <ul className="plain-list">
      {roles.map((grant) => (
        <li key={grant.id}>
          <strong>{t(`role.${grant.role}`)}</strong>
          {grant.unit !== null && (
            <>
              {" — "}
              <UnitLink unit={grant.unit} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
