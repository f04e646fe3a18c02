import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { CreateCommunityBody } from "@shared/schemas/communities";
import { COMMUNITY_ACCESS, type CommunityAccess } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { fieldState, useFieldErrors } from "../../admin/components/form-validation";
import { useCreateCommunity } from "../api/create-community";

/** « Créer une communauté »: name, description and how people enter it, each mode explained. */
export function NewCommunityPage() {
  const t = useT();
  usePageTitle(t("communities.createTitle"));
  const navigate = useNavigate();
  const create = useCreateCommunity();
  const { errors, check } = useFieldErrors();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [access, setAccess] = useState<CommunityAccess>("open");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = check(event.currentTarget, CreateCommunityBody, { name, description, access });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) => navigate(paths.community(created.id)),
    });
  };

  return (
    <>
      <Breadcrumb
        homeLinkProps={{ to: paths.home }}
        segments={[{ label: t("communities.title"), linkProps: { to: paths.communities } }]}
        currentPageLabel={t("communities.createTitle")}
      />
      <h1>{t("communities.createTitle")}</h1>
      <p className="fr-text--lead">{t("communities.createLead")}</p>
      <ApiErrorAlert error={create.error} />
      <form onSubmit={submit} noValidate className="fr-col-12 fr-col-lg-8">
        <Input
          label={t("communities.name")}
          {...fieldState(errors, "name")}
          nativeInputProps={{
            name: "name",
            value: name,
            maxLength: 120,
            required: true,
            onChange: (e) => setName(e.target.value),
          }}
        />
        <Input
          label={t("communities.description")}
          hintText={t("communities.descriptionHint")}
          textArea
          {...fieldState(errors, "description")}
          nativeTextAreaProps={{
            name: "description",
            value: description,
            maxLength: 2000,
            rows: 4,
            onChange: (e) => setDescription(e.target.value),
          }}
        />
        <RadioButtons
          legend={t("communities.access")}
          name="access"
          options={COMMUNITY_ACCESS.map((mode) => ({
            label: t(`communityAccess.${mode}`),
            hintText: t(`communityAccess.${mode}.explained`),
            nativeInputProps: {
              value: mode,
              checked: access === mode,
              onChange: () => setAccess(mode),
            },
          }))}
        />
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <Button type="submit" disabled={create.isPending}>
              {t("communities.createSubmit")}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.communities }}>
              {t("communities.cancel")}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}
