import type { AddresseeType } from "@shared/vocabulary";
import { useT } from "../../../i18n/use-t";
import { useCurrentUser } from "../../auth/components/current-user";
import { usePerson } from "../../directory/api/person";
import { useUnit } from "../../directory/api/unit";

function UnitName({ id }: { id: string }) {
  const t = useT();
  const unit = useUnit(id);
  if (unit.isPending) return t("common.loading");
  if (unit.data === undefined) return t("addressee.unknownUnit");
  return `${unit.data.name} (${unit.data.shortName})`;
}

function PersonName({ id }: { id: string }) {
  const t = useT();
  const person = usePerson(id);
  if (person.isPending) return t("common.loading");
  if (person.data === undefined) return t("addressee.unknownPerson");
  return person.data.displayName;
}

function CommunityName({ id }: { id: string }) {
  const t = useT();
  const { communities } = useCurrentUser();
  const community = communities.find((candidate) => candidate.id === id);
  return community?.name ?? t("addressee.community");
}

type AddresseeNameProps = {
  addressee: { type: AddresseeType; id: string };
  /** The name the server sent with the saved version, when the addressee was already in it. */
  knownName?: string;
};

/**
 * The name of an addressee in the editor: the saved version's name when there is one, else
 * read from the directory (an addressee just added, not yet saved).
 */
export function AddresseeName({ addressee, knownName }: AddresseeNameProps) {
  if (knownName !== undefined) return knownName;
  switch (addressee.type) {
    case "unit":
      return <UnitName id={addressee.id} />;
    case "user":
      return <PersonName id={addressee.id} />;
    case "community":
      return <CommunityName id={addressee.id} />;
  }
}
