// A streaming CSV writer that counts lines, so planted bad rows can be reported by file and line.

import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface CsvOptions {
  delimiter: string;
  eol?: '\n' | '\r\n';
  bom?: boolean;
}

export class CsvSink {
  /** Lines written so far; the header is line 1, as a text editor counts. */
  line = 0;
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  private size = 0;
  private readonly eol: string;

  constructor(readonly path: string, readonly header: string[], private readonly options: CsvOptions) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.eol = options.eol ?? '\n';
    if (options.bom) this.push('\uFEFF');
    this.row(header);
  }

  private escape(field: string): string {
    const d = this.options.delimiter;
    return field.includes(d) || field.includes('"') || field.includes('\n') || field.includes('\r')
      ? `"${field.replace(/"/g, '""')}"` : field;
  }

  private push(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
  }

  /** Write one record; returns its line number. */
  row(fields: readonly string[]): number {
    this.push(fields.map((f) => this.escape(f)).join(this.options.delimiter) + this.eol);
    return ++this.line;
  }

  /** Write a line exactly as given, unescaped: for the planted malformed rows. */
  raw(text: string): number {
    this.push(text + this.eol);
    return ++this.line;
  }

  /** Hand buffered text to the stream once it is big enough, waiting when the stream asks us to. */
  async flush(force = false): Promise<void> {
    if (this.size === 0 || (!force && this.size < 1 << 16)) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush(true);
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
