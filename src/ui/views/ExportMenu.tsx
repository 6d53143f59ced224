// The Export menu: every export the core offers, plus pictures of the graph as drawn.
import { EXPORTS, type ExportName } from '../../core/report/exportAll.ts';
import { HeaderMenu, MenuItem } from '../components/HeaderMenu.tsx';
import { hasDrawing } from '../graph/currentDrawing.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

export type ImageKind = 'png' | 'svg';

export function ExportMenu({ busy, onExport, onImage }: { busy: boolean; onExport: (name: ExportName) => void; onImage: (kind: ImageKind) => void }) {
  const { t, coded } = useWords();
  return (
    <HeaderMenu label={t('exports.label')} testId="export-menu" busy={busy}>
      {(close) => {
        const drawn = hasDrawing();
        const noDrawing = t('exports.noDrawing');
        return (
          <>
            <p className="menu-heading">{t('exports.findings')}</p>
            {EXPORTS.map((item) => (
              <MenuItem key={item.name} testId={`export-${item.name}`} label={item.name} detail={coded('exports.item', item.name.replace(/[^A-Za-z0-9]/g, '_'), undefined, item.label)} disabled={busy}
                onChoose={() => { close(); onExport(item.name); }} />
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
