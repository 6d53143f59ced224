// Every export the CLI writes into --out, through the same core list the browser's Export menu uses, each
// streamed to disk chunk by chunk (a national case's exports run to hundreds of megabytes; none is held whole).

import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisResult } from '../core/analysis/types.ts';
import type { CaseModel } from '../core/model/types.ts';
import { EXPORTS, exportTo, exportViews, type ExportOptions, type Sha256Factory, type StreamOptions } from '../core/report/exportAll.ts';
import type { Report } from '../core/report/reportModel.ts';
import { nodeCrc32, nodeDeflater } from './nodeDeflater.ts';

export interface ExportSources {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  options?: ExportOptions;
}

/** Receives each export's bytes in order: `first` marks the first chunk of a file (an empty export gets one empty chunk). */
export type ChunkWriter = (name: string, chunk: Uint8Array, first: boolean) => void;

/** Streams each export into `write`, one file after another; returns the names written. Zips deflate and checksum with Node's zlib, report.json is fingerprinted with Node's crypto. */
export async function writeExports(_dir: string, sources: ExportSources, write: ChunkWriter, options: StreamOptions = { deflater: nodeDeflater, crc32: nodeCrc32, sha256: nodeSha256 }): Promise<string[]> {
  const views = exportViews(sources);
  // NOTE: report.json first: it is hashed as it is written, and the dossier prints that hash.
  const order = [...EXPORTS].sort((a, b) => Number(b.name === 'report.json') - Number(a.name === 'report.json'));
  for (const { name } of order) {
    let first = true;
    await exportTo(name, sources, (chunk) => {
      write(name, chunk, first);
      first = false;
    }, views, options);
    if (first) write(name, new Uint8Array(0), true);
  }
  return EXPORTS.map(({ name }) => name);
}

/** SHA-256 over Node's crypto (native): report.json's fingerprint, which the dossier prints. */
export const nodeSha256: Sha256Factory = () => {
  const hash = createHash('sha256');
  return { update: (chunk) => hash.update(chunk), hex: () => hash.digest('hex') };
};

/** Writes chunks into files in `dir`, one open file at a time, and keeps each file's SHA-256 (for SHA256SUMS). */
export class FolderWriter {
  private fd: number | undefined;
  private hash: Hash | undefined;
  private name = '';
  readonly sha256 = new Map<string, string>();

  constructor(private readonly dir: string) {}

  readonly write: ChunkWriter = (name, chunk, first) => {
    if (first) {
      this.close();
      this.fd = openSync(join(this.dir, name), 'w');
      this.hash = createHash('sha256');
      this.name = name;
    }
    if (this.fd === undefined || !this.hash) throw new Error(`writeExports: ${name} was written before it was opened`);
    this.hash.update(chunk);
    for (let offset = 0; offset < chunk.length;) offset += writeSync(this.fd, chunk, offset);
  };

  /** Closes the file being written (call once at the end; safe to call twice). */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.sha256.set(this.name, this.hash?.digest('hex') ?? '');
    this.fd = undefined;
    this.hash = undefined;
  }
}
