import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { FilingConditions, FilingRule } from "@shared/schemas/records";
import {
  CORRESPONDENCE_KINDS,
  type CorrespondenceKind,
  MARKINGS,
  type Marking,
} from "@shared/vocabulary";
import { type FormEvent, useState } from "react";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { DataTable } from "../../../components/data-table";
import { Loading } from "../../../components/loading";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { UnitPicker } from "../../directory/components/unit-picker";
import { useFilingRules, useTestFilingRule, useUpdateFilingRule } from "../api/filing-rules";
import { useSeries } from "../api/series";
import { ConditionsFields } from "../components/conditions-fields";

function useDescribeConditions() {
  const t = useT();
  return (rule: FilingRule) => {
    const c = rule.conditions;
    const name = (id: string) => rule.unitNames[id] ?? id;
    const parts: string[] = [];
    if (c.kind) parts.push(t(`correspondenceKind.${c.kind}`));
    if (c.originUnit)
      parts.push(
        t(c.originUnit.includeSubUnits ? "records.cond.fromUnitAndSub" : "records.cond.fromUnit", {
          unit: name(c.originUnit.unitId),
        }),
      );
    if (c.addresseeUnitId) parts.push(t("records.cond.toUnit", { unit: name(c.addresseeUnitId) }));
    if (c.tag) parts.push(`#${c.tag}`);
    if (c.marking) parts.push(c.marking);
    return parts.length === 0 ? t("records.cond.everything") : parts.join(" · ");
  };
}

function RuleEditor({ rule, onDone }: { rule: FilingRule; onDone: () => void }) {
  const t = useT();
  const series = useSeries();
  const update = useUpdateFilingRule();
  const [name, setName] = useState(rule.name);
  const [seriesId, setSeriesId] = useState(rule.seriesId);
  const [enabled, setEnabled] = useState(rule.enabled);
  const [position, setPosition] = useState(rule.position);
  const [conditions, setConditions] = useState<FilingConditions>(rule.conditions);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { id: rule.id, body: { name, seriesId, enabled, position, conditions } },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      onSubmit={submit}
      className="fr-mb-4w"
      aria-label={t("records.rules.editNamed", { name: rule.name })}
    >
      <h2 className="fr-h5">{t("records.rules.editNamed", { name: rule.name })}</h2>
      <ApiErrorAlert error={update.error} />
      <Input
        label={t("records.rules.name")}
        nativeInputProps={{
          required: true,
          maxLength: 200,
          value: name,
          onChange: (e) => setName(e.target.value),
        }}
      />
      <Select
        label={t("records.rules.series")}
        nativeSelectProps={{
          value: seriesId,
          onChange: (e) => setSeriesId(e.target.value),
          required: true,
        }}
      >
        {(series.data?.items ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {`${s.code} ${s.title}`}
          </option>
        ))}
      </Select>
      <Input
        label={t("records.rules.position")}
        nativeInputProps={{
          type: "number",
          min: 1,
          value: position,
          onChange: (e) => setPosition(Number(e.target.value)),
        }}
      />
      <Checkbox
        options={[
          {
            label: t("records.rules.enabled"),
            nativeInputProps: { checked: enabled, onChange: (e) => setEnabled(e.target.checked) },
          },
        ]}
      />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">{t("records.rules.conditions")}</legend>
        <div className="fr-fieldset__element">
          <ConditionsFields value={conditions} onChange={setConditions} />
        </div>
      </fieldset>
      <Button type="submit" disabled={update.isPending}>
        {t("records.rules.save")}
      </Button>{" "}
      <Button type="button" priority="secondary" onClick={onDone}>
        {t("records.cancel")}
      </Button>
    </form>
  );
}

function TestView() {
  const t = useT();
  const test = useTestFilingRule();
  const [kind, setKind] = useState<CorrespondenceKind>("telegram");
  const [originUnitId, setOriginUnitId] = useState("");
  const [addresseeUnitId, setAddresseeUnitId] = useState("");
  const [tags, setTags] = useState("");
  const [marking, setMarking] = useState<Marking>("NP");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    test.mutate({
      document: {
        kind,
        originUnitId,
        addresseeUnitIds: addresseeUnitId === "" ? [] : [addresseeUnitId],
        tags: tags
          .split(",")
          .map((tag) => tag.trim())
          .filter((tag) => tag !== ""),
        marking,
      },
    });
  };
  const result = test.data;
  return (
    <section className="fr-mt-6w" aria-labelledby="filing-test-title">
      <h2 id="filing-test-title" className="fr-h4">
        {t("records.test.title")}
      </h2>
      <form onSubmit={submit}>
        <Select
          label={t("records.cond.kind")}
          nativeSelectProps={{
            value: kind,
            onChange: (e) => setKind(e.target.value as CorrespondenceKind),
          }}
        >
          {CORRESPONDENCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`correspondenceKind.${k}`)}
            </option>
          ))}
        </Select>
        <UnitPicker
          label={t("records.cond.originUnit")}
          value={originUnitId}
          onChange={setOriginUnitId}
          emptyOptionLabel={t("records.test.chooseUnit")}
          required
        />
        <UnitPicker
          label={t("records.cond.addresseeUnit")}
          value={addresseeUnitId}
          onChange={setAddresseeUnitId}
          emptyOptionLabel={t("records.cond.anyUnit")}
        />
        <Input
          label={t("records.test.tags")}
          hintText={t("records.test.tagsHint")}
          nativeInputProps={{ value: tags, onChange: (e) => setTags(e.target.value) }}
        />
        <Select
          label={t("records.cond.marking")}
          nativeSelectProps={{
            value: marking,
            onChange: (e) => setMarking(e.target.value as Marking),
          }}
        >
          {MARKINGS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </Select>
        <Button type="submit" disabled={originUnitId === "" || test.isPending}>
          {t("records.test.run")}
        </Button>
      </form>
      <ApiErrorAlert error={test.error} className="fr-mt-2w" />
      {result && (
        <div className="fr-mt-3w" role="status">
          <p className="fr-text--lead">
            {result.series
              ? t("records.test.wouldGo", {
                  series: `${result.series.code} ${result.series.title}`,
                  rule: result.rule?.name ?? "",
                })
              : t("records.test.unfiled")}
          </p>
          <DataTable
            caption={t("records.test.trail")}
            headers={[
              t("records.rules.position"),
              t("records.rules.name"),
              t("records.test.outcome"),
            ]}
            rows={result.trail.map((step) => ({
              key: step.ruleId,
              cells: [
                step.position,
                step.name,
                step.outcome === "failed"
                  ? t("records.test.failedOn", {
                      conditions: step.failed.map((f) => t(`records.condName.${f}`)).join(", "),
                    })
                  : t(`records.test.outcome.${step.outcome}`),
              ],
            }))}
          />
        </div>
      )}
    </section>
  );
}

/** « Règles de classement »: the ordered rules, their editor and the test view. */
export function FilingRulesPage() {
  const t = useT();
  usePageTitle(t("records.rules.title"));
  const rules = useFilingRules();
  const describe = useDescribeConditions();
  const [editing, setEditing] = useState<string | null>(null);
  if (rules.isPending) return <Loading />;
  if (!rules.data) return <ApiErrorAlert error={rules.error} />;
  const current = rules.data.items.find((r) => r.id === editing);
  return (
    <>
      <h1>{t("records.rules.title")}</h1>
      <p>{t("records.rules.intro")}</p>
      {current && <RuleEditor key={current.id} rule={current} onDone={() => setEditing(null)} />}
      <DataTable
        caption={t("records.rules.caption")}
        headers={[
          t("records.rules.position"),
          t("records.rules.name"),
          t("records.rules.conditions"),
          t("records.rules.series"),
          t("records.rules.state"),
          "",
        ]}
        rows={rules.data.items.map((r) => ({
          key: r.id,
          cells: [
            r.position,
            r.name,
            describe(r),
            `${r.seriesCode} ${r.seriesTitle}`,
            r.enabled ? t("records.rules.on") : t("records.rules.off"),
            <Button
              key="edit"
              size="small"
              priority="tertiary"
              onClick={() => setEditing(r.id)}
              title={t("records.rules.editNamed", { name: r.name })}
            >
              {t("records.plan.edit")}
            </Button>,
          ],
        }))}
      />
      <TestView />
    </>
  );
}
