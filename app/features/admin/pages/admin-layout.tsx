import type { SideMenuProps } from "@codegouvfr/react-dsfr/SideMenu";
import { useLocation } from "react-router";
import { useT } from "../../../i18n/use-t";
import { SectionLayout } from "../../../layout/section-layout";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";

/** The administration section; its menu shows only what the user's abilities allow. */
export function AdminLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const { abilities } = useCurrentUser();
  const items: SideMenuProps.Item[] = [];
  if (abilities.administer) {
    items.push(
      {
        text: t("admin.users"),
        linkProps: { to: paths.adminUsers },
        isActive: pathname.startsWith(paths.adminUsers),
      },
      {
        text: t("admin.units"),
        linkProps: { to: paths.adminUnits },
        isActive: pathname.startsWith(paths.adminUnits),
      },
    );
  }
  if (abilities.readJournal) {
    items.push({
      text: t("admin.journal"),
      linkProps: { to: paths.adminJournal },
      isActive: pathname.startsWith(paths.adminJournal),
    });
  }
  return <SectionLayout title={t("admin.section")} items={items} />;
}
