import { useLocation } from "react-router";
import { useT } from "../../../i18n/use-t";
import { SectionLayout } from "../../../layout/section-layout";
import { paths } from "../../../paths";

/** The directory section: people, organisation charts and the network of posts. */
export function DirectoryLayout() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <SectionLayout
      title={t("directory.section")}
      items={[
        {
          text: t("directory.people"),
          linkProps: { to: paths.directory },
          isActive: pathname === paths.directory || pathname.startsWith("/annuaire/personnes"),
        },
        {
          text: t("directory.orgCharts"),
          linkProps: { to: paths.orgCharts },
          isActive: pathname.startsWith(paths.orgCharts) || pathname.startsWith("/annuaire/unites"),
        },
        {
          text: t("directory.posts"),
          linkProps: { to: paths.posts },
          isActive: pathname.startsWith(paths.posts),
        },
      ]}
    />
  );
}
