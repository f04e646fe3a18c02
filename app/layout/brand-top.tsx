import { Fragment } from "react";
import { useT } from "../i18n/use-t";

/** The ministry's name in the Marianne block, one line per segment of the i18n text. */
export function BrandTop() {
  const t = useT();
  const lines = t("app.brandTop").split("\n");
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={line}>
          {index > 0 && <br />}
          {line}
        </Fragment>
      ))}
    </>
  );
}
