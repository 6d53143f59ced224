// The Export menu: every export the core offers, the dossier's marking, plus pictures of the graph as drawn.
import { useState } from 'react';
import { EXPORTS, type ExportName, type ExportOptions } from '../../core/report/exportAll.ts';
import { HeaderMenu, MenuItem } from '../components/HeaderMenu.tsx';
import { hasDrawing } from '../graph/currentDrawing.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export type ImageKind = 'png' | 'svg';

const MARKINGS = ['', 'UNCLASSIFIED', 'OFFICIAL', 'RESTRICTED', 'CONFIDENTIAL', 'SECRET', 'TERBATAS', 'RAHASIA'];

export function ExportMenu({ busy, onExport, onImage }: {
  busy: boolean; onExport: (name: ExportName, options: ExportOptions) => void; onImage: (kind: ImageKind) => void;
}) {
  const { t, coded } = useWords();
  // NOTE: what the analyst states for the dossier stays for the session: one case, one reference.
  const [caseReference, setCaseReference] = useState('');
  const [classification, setClassification] = useState('');
  const options: ExportOptions = { ...(caseReference.trim() ? { caseReference: caseReference.trim() } : {}), ...(classification ? { classification } : {}) };
  return (
    <HeaderMenu label={t('exports.label')} testId="export-menu" busy={busy}>
      {(close) => {
        const drawn = hasDrawing();
        const noDrawing = t('exports.noDrawing');
        return (
          <>
            <p className="menu-heading">{t('dossier.heading')}</p>
            <div className="menu-fields">
              <label className="field">{t('dossier.caseReference')}
                <input type="text" value={caseReference} data-testid="dossier-case-reference" onChange={(event) => setCaseReference(event.target.value)} />
              </label>
              <label className="field">{t('dossier.classification')}
                <select value={classification} data-testid="dossier-classification" onChange={(event) => setClassification(event.target.value)}>
                  {MARKINGS.map((marking) => <option key={marking} value={marking}>{marking || '—'}</option>)}
                </select>
              </label>
            </div>
            <p className="menu-heading">{t('exports.findings')}</p>
            {EXPORTS.map((item) => (
              <MenuItem key={item.name} testId={`export-${item.name}`} label={item.name} detail={coded('exports.item', item.name.replace(/[^A-Za-z0-9]/g, '_'), undefined, item.label)} disabled={busy}
                onChoose={() => { close(); onExport(item.name, options); }} />
            ))}
            <p className="menu-heading">{t('exports.asDrawn')}</p>
            <MenuItem testId="export-graph.png" label="graph.png" detail={t('exports.png')} disabled={!drawn || busy} title={drawn ? undefined : noDrawing}
              onChoose={() => { close(); onImage('png'); }} />
            <MenuItem testId="export-graph.svg" label="graph.svg" detail={t('exports.svg')} disabled={!drawn || busy} title={drawn ? undefined : noDrawing}
              onChoose={() => { close(); onImage('svg'); }} />
          </>
        );
      }}
    </HeaderMenu>
  );
}
