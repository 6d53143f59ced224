// Placeholder for the Export menu (exports and case-file save/restore arrive with their own issue).
export function ExportMenu() {
  return <button type="button" className="button small" disabled title="Exports are coming: report, CSV, GraphML, GEXF, case file" data-testid="export-menu">Export ▾</button>;
}
