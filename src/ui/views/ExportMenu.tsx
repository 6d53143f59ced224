// The Export menu: every export the core offers, plus pictures of the graph as drawn.
import { EXPORTS, type ExportName } from '../../core/report/exportAll.ts';
import { HeaderMenu, MenuItem } from '../components/HeaderMenu.tsx';
import { hasDrawing } from '../graph/currentDrawing.ts';

export type ImageKind = 'png' | 'svg';

export function ExportMenu({ busy, onExport, onImage }: { busy: boolean; onExport: (name: ExportName) => void; onImage: (kind: ImageKind) => void }) {
  return (
    <HeaderMenu label="Export" testId="export-menu" busy={busy}>
      {(close) => {
        const drawn = hasDrawing();
        const noDrawing = 'Draw a cluster, a selection or the whole case first (Graph tab)';
        return (
          <>
            <p className="menu-heading">Findings</p>
            {EXPORTS.map((item) => (
              <MenuItem key={item.name} testId={`export-${item.name}`} label={item.name} detail={item.label} disabled={busy}
                onChoose={() => { close(); onExport(item.name); }} />
            ))}
            <p className="menu-heading">Graph as drawn</p>
            <MenuItem testId="export-graph.png" label="graph.png" detail="Picture (reports, slides)" disabled={!drawn || busy} title={drawn ? undefined : noDrawing}
              onChoose={() => { close(); onImage('png'); }} />
            <MenuItem testId="export-graph.svg" label="graph.svg" detail="Drawing (Inkscape, Illustrator, Word)" disabled={!drawn || busy} title={drawn ? undefined : noDrawing}
              onChoose={() => { close(); onImage('svg'); }} />
          </>
        );
      }}
    </HeaderMenu>
  );
}
