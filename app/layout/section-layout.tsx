import { SideMenu, type SideMenuProps } from "@codegouvfr/react-dsfr/SideMenu";
import { Outlet } from "react-router";
import { useT } from "../i18n/use-t";

type SectionLayoutProps = { title: string; items: SideMenuProps.Item[] };

/** A section with its own side menu (Annuaire, Administration); pages render beside it. */
export function SectionLayout({ title, items }: SectionLayoutProps) {
  const t = useT();
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-3">
        <SideMenu title={title} items={items} burgerMenuButtonText={t("common.inThisSection")} />
      </div>
      <div className="fr-col-12 fr-col-md-9">
        <Outlet />
      </div>
    </div>
  );
}
