import type { AddresseeType } from "@shared/vocabulary";
import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";
import { usePerson } from "../../directory/api/person";
import { useUnit } from "../../directory/api/unit";

type NameProps = { id: string; linked: boolean };

function UnitName({ id, linked }: NameProps) {
  const t = useT();
  const unit = useUnit(id);
  if (unit.isPending) return t("common.loading");
  if (unit.data === undefined) return t("addressee.unknownUnit");
  const label = `${unit.data.name} (${unit.data.shortName})`;
  return linked ? <Link to={paths.unit(id)}>{label}</Link> : label;
}

function PersonName({ id, linked }: NameProps) {
  const t = useT();
  const person = usePerson(id);
  if (person.isPending) return t("common.loading");
  if (person.data === undefined) return t("addressee.unknownPerson");
  const label = person.data.displayName;
  return linked ? <Link to={paths.person(id)}>{label}</Link> : label;
}

function CommunityName({ id }: { id: string }) {
  const t = useT();
  const { communities } = useCurrentUser();
  const community = communities.find((candidate) => candidate.id === id);
  return community?.name ?? t("addressee.community");
}

type AddresseeNameProps = {
  addressee: { type: AddresseeType; id: string };
  /** Links to the directory page (not inside the editor, where leaving would lose changes). */
  linked?: boolean;
};

/** The name of an addressee (unit, person or community), read from the directory. */
export function AddresseeName({ addressee, linked = false }: AddresseeNameProps) {
  switch (addressee.type) {
    case "unit":
      return <UnitName id={addressee.id} linked={linked} />;
    case "user":
      return <PersonName id={addressee.id} linked={linked} />;
    case "community":
      return <CommunityName id={addressee.id} />;
  }
}
