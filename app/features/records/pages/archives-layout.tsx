import type { SideMenuProps } from "@codegouvfr/react-dsfr/SideMenu";
import { useLocation } from "react-router";
import { useT } from "../../../i18n/use-t";
import { SectionLayout } from "../../../layout/section-layout";
import { paths } from "../../../paths";

/** The « Archives » area: a side menu of its pages, records management then transfers and integrity. */
export function ArchivesLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const item = (text: string, to: string, exact = false): SideMenuProps.Item => ({
    text,
    linkProps: { to },
    isActive: exact ? pathname === to : pathname.startsWith(to),
  });
  const items: SideMenuProps.Item[] = [
    item(t("records.nav.plan"), paths.archives, true),
    item(t("records.nav.rules"), paths.archivesRules),
    item(t("records.nav.records"), paths.archivesRecords),
    item(t("records.nav.holds"), paths.archivesHolds),
    item(t("records.nav.disposals"), paths.archivesDisposals),
    item(t("archives.transfers.title"), paths.archivesTransfers),
    item(t("archives.integrity.title"), paths.archivesIntegrity),
  ];
  return <SectionLayout title={t("records.section")} items={items} />;
}
