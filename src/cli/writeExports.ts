// Every export the CLI writes into --out, through the same core list the browser's Export menu uses, each
// streamed to disk chunk by chunk (a national case's exports run to hundreds of megabytes; none is held whole).

import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisResult } from '../core/analysis/types.ts';
import type { CaseModel } from '../core/model/types.ts';
import { EXPORTS, exportGexfVersions, exportTo, exportViews, type ExportOptions, type Sha256Factory, type StreamOptions } from '../core/report/exportAll.ts';
import type { ByteSink } from '../core/report/textOut.ts';
import type { Report } from '../core/report/reportModel.ts';
import { nodeCrc32, nodeDeflater } from './nodeDeflater.ts';

export interface ExportSources {
  report: Report;
  model: CaseModel;
  analysis: AnalysisResult;
  options?: ExportOptions;
}

/**
 * Receives each export's bytes in order: `first` marks the first chunk of a file (an empty export gets one empty chunk).
 * The chunks of graph.gexf and graph-gexf1.2.gexf come interleaved (they are written together); a chunk handed to both
 * is the same array, for reading only.
 */
export type ChunkWriter = (name: string, chunk: Uint8Array, first: boolean) => void;

/** Streams each export into `write`, one file after another; returns the names written. Zips deflate and checksum with Node's zlib, report.json is fingerprinted with Node's crypto. */
export async function writeExports(_dir: string, sources: ExportSources, write: ChunkWriter, options: StreamOptions = { deflater: nodeDeflater, crc32: nodeCrc32, sha256: nodeSha256 }): Promise<string[]> {
  const views = exportViews(sources);
  // NOTE: report.json first: it is hashed as it is written, and the dossier prints that hash.
  const order = [...EXPORTS].sort((a, b) => Number(b.name === 'report.json') - Number(a.name === 'report.json'));
  for (const { name } of order) {
    if (name === 'graph-gexf1.2.gexf') continue;
    if (name === 'graph.gexf') {
      const [gexf13, end13] = fileSink('graph.gexf', write);
      const [gexf12, end12] = fileSink('graph-gexf1.2.gexf', write);
      exportGexfVersions(sources, { '1.3': gexf13, '1.2': gexf12 }, views, options);
      end13();
      end12();
      continue;
    }
    const [sink, end] = fileSink(name, write);
    await exportTo(name, sources, sink, views, options);
    end();
  }
  return EXPORTS.map(({ name }) => name);
}

/** A sink for one file of `write`, and what to call when the file is complete (an empty file still gets its chunk). */
function fileSink(name: string, write: ChunkWriter): [ByteSink, () => void] {
  let first = true;
  const sink: ByteSink = (chunk) => {
    write(name, chunk, first);
    first = false;
  };
  return [sink, () => {
    if (first) write(name, new Uint8Array(0), true);
  }];
}

/** SHA-256 over Node's crypto (native): report.json's fingerprint, which the dossier prints. */
export const nodeSha256: Sha256Factory = () => {
  const hash = createHash('sha256');
  return { update: (chunk) => hash.update(chunk), hex: () => hash.digest('hex') };
};

/** Writes chunks into files in `dir` and keeps each file's SHA-256 (for SHA256SUMS); a file stays open until `close()`. */
export class FolderWriter {
  private readonly open = new Map<string, { fd: number; hash: Hash }>();
  readonly sha256 = new Map<string, string>();

  constructor(private readonly dir: string) {}

  readonly write: ChunkWriter = (name, chunk, first) => {
    if (first) {
      this.closeFile(name);
      this.open.set(name, { fd: openSync(join(this.dir, name), 'w'), hash: createHash('sha256') });
    }
    const file = this.open.get(name);
    if (!file) throw new Error(`writeExports: ${name} was written before it was opened`);
    file.hash.update(chunk);
    for (let offset = 0; offset < chunk.length;) offset += writeSync(file.fd, chunk, offset);
  };

  /** Closes every file still open (call once at the end; safe to call twice). */
  close(): void {
    for (const name of [...this.open.keys()]) this.closeFile(name);
  }

  private closeFile(name: string): void {
    const file = this.open.get(name);
    if (!file) return;
    closeSync(file.fd);
    this.sha256.set(name, file.hash.digest('hex'));
    this.open.delete(name);
  }
}
