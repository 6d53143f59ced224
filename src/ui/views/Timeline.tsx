// The activity histogram (calls and transfers) of the case or the open cluster; drag across it to brush a time range.
import { useMemo, useRef, useState } from 'react';
import { ASEAN_ZONES, formatInZone, histogram, tieHistogram, zoneLabel, type RowTimes, type TieSpans, type TimeRange } from '../../core/workbench/timeline.ts';
import { ROW_DETAIL_LIMIT } from '../../core/model/types.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const WIDTH = 800;
const HEIGHT = 84;
const AXIS = 16;

export function Timeline({ rows, counting = false, title, range, onRange, zones, onZone, displayZone, onDisplayZone }: {
  /**
   * Each call's and transfer's time; or, for a case that keeps links' totals and not each row (countsAtFirstTimes),
   * each tie's first and last time: the chart then counts ties in contact per bin, and says so.
   */
  rows: RowTimes | TieSpans;
  /** The rows are still being read (in steps): say so instead of counts that are not final. */
  counting?: boolean;
  title: string; range: TimeRange | null; onRange: (range: TimeRange | null) => void;
  zones: ReadonlyMap<string, number>; onZone: (file: string, minutes: number) => void;
  displayZone: number; onDisplayZone: (minutes: number) => void;
}) {
  const { t } = useWords();
  const ties = 'first' in rows;
  const bins = useMemo(() => ('first' in rows ? tieHistogram(rows, displayZone) : histogram(rows, displayZone)), [rows, displayZone]);
  const svg = useRef<SVGSVGElement | null>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const start = bins.edges[0] ?? 0;
  const end = bins.edges[bins.edges.length - 1] ?? 1;
  const xOf = (ms: number) => ((ms - start) / Math.max(1, end - start)) * WIDTH;
  const msOf = (x: number) => start + (Math.min(WIDTH, Math.max(0, x)) / WIDTH) * (end - start);
  const max = Math.max(1, ...bins.calls.map((calls, i) => calls + (bins.transfers[i] ?? 0)));
  const toX = (event: React.PointerEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    return box ? ((event.clientX - box.left) / box.width) * WIDTH : 0;
  };
  const shown = drag ? { from: msOf(Math.min(drag.from, drag.to)), to: msOf(Math.max(drag.from, drag.to)) } : range;
  const files = [...zones.keys()].sort();
  return (
    <section className="timeline" data-testid="timeline" aria-label={t('bench.timeline.label')}>
      <header className="timeline-head">
        <strong>{t('bench.timeline.title', { title })}</strong>
        <span className="muted small" data-testid="timeline-counts" data-counting={counting ? 'true' : undefined}>
          {counting ? t('bench.timeline.counting') : ties ? t('bench.timeline.tieCounts', { calls: tieCount(rows, 1), transfers: tieCount(rows, 0), unit: bins.unit })
            : t('bench.timeline.counts', { calls: sum(bins.calls), transfers: sum(bins.transfers), unit: bins.unit })}
        </span>
        {range ? (
          <span className="timeline-range small" data-testid="timeline-range">
            {formatInZone(range.from, displayZone)} – {formatInZone(range.to, displayZone)} ({zoneLabel(displayZone)})
            <button type="button" className="link-button" data-testid="timeline-clear" onClick={() => onRange(null)}>{t('bench.timeline.clear')}</button>
          </span>
        ) : <span className="muted small">{t('bench.timeline.hint')}</span>}
        {ties ? <span className="timeline-note small" data-testid="timeline-ties" role="note">{t('bench.timeline.tiesNote', { limit: ROW_DETAIL_LIMIT, unit: bins.unit })}</span> : null}
        <label className="small">{t('bench.timeline.showIn')}
          <select value={displayZone} onChange={(event) => onDisplayZone(Number(event.target.value))} data-testid="timeline-display-zone">
            {zoneOptions(displayZone).map((zone) => <option key={zone.minutes} value={zone.minutes}>{zone.label}</option>)}
          </select>
        </label>
        <details className="timeline-zones small">
          <summary>{t('bench.timeline.fileZones')}</summary>
          <p className="muted">{t('bench.timeline.zonesHelp')}</p>
          <ul>
            {files.map((file) => (
              <li key={file}>
                <span className="mono">{file}</span>{' '}
                <select value={zones.get(file) ?? 0} data-testid={`zone-${file}`} onChange={(event) => onZone(file, Number(event.target.value))}>
                  {zoneOptions(zones.get(file) ?? 0).map((zone) => <option key={zone.minutes} value={zone.minutes}>{zone.label}</option>)}
                </select>
              </li>
            ))}
          </ul>
        </details>
      </header>
      {bins.edges.length === 0 ? (counting ? null : <p className="muted small">{t('bench.timeline.empty')}</p>) : (
        <svg ref={svg} className="timeline-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} preserveAspectRatio="none" role="img"
          aria-label={t('bench.timeline.chart')} data-testid="timeline-chart"
          onPointerDown={(event) => { event.currentTarget.setPointerCapture?.(event.pointerId); const x = toX(event); setDrag({ from: x, to: x }); }}
          onPointerMove={(event) => { if (drag) setDrag({ ...drag, to: toX(event) }); }}
          onPointerUp={() => {
            if (!drag) return;
            const [a, b] = [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)];
            setDrag(null);
            onRange(b - a < 3 ? null : { from: msOf(a), to: msOf(b) });
          }}>
          {bins.calls.map((calls, i) => {
            const transfers = bins.transfers[i] ?? 0;
            const x = xOf(bins.edges[i] ?? 0);
            const w = Math.max(1, xOf(bins.edges[i + 1] ?? 0) - x - 1);
            const hc = (calls / max) * HEIGHT;
            const ht = (transfers / max) * HEIGHT;
            return (
              <g key={i}>
                <rect x={x} y={HEIGHT - hc} width={w} height={hc} className="bar-calls"><title>{t(ties ? 'bench.timeline.tieBarTitle' : 'bench.timeline.barTitle', { when: formatInZone(bins.edges[i] ?? 0, displayZone), calls, transfers })}</title></rect>
                <rect x={x} y={HEIGHT - hc - ht} width={w} height={ht} className="bar-transfers" />
              </g>
            );
          })}
          <line x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} className="axis" />
          {[0, 0.25, 0.5, 0.75, 1].map((f) => (
            <text key={f} x={Math.min(WIDTH - 70, f * WIDTH)} y={HEIGHT + 12} className="axis-label">{formatInZone(msOf(f * WIDTH), displayZone, false)}</text>
          ))}
          {shown ? <rect x={xOf(shown.from)} y={0} width={Math.max(1, xOf(shown.to) - xOf(shown.from))} height={HEIGHT} className="brush" data-testid="timeline-brush" /> : null}
        </svg>
      )}
      <div className="timeline-legend small muted"><span className="swatch calls" /> {t('bench.timeline.calls')} <span className="swatch transfers" /> {t('bench.timeline.transfers')}</div>
    </section>
  );
}

function zoneOptions(current: number): readonly { minutes: number; label: string }[] {
  return ASEAN_ZONES.some((zone) => zone.minutes === current) ? ASEAN_ZONES : [...ASEAN_ZONES, { minutes: current, label: zoneLabel(current) }];
}

/** Every row lands in a bin: the bins' sum is the count (a million-row filter on each render was not). */
function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Ties of calls (`kind` 1) or of transfers (0). */
function tieCount(rows: RowTimes | TieSpans, kind: number): number {
  let count = 0;
  for (let index = 0; index < rows.length; index++) if (rows.calls[index] === kind) count += 1;
  return count;
}
