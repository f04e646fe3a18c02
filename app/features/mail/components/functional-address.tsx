import { useT } from "../../../i18n/use-t";
import { useMailAddress } from "../api/mail-address";

/** « Adresse fonctionnelle » of a unit or a community, as a mailto link; nothing while loading. */
export function FunctionalAddress(props: { unitId: string } | { communityId: string }) {
  const t = useT();
  const { data } = useMailAddress(props);
  if (!data?.address) return null;
  return (
    <p className="fr-text--sm">
      {t("mail.address.label")}{" "}
      <a className="fr-link" href={`mailto:${data.address}`}>
        {data.address}
      </a>
    </p>
  );
}
