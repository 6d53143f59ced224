// A column's role picker: every role for any column, the ones the file's kind reads first, "(attribute)" included.
import type { ColumnPlan } from '../../core/ingest/classify.ts';
import { LOW_CONFIDENCE } from '../../core/ingest/classify.ts';
import { templateOf } from '../../core/ingest/evidence/kinds.ts';
import { ATTRIBUTE, isStatedRole, type StatedRole } from '../../core/ingest/mapping.ts';
import { COLUMN_ROLES, type ColumnRole, type FileKind } from '../../core/ingest/roles.ts';
import { roleLabel } from '../format/labels.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const DETECT = '';

/** True when the column's role is a guess a person should check. */
export function isWeakColumn(column: ColumnPlan): boolean {
  return column.role !== undefined && column.role !== 'ignore' && column.by !== 'mapping' && (column.confidence ?? 1) < LOW_CONFIDENCE;
}

export function RoleSelect({ kind, column, onChange }: { kind: FileKind; column: ColumnPlan; onChange: (value: StatedRole | undefined) => void }) {
  const { t, coded, evidence } = useWords();
  const reads = new Set<ColumnRole>([...templateOf(kind).roles, 'ignore']);
  const value: StatedRole = column.role ?? ATTRIBUTE;
  const option = (role: ColumnRole) => <option key={role} value={role}>{coded('review.role', role, undefined, roleLabel(role))}</option>;
  const weak = isWeakColumn(column);
  const title = [column.by === 'none' ? t('review.roleNotSet') : t('review.roleFrom', { by: column.by }), ...(weak ? [t('review.weakColumn')] : []), ...evidence(column.evidence ?? [], column.evidenceCodes)].join('\n');
  return (
    <div className="role-pick">
      <select className={`role-select by-${column.by}${weak ? ' weak' : ''}`} data-testid="role-select" data-role={value} value={value} title={title}
        data-confidence={column.confidence}
        onChange={(event) => onChange(event.target.value === DETECT ? undefined : isStatedRole(event.target.value) ? event.target.value : undefined)}>
        {column.by === 'mapping' ? <option value={DETECT}>{t('review.detectAgain')}</option> : null}
        <option value={ATTRIBUTE}>{t('review.attribute')}</option>
        <optgroup label={t('review.rolesOfKind', { kind: t(`kind.${kind}`) })}>{COLUMN_ROLES.filter((role) => reads.has(role)).map(option)}</optgroup>
        <optgroup label={t('review.otherRoles')}>{COLUMN_ROLES.filter((role) => !reads.has(role)).map(option)}</optgroup>
      </select>
      {weak ? <span className="weak-mark" data-testid="weak-column" title={t('review.weakColumn')}>⚠</span> : null}
    </div>
  );
}
