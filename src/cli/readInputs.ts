// Files and folders named on the command line, read into memory; a missing path is the user's mistake, said plainly.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SimpulError, isSimpulError } from '../core/model/errors.ts';
import { checkInputSize } from '../core/ingest/decode.ts';
import type { InputFile } from '../core/ingest/prepareFile.ts';

const CSV_LIKE = /\.(csv|tsv|txt)$/i;

/** Reads every named file, and every .csv/.tsv/.txt file in named folders (sorted, not recursive into hidden folders). */
export function readInputs(paths: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new SimpulError('FILE_NOT_FOUND', `${path}: no such file or folder. Check the path (relative to ${process.cwd()}).`, { file: path });
    }
    if (stats.isDirectory()) {
      const names = readdirSync(path).filter((name) => CSV_LIKE.test(name) && !name.startsWith('.')).sort();
      if (names.length === 0) throw new SimpulError('FILE_NOT_FOUND', `${path}: the folder holds no .csv, .tsv or .txt files.`, { file: path });
      for (const name of names) files.push(readOne(join(path, name)));
    } else {
      files.push(readOne(path));
    }
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.name)) {
      throw new SimpulError('ARGUMENT_INVALID', `two input files are named ${file.name}: provenance is by file name, so rename one.`, { file: file.name });
    }
    seen.add(file.name);
  }
  return files;
}

function readOne(path: string): InputFile {
  try {
    checkInputSize(basename(path), statSync(path).size);
  } catch (error) {
    if (isSimpulError(error)) throw error;
  }
  try {
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    throw new SimpulError('FILE_UNREADABLE', `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Check its permissions.`, { file: path });
  }
}
