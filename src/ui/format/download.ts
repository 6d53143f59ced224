// Saves text as a file on this computer (a blob URL; nothing is sent anywhere).

import { checkInputSize } from '../../core/ingest/decode.ts';

export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves bytes (an export, a case file) as a file on this computer. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads picked or dropped files into memory; a file over the stated size limit is refused before any is read. */
export async function readFiles(list: FileList | File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  for (const file of list) checkInputSize(file.name, file.size);
  return Promise.all([...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
