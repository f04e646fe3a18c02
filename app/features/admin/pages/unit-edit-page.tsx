import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useParams } from "react-router";
import { PageFallback } from "../../../components/page-fallback";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useUnit } from "../../directory/api/unit";
import { useUpdateUnit } from "../api/update-unit";
import { AdminBreadcrumb } from "../components/admin-breadcrumb";
import { SaveNotice } from "../components/save-notice";
import { UnitForm, unitFormValues } from "../components/unit-form";

/** « Modifier l'unité »: rename, move under another parent, change country or city. */
export function UnitEditPage() {
  const t = useT();
  const { id = "" } = useParams();
  const unit = useUnit(id);
  const update = useUpdateUnit(id);
  usePageTitle(t("adminUnitEdit.title", { name: unit.data?.name ?? "" }));

  if (unit.isPending || unit.isError) {
    return <PageFallback title={t("adminUnitEdit.title", { name: "" })} query={unit} />;
  }

  const detail = unit.data;
  return (
    <>
      <AdminBreadcrumb list="units" currentPageLabel={detail.shortName || detail.name} />
      <h1>{t("adminUnitEdit.title", { name: detail.name })}</h1>
      <Button
        priority="tertiary"
        size="small"
        className="fr-mb-3w"
        linkProps={{ to: paths.unit(detail.id) }}
      >
        {t("adminUnitEdit.seeInDirectory")}
      </Button>
      {!detail.abilities.update && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          small
          description={t("adminUnitEdit.readOnly")}
        />
      )}
      {update.isSuccess && <SaveNotice outcome="saved" className="fr-mb-3w" />}
      <UnitForm
        key={detail.id}
        unitId={detail.id}
        initialValues={unitFormValues(detail)}
        isPending={update.isPending}
        error={update.error}
        submitLabel={t("form.save")}
        onUpdate={(body) => update.mutate(body)}
      />
    </>
  );
}
