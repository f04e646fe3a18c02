import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { InviteOrganisationBody } from "@shared/schemas/partners";
import { PARTNER_KINDS, type PartnerKind, SECTORS, type Sector } from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { useInviteOrganisation, usePartnerOrganisations } from "../api/organisations";

/** Country codes typed as « US, DE » → ["US", "DE"]. */
export const parseCountries = (value: string) =>
  value
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== "");

function InviteForm() {
  const t = useT();
  const invite = useInviteOrganisation();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<PartnerKind>("company");
  const [sectors, setSectors] = useState<Sector[]>([]);
  const [countries, setCountries] = useState("");
  const [givenName, setGivenName] = useState("");
  const [familyName, setFamilyName] = useState("");
  const [email, setEmail] = useState("");
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = InviteOrganisationBody.safeParse({
      name,
      kind,
      sectors,
      countries: parseCountries(countries),
      contacts: [{ givenName, familyName, email }],
      agentContactIds: [],
    });
    setInvalid(!body.success);
    if (body.success) invite.mutate(body.data);
  };
  const field = (value: string, set: (v: string) => void, extra: object = {}) => ({
    value,
    required: true,
    onChange: (event: { target: { value: string } }) => set(event.target.value),
    ...extra,
  });
  return (
    <section className="fr-mt-6w" aria-labelledby="invite-organisation">
      <h2 id="invite-organisation" className="fr-h4">
        {t("partners.invite.title")}
      </h2>
      <form onSubmit={submit}>
        <Input
          label={t("partners.invite.name")}
          nativeInputProps={field(name, setName, { maxLength: 200 })}
        />
        <Select
          label={t("partners.invite.kind")}
          nativeSelectProps={{
            value: kind,
            onChange: (e) => setKind(e.target.value as PartnerKind),
          }}
        >
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`partnerKind.${k}`)}
            </option>
          ))}
        </Select>
        <Checkbox
          legend={t("partners.invite.sectors")}
          orientation="horizontal"
          small
          options={SECTORS.map((s) => ({
            label: t(`sector.${s}`),
            nativeInputProps: {
              name: "sectors",
              value: s,
              checked: sectors.includes(s),
              onChange: (e) =>
                setSectors((prev) =>
                  e.target.checked ? [...prev, s] : prev.filter((x) => x !== s),
                ),
            },
          }))}
        />
        <Input
          label={t("partners.invite.countries")}
          nativeInputProps={{ value: countries, onChange: (e) => setCountries(e.target.value) }}
        />
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{t("partners.invite.contact")}</legend>
          <Input
            label={t("partners.invite.givenName")}
            nativeInputProps={field(givenName, setGivenName)}
          />
          <Input
            label={t("partners.invite.familyName")}
            nativeInputProps={field(familyName, setFamilyName)}
          />
          <Input
            label={t("partners.invite.email")}
            nativeInputProps={field(email, setEmail, { type: "email", autoComplete: "off" })}
          />
        </fieldset>
        <Button type="submit" iconId="fr-icon-mail-line" disabled={invite.isPending}>
          {t("partners.invite.submit")}
        </Button>
      </form>
      {invalid && (
        <Alert
          className="fr-mt-2w"
          severity="error"
          small
          description={t("partners.invite.invalid")}
        />
      )}
      {invite.isError && <ApiErrorAlert error={invite.error} className="fr-mt-2w" />}
      <div role="status" className="fr-mt-2w">
        {invite.isSuccess && (
          <Alert severity="success" small description={t("partners.invite.done")} />
        )}
      </div>
    </section>
  );
}

/** « Partenaires »: the invited organisations, and the invitation form (partner managers). */
export function PartnersPage() {
  const t = useT();
  const organisations = usePartnerOrganisations();
  usePageTitle(t("partners.title"));
  return (
    <>
      <h1>{t("partners.title")}</h1>
      <p className="fr-text--lead">{t("partners.lead")}</p>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.data === undefined ? (
        <ApiErrorAlert error={organisations.error} />
      ) : organisations.data.items.length === 0 ? (
        <p>{t("partners.none")}</p>
      ) : (
        <ul className="fr-raw-list">
          {organisations.data.items.map((o) => (
            <li key={o.id} className="fr-mb-3w">
              <h2 className="fr-h6 fr-mb-1w">
                {o.name} <Badge small>{t(`partnerKind.${o.kind}`)}</Badge>
              </h2>
              <p className="fr-mb-1w">
                {[...o.sectors.map((s) => t(`sector.${s}`)), ...o.countries].join(", ")}
              </p>
              <p className="fr-text--sm fr-mb-1w">
                {t("partners.people")} :{" "}
                {o.people
                  .map((p) =>
                    p.invited
                      ? `${p.displayName} (${t("partners.invitationPending")})`
                      : p.displayName,
                  )
                  .join(", ")}
              </p>
              {o.agentContacts.length > 0 && (
                <p className="fr-text--sm fr-mb-0">
                  {t("partners.agentContacts")} :{" "}
                  {o.agentContacts.map((c) => c.displayName).join(", ")}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <InviteForm />
    </>
  );
}
