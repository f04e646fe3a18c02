import { useNavigate, useSearchParams } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useUnit } from "../../directory/api/unit";
import { useCreateUnit } from "../api/create-unit";
import { AdminBreadcrumb } from "../components/admin-breadcrumb";
import { UnitForm, unitFormValues } from "../components/unit-form";

/** « Créer une unité », optionally under the parent given as ?parentId=. */
export function UnitCreatePage() {
  const t = useT();
  usePageTitle(t("adminUnitCreate.title"));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const parentId = searchParams.get("parentId");
  const parent = useUnit(parentId);
  const create = useCreateUnit();

  const isLoadingParent = parentId !== null && parent.isPending;
  return (
    <>
      <AdminBreadcrumb list="units" currentPageLabel={t("adminUnitCreate.title")} />
      <h1>{t("adminUnitCreate.title")}</h1>
      {parent.data !== undefined && (
        <p className="fr-text--lead">{t("adminUnitCreate.under", { name: parent.data.name })}</p>
      )}
      <ApiErrorAlert error={parent.error} />
      {isLoadingParent ? (
        <Loading />
      ) : (
        <UnitForm
          key={parent.data?.id ?? "top"}
          initialValues={unitFormValues(undefined, parent.data)}
          isPending={create.isPending}
          error={create.error}
          submitLabel={t("adminUnitCreate.submit")}
          onCreate={(body) =>
            create.mutate(body, { onSuccess: (unit) => navigate(paths.unit(unit.id)) })
          }
        />
      )}
    </>
  );
}
