// report.json's exact text: the export writes it, and the dossier prints its SHA-256.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Report } from './reportModel.ts';
import { collectText, Utf8Chunks, type TextOut } from './textOut.ts';

/** report.json as one string (tests, and small reports). */
export function reportJson(report: Report): string {
  return collectText((out) => writeReportJson(out, report));
}

/** The same text as `JSON.stringify(report, null, 2)` and a newline, written a cluster member, ledger row… at a time. */
export function writeReportJson(out: TextOut, report: Report): void {
  writePrettyJson(out, report, '', 4);
  out.write('\n');
}

/** SHA-256 of report.json's UTF-8 bytes (lower-case hex), hashed as it is written, never held whole. */
export function reportJsonSha256(report: Report): string {
  const hash = sha256.create();
  const out = new Utf8Chunks((chunk) => hash.update(chunk));
  writeReportJson(out, report);
  out.end();
  return bytesToHex(hash.digest());
}

// NOTE: JSON.stringify(value, null, 2) writes a newline only between tokens (inside strings it writes `\n`), so a
// value nested `depth` levels down is its own JSON.stringify with every newline followed by the indent it sits at.
/**
 * Writes exactly what `JSON.stringify(value, null, 2)` returns, arrays and objects down to `depth` levels a
 * member at a time and anything deeper in one piece; `indent` is the indentation the value already sits at.
 */
export function writePrettyJson(out: TextOut, value: unknown, indent: string, depth: number): void {
  if (depth <= 0 || value === null || typeof value !== 'object' || hasToJson(value)) {
    const text = JSON.stringify(value, null, 2);
    out.write(indent === '' || !text.includes('\n') ? text : text.replace(/\n/g, `\n${indent}`));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.write('[]');
      return;
    }
    out.write('[');
    for (let index = 0; index < value.length; index++) {
      out.write(`${index === 0 ? '' : ','}\n${inner}`);
      const item: unknown = value[index];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') out.write('null');
      else writePrettyJson(out, item, inner, depth - 1);
    }
    out.write(`\n${indent}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => {
    const item = record[key];
    return item !== undefined && typeof item !== 'function' && typeof item !== 'symbol';
  });
  if (keys.length === 0) {
    out.write('{}');
    return;
  }
  out.write('{');
  keys.forEach((key, index) => {
    out.write(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    writePrettyJson(out, record[key], inner, depth - 1);
  });
  out.write(`\n${indent}}`);
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
