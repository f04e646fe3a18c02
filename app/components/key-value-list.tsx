import type { ReactNode } from "react";

export type KeyValue = { label: string; value: ReactNode };

/** A description list of labelled values; stacks on narrow screens. */
export function KeyValueList({ items }: { items: KeyValue[] }) {
  return (
    <dl className="key-values">
      {items.map(({ label, value }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
