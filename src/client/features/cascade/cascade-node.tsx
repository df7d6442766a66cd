// One node of the pohon kinerja and, when open, its supporters: a nested list item whose toggle is
// a real button (aria-expanded), so a keyboard and a screen reader walk the tree like the eye does.
import { Link } from 'react-router';
import { figureOf } from '../../../domain/cascade';
import { planKinds, type CascadeTreeNode } from '../../../domain/cascade-tree';
import { categoryOf } from '../../../domain/category';
import { formatNumber, formatPercent } from '../../../domain/number-format';
import type { CategoryBand } from '../../../domain/tenant';
import type { CascadeT } from './messages';
import { displayLocale } from '../../i18n/i18n-provider';
import { CategoryBadge } from '../../ui/category-badge';

export interface CascadeNodeProps {
  node: CascadeTreeNode;
  t: CascadeT;
  bands: readonly CategoryBand[];
  unitNames: ReadonlyMap<string, string>;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Links to a unit's PK: only for those who may open it. */
  canOpenUnit: (orgUnitId: string) => boolean;
}

function riskText(node: CascadeTreeNode, t: CascadeT): string | null {
  const { riskReason, childrenAtRisk, children } = node.status;
  if (riskReason === null) return null;
  return t(`cascade.risk.${riskReason}`, { n: childrenAtRisk, children });
}

export function CascadeNode(props: CascadeNodeProps) {
  const { node, t } = props;
  const open = props.expanded.has(node.id);
  const figure = figureOf(node.status);
  const kind = node.kind === 'indicator' ? (props.unitNames.get(node.orgUnitId ?? '') ?? '') : t(`cascade.kind.${node.kind}`, { number: node.number ?? '' });
  // The plan's levels and the sasaran are never measured directly: only their children's figure.
  const measurable = node.kind !== 'sasaran' && !planKinds.has(node.kind);
  const childrenId = `cascade-children-${node.id}`;
  const risk = riskText(node, t);
  const percent = (value: number) => formatPercent(value, displayLocale);
  return (
    <li>
      <div className={`cascade-node cascade-node--${node.kind}`}>
        {node.children.length > 0 ? (
          <button
            type="button" className="cascade-node__toggle" aria-expanded={open} aria-controls={open ? childrenId : undefined}
            aria-label={t(open ? 'cascade.toggleClose' : 'cascade.toggleOpen', { name: node.name })}
            onClick={() => props.onToggle(node.id)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : <span className="cascade-node__spacer" />}
        <div className="cascade-node__body">
          <span className="cascade-node__kind">{kind}</span>
          <span className="cascade-node__name">
            {node.kind === 'indicator' && node.orgUnitId && props.canOpenUnit(node.orgUnitId)
              ? <Link to={`/units/${node.orgUnitId}`} title={t('cascade.openUnit', { unit: kind })}>{node.name}</Link>
              : node.name}
          </span>
          <span className="cascade-node__figures">
            {measurable && (
              <span>{node.status.own === null ? t('cascade.ownNone') : t('cascade.own', { value: percent(node.status.own) })}</span>
            )}
            {node.status.children > 0 && (
              <span>
                {node.status.rollUp === null
                  ? t('cascade.rollUpNone', { children: node.status.children })
                  : t('cascade.rollUp', { value: percent(node.status.rollUp), with: node.status.childrenWithFigure, children: node.status.children })}
              </span>
            )}
            {typeof node.planEndTarget === 'number' && (
              <span>{t('cascade.planEndTarget', { value: `${formatNumber(node.planEndTarget, displayLocale)} ${node.entry?.indicator.unit ?? ''}`.trim() })}</span>
            )}
            {node.status.children === 0 && node.kind !== 'indicator' && <span>{t(planKinds.has(node.kind) ? 'cascade.noSasaran' : 'cascade.noSupporters')}</span>}
            {figure !== null && <CategoryBadge band={categoryOf(figure, props.bands)} />}
          </span>
          {risk && <span className="cascade-node__risk">{risk}</span>}
        </div>
      </div>
      {open && node.children.length > 0 && (
        <ul id={childrenId}>
          {node.children.map((child) => <CascadeNode key={child.id} {...props} node={child} />)}
        </ul>
      )}
    </li>
  );
}
