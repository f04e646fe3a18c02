import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";

const LISTS = {
  units: { title: "adminUnits.title", path: paths.adminUnits },
  users: { title: "adminUsers.title", path: paths.adminUsers },
} as const;

type AdminBreadcrumbProps = { list: keyof typeof LISTS; currentPageLabel: string };

/** Home › Administration › the list (units or users) › the current page. */
export function AdminBreadcrumb({ list, currentPageLabel }: AdminBreadcrumbProps) {
  const t = useT();
  return (
    <Breadcrumb
      homeLinkProps={{ to: paths.home }}
      segments={[
        { label: t("admin.section"), linkProps: { to: paths.admin } },
        { label: t(LISTS[list].title), linkProps: { to: LISTS[list].path } },
      ]}
      currentPageLabel={currentPageLabel}
    />
  );
}
