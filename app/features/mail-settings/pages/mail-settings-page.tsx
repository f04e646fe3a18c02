import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import {
  DIGEST_FREQUENCIES,
  MAIL_DELIVERIES,
  type MailSettings,
  UpdateMailSettingsBody,
} from "@shared/schemas/mail-outbound";
import { NOTIFICATION_TYPES } from "@shared/vocabulary";
import { type FormEvent, useEffect, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { useMailSettings } from "../api/get-mail-settings";
import { useUpdateMailSettings } from "../api/update-mail-settings";

interface Draft {
  address: string;
  digestFrequency: MailSettings["digestFrequency"];
  types: MailSettings["types"];
}

/** « Mes courriels »: where the portal's mail goes, the digest, and how each type is mailed. */
export function MailSettingsPage() {
  const t = useT();
  usePageTitle(t("mailSettings.title"));
  const current = useMailSettings();
  const update = useUpdateMailSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (current.data && current.isFetchedAfterMount && draft === null) {
      const { address, digestFrequency, types } = current.data;
      setDraft({ address: address ?? "", digestFrequency, types });
    }
  }, [current.data, current.isFetchedAfterMount, draft]);

  if (current.isPending || (current.isFetching && draft === null)) return <Loading />;
  if (!current.data || draft === null) return <ApiErrorAlert error={current.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = UpdateMailSettingsBody.safeParse({
      address: draft.address.trim() === "" ? null : draft.address,
      digestFrequency: draft.digestFrequency,
      types: draft.types,
    });
    setInvalid(!checked.success);
    if (checked.success) update.mutate(checked.data);
  };

  return (
    <>
      <h1>{t("mailSettings.title")}</h1>
      <p className="fr-text--lead">{t("mailSettings.lead")}</p>
      <form onSubmit={submit} noValidate>
        <Input
          label={t("mailSettings.address")}
          hintText={t("mailSettings.addressHint", { account: current.data.accountAddress })}
          state={invalid ? "error" : "default"}
          stateRelatedMessage={invalid ? t("mailSettings.addressInvalid") : undefined}
          nativeInputProps={{
            type: "email",
            name: "address",
            autoComplete: "email",
            maxLength: 254,
            value: draft.address,
            onChange: (e) => setDraft({ ...draft, address: e.target.value }),
          }}
        />
        <RadioButtons
          legend={t("mailSettings.digest")}
          hintText={t("mailSettings.digestHint")}
          name="digestFrequency"
          options={DIGEST_FREQUENCIES.map((frequency) => ({
            label: t(`mailSettings.frequency.${frequency}`),
            nativeInputProps: {
              value: frequency,
              checked: draft.digestFrequency === frequency,
              onChange: () => setDraft({ ...draft, digestFrequency: frequency }),
            },
          }))}
        />
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{t("mailSettings.types")}</legend>
          {NOTIFICATION_TYPES.map((type) => (
            <div className="fr-fieldset__element" key={type}>
              <Select
                label={t(`notifications.typePlural.${type}`)}
                hint={t(`notificationPreferences.typeHint.${type}`)}
                nativeSelectProps={{
                  name: `type-${type}`,
                  value: draft.types[type],
                  onChange: (event) =>
                    setDraft({
                      ...draft,
                      types: {
                        ...draft.types,
                        [type]: event.target.value as MailSettings["types"][typeof type],
                      },
                    }),
                }}
              >
                {MAIL_DELIVERIES.map((delivery) => (
                  <option
                    key={delivery}
                    value={delivery}
                    disabled={delivery === "digest" && draft.digestFrequency === "none"}
                  >
                    {t(`mailSettings.delivery.${delivery}`)}
                  </option>
                ))}
              </Select>
            </div>
          ))}
        </fieldset>
        <ApiErrorAlert error={update.error} />
        {update.isSuccess && (
          <Alert
            className="fr-mb-2w"
            severity="success"
            small
            description={t("mailSettings.saved")}
          />
        )}
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button type="submit" disabled={update.isPending}>
              {t("mailSettings.save")}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.notificationPreferences }}>
              {t("mailSettings.backToPreferences")}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}
