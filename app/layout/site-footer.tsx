import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { BrandTop } from "./brand-top";

/** The DSFR footer: accessibility status, legal notice, charter, help and display settings. */
export function SiteFooter() {
  const t = useT();
  return (
    <Footer
      brandTop={<BrandTop />}
      homeLinkProps={{ to: paths.home, title: t("header.homeLinkTitle") }}
      accessibility="non compliant"
      accessibilityLinkProps={{ to: paths.accessibility }}
      termsLinkProps={{ to: paths.legalNotice }}
      contentDescription={t("footer.description")}
      bottomItems={[
        { text: t("footer.charter"), linkProps: { to: paths.charter } },
        { text: t("footer.help"), linkProps: { to: paths.help } },
        headerFooterDisplayItem,
      ]}
    />
  );
}
