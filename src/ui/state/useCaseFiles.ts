// Save, open and export for the case on screen: the work runs in the worker that holds the case, the file is a local download.
import { useCallback, useState } from 'react';
import { EXPORTS, type ExportName, type ExportOptions } from '../../core/report/exportAll.ts';
import { caseFileName, isGzip, type CaseView } from '../../core/workspace/caseFile.ts';
import { downloadBlob, downloadBytes } from '../format/download.ts';
import { drawingPng, drawingPositions, drawingSvg } from '../graph/currentDrawing.ts';
import type { ImageKind } from '../views/ExportMenu.tsx';
import { problemOf, type WorkbenchActions } from './useWorkbench.ts';

/** `simpul-case-2025-01-31.simpul.json` (`.simpul.json.gz` when compressed): the date, never a name from the evidence. */
export function savedCaseName(now = new Date(), gzip = false): string {
  return caseFileName(`simpul-case-${now.toISOString().slice(0, 10)}`, gzip);
}

export function useCaseFiles(actions: WorkbenchActions, view: () => CaseView) {
  const [busy, setBusy] = useState<'export' | 'case' | null>(null);

  const run = useCallback(async (kind: 'export' | 'case', work: () => Promise<void>) => {
    setBusy(kind);
    try {
      await work();
    } catch (error) {
      actions.showProblem(problemOf(error));
    } finally {
      setBusy(null);
    }
  }, [actions]);

  const exportFile = useCallback((name: ExportName, options: ExportOptions = {}) => run('export', async () => {
    const bytes = await actions.exportBytes(name, { ...options, positions: drawingPositions() });
    downloadBytes(name, bytes, EXPORTS.find((item) => item.name === name)?.mime ?? 'application/octet-stream');
  }), [actions, run]);

  const exportImage = useCallback((kind: ImageKind) => run('export', async () => {
    if (kind === 'png') downloadBlob('graph.png', await drawingPng());
    else downloadBlob('graph.svg', new Blob([drawingSvg()], { type: 'image/svg+xml;charset=utf-8' }));
  }), [run]);

  const saveCase = useCallback(() => run('case', async () => {
    const bytes = await actions.caseBytes(view());
    const gzip = isGzip(bytes);
    downloadBytes(savedCaseName(new Date(), gzip), bytes, gzip ? 'application/gzip' : 'application/json');
  }), [actions, run, view]);

  const openFile = useCallback((file: File) => run('case', async () => {
    await actions.openCase(new Uint8Array(await file.arrayBuffer()), file.name);
  }), [actions, run]);

  return { busy, exportFile, exportImage, saveCase, openFile };
}
