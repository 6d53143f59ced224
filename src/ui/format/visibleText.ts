// Text from the evidence as the workbench shows it: bidi overrides and hidden controls made visible.

import { showBidiControls } from '../../core/report/dossier/html.ts';

/**
 * `value` with bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and C0 controls
 * shown as `[U+202E]` markers, as the dossier shows them. NOTE: a U+202E in a name or an id would
 * reverse the rest of the line on screen ("gnp.exe" read as "exe.png"); evidence must not hide characters.
 * Use it on every id, label, alias, attribute and cell from data that a view puts on screen.
 */
export function visibleText(value: string): string {
  return showBidiControls(value);
}
