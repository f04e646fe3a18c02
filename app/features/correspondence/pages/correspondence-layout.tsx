import type { SideMenuProps } from "@codegouvfr/react-dsfr/SideMenu";
import { useLocation } from "react-router";
import { useT } from "../../../i18n/use-t";
import { SectionLayout } from "../../../layout/section-layout";
import { paths } from "../../../paths";
import { BOXES } from "../components/boxes";

/** The correspondence section: the four boxes and the guide, in a side menu. */
export function CorrespondenceLayout() {
  const t = useT();
  const { pathname } = useLocation();
  const items: SideMenuProps.Item[] = [
    ...BOXES.map((box) => ({
      text: t(box.title),
      linkProps: { to: box.path },
      isActive: pathname === box.path,
    })),
    {
      text: t("guide.link"),
      linkProps: { to: paths.correspondenceGuide },
      isActive: pathname === paths.correspondenceGuide,
    },
  ];
  return <SectionLayout title={t("correspondence.section")} items={items} />;
}
