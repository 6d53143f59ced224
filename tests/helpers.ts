// Small helpers shared by tests: bytes from text, one-file pipeline runs.

import { afterEach, beforeEach, vi } from 'vitest';
import type { InputFile } from '../src/core/ingest/prepareFile.ts';

/** A CSV input from text (UTF-8, no BOM unless given). */
export function csv(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** UTF-16 little-endian with BOM, as Excel's "Unicode Text" writes. */
export function utf16le(name: string, text: string): InputFile {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return { name, bytes };
}

/** What an in-process CLI run printed; filled between each test's start and end (see captureOutput). */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/** Registers beforeEach/afterEach that capture process.stdout/stderr for in-process `main()` runs. */
export function captureOutput(): CapturedOutput {
  const output: CapturedOutput = { stdout: '', stderr: '' };
  beforeEach(() => {
    output.stdout = '';
    output.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return output;
}
