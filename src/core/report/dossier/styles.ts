// The dossier's only stylesheet, inline: readable on screen, one cluster a page in print.

export const DOSSIER_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Myanmar", "Noto Sans Thai", sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #1f5fa8; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #c8ccd0; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: #5a6470; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 0.6rem; font-size: 0.8rem; font-weight: 600; }
.badge.victim { background: #fff3c4; color: #6b4e00; border: 1px solid #e0a800; }
.badge.hub { background: #eceff1; color: #37474f; border: 1px solid #90a4ae; }
.badge.cross { background: #e3f2fd; color: #0d47a1; border: 1px solid #64b5f6; }
.note { white-space: pre-wrap; background: #fffbea; border-left: 3px solid #e0a800; padding: 0.3rem 0.6rem; margin: 0.3rem 0; }
.lbl { font: 10px system-ui, sans-serif; fill: #1a1a1a; unicode-bidi: isolate; }
figure { margin: 0.6rem 0; }
figure svg { max-width: 100%; height: auto; border: 1px solid #c8ccd0; }
.key { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85rem; white-space: nowrap; }
.key.hash { font-size: 0.72rem; }
.nowrap { white-space: nowrap; }
.translit { font-size: 0.8rem; color: #5a6470; }
.translit .latin { font-style: italic; color: #2b3440; }
.translit .points { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.7rem; }
.marking { text-align: center; font-weight: 700; letter-spacing: 0.1em; color: #8b0000; margin: 0.2rem 0; }
.case-reference { font-size: 1.1rem; }
nav#contents ol { padding-left: 1.4rem; }
nav#contents .toc-clusters { columns: 3; font-size: 0.9rem; }
.legend svg { max-width: 100%; }
.warning { border: 1px solid #e0a800; background: #fffbea; padding: 0.4rem 0.6rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  .cluster, #summary { break-before: page; page-break-before: always; }
  td .key { white-space: nowrap; }
  thead { display: table-header-group; }
  tr, figure, .note { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
