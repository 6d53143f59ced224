// The first rows of a file: each cell as written, and beside it the value the case will hold.
import type { ReactNode } from 'react';
import { flagEmoji } from '../../core/normalize/country.ts';
import type { PreviewRow } from '../../core/workbench/previewRows.ts';
import { useWords } from '../i18n/I18nProvider.tsx';
import { visibleText } from '../format/visibleText.ts';

export function PreviewTable({ headers, rows, columnHead }: { headers: readonly string[]; rows: readonly PreviewRow[]; columnHead?: (index: number) => ReactNode }) {
  const { t } = useWords();
  return (
    <table className="preview-table">
      <thead>
        <tr>
          <th className="line-col">{t('review.line')}</th>
          {headers.map((header, index) => (
            <th key={`${header}-${index}`}>
              <div className="col-header" title={header}>{header}</div>
              {columnHead?.(index)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td className="line-col">{row.line}</td>
            {row.cells.map((cell, index) => (
              <td key={index} className={cell.problem ? 'cell-problem' : undefined} title={cell.problem ? t('review.problemTitle') : undefined}>
                <span className="raw">{visibleText(cell.raw)}</span>
                {cell.normalised && cell.normalised !== cell.raw ? (
                  <span className="normalised"> → {cell.country === cell.normalised ? `${flagEmoji(cell.country)} ${cell.country}`
                    : `${visibleText(cell.normalised)}${cell.country ? ` · ${flagEmoji(cell.country)} ${cell.country}` : ''}`}</span>
                ) : null}
                {cell.problem ? <span className="normalised problem"> ✕ {t('review.unreadable')}</span> : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
