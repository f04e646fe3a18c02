import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useUnit } from "../../directory/api/unit";
import { useUpdateUnit } from "../api/update-unit";
import { UnitForm, unitFormValues } from "../components/unit-form";

/** « Modifier l'unité »: rename, move under another parent, change country or city. */
export function UnitEditPage() {
  const t = useT();
  const { id = "" } = useParams();
  const unit = useUnit(id);
  const update = useUpdateUnit(id);
  usePageTitle(t("adminUnitEdit.title", { name: unit.data?.name ?? "" }));

  if (unit.isPending) return <Loading />;
  if (unit.isError) {
    return (
      <>
        <h1>{t("adminUnitEdit.title", { name: "" })}</h1>
        <ApiErrorAlert error={unit.error} />
      </>
    );
  }

  const detail = unit.data;
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[
          { label: t("admin.section"), linkProps: { to: paths.admin } },
          { label: t("adminUnits.title"), linkProps: { to: paths.adminUnits } },
        ]}
        currentPageLabel={detail.shortName || detail.name}
      />
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
      {update.isSuccess && (
        <Alert
          className="fr-mb-3w"
          severity="success"
          small
          role="status"
          description={t("form.saved")}
        />
      )}
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
