import type { OrgChartNode } from "@shared/schemas/organization";
import { Link } from "react-router";
import { useT } from "../../../i18n/use-t";
import { paths } from "../../../paths";

type TreeProps = {
  nodes: OrgChartNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
};

function TreeNode({ node, expanded, onToggle }: { node: OrgChartNode } & Omit<TreeProps, "nodes">) {
  const t = useT();
  const hasChildren = node.children.length > 0;
  const isExpanded = expanded.has(node.id);
  const childListId = `org-tree-children-${node.id}`;
  return (
    <li className="org-tree__item">
      <div className="org-tree__row">
        {hasChildren ? (
          <button
            type="button"
            className={`fr-btn fr-btn--sm fr-btn--tertiary-no-outline ${isExpanded ? "fr-icon-arrow-down-s-line" : "fr-icon-arrow-right-s-line"}`}
            aria-expanded={isExpanded}
            aria-controls={childListId}
            title={t("orgChart.toggle", { name: node.name, count: node.children.length })}
            onClick={() => onToggle(node.id)}
          >
            {t("orgChart.toggle", { name: node.name, count: node.children.length })}
          </button>
        ) : (
          <span className="org-tree__toggle-spacer" aria-hidden="true" />
        )}
        <Link to={paths.unit(node.id)}>{node.name}</Link>
        <span className="fr-text--sm fr-mb-0">
          ({node.shortName} — {t(`unitKind.${node.kind}`)})
        </span>
      </div>
      {hasChildren && (
        <ul id={childListId} hidden={!isExpanded}>
          {node.children.map((child) => (
            <TreeNode key={child.id} node={child} expanded={expanded} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** An organisation chart as nested lists; each branch folds and unfolds with a labelled button. */
export function OrgChartTree({ nodes, expanded, onToggle }: TreeProps) {
  return (
    <ul className="org-tree">
      {nodes.map((node) => (
        <TreeNode key={node.id} node={node} expanded={expanded} onToggle={onToggle} />
      ))}
    </ul>
  );
}
