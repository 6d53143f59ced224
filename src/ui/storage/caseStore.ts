// The one owner of the browser's storage: the last case, autosaved to IndexedDB as case-file bytes.

import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';

const DB_NAME = 'simpul';
const STORE = 'autosave';

/** What the start page shows about the stored case, without reading its bytes. */
export interface StoredCaseInfo {
  /** ISO 8601. */
  savedAt: string;
  /** Size of the stored case file in bytes. */
  size: number;
  /** A short description: files, entities, clusters. */
  summary: string;
}

interface SimpulDb extends DBSchema {
  autosave: {
    key: 'info' | 'bytes';
    /** The bytes as a Blob (cases stored before as a Uint8Array are still read). */
    value: StoredCaseInfo | Uint8Array | Blob;
  };
}

/** A storage failure put in words a person can act on. */
export class StorageError extends Error {
  readonly code = 'STORAGE';
  constructor(message: string) {
    super(message);
    this.name = 'StorageError';
  }
}

let database: Promise<IDBPDatabase<SimpulDb>> | null = null;
/** Bumped by `wipeStoredCase`: a save started before a wipe must not write the case back. */
let generation = 0;

function db(): Promise<IDBPDatabase<SimpulDb>> {
  if (!database) {
    if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError(unavailable()));
    database = openDB<SimpulDb>(DB_NAME, 1, {
      upgrade(upgrading) {
        upgrading.createObjectStore(STORE);
      },
      // NOTE: another tab wiping the case asks this one to let go of the database.
      blocking() {
        void database?.then((open) => open.close());
        database = null;
      },
    }).catch((error: unknown) => {
      database = null;
      throw new StorageError(`${unavailable()} (${describe(error)})`);
    });
  }
  return database;
}

function unavailable(): string {
  return 'This browser does not let Simpul keep the case between visits (a private window, or storage turned off). Use "Save case" to keep a copy on disk.';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function translate(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return new StorageError('The browser\'s storage for Simpul is full, so the case was not autosaved. Use "Save case" to keep a copy on disk, or free space in the browser\'s site settings.');
  }
  return new StorageError(`The case could not be autosaved in this browser (${describe(error)}). Use "Save case" to keep a copy on disk.`);
}

/** Taken before building what will be stored: a wipe in between makes `storeCase` with this ticket do nothing. */
export function storeTicket(): number {
  return generation;
}

/** Replaces the stored case with these case-file bytes (unless the store was wiped since `ticket` was taken). */
export async function storeCase(bytes: Uint8Array, info: StoredCaseInfo, ticket: number): Promise<void> {
  if (ticket !== generation) return;
  const started = generation;
  try {
    const open = await db();
    if (started !== generation) return;
    const tx = open.transaction(STORE, 'readwrite');
    // NOTE: stored as a Blob: a Uint8Array is copied for IndexedDB on the page's main thread (a case file of a
    // 63 k-entity case froze the page for a second on each autosave); a Blob's bytes are written by the browser.
    await Promise.all([tx.store.put(new Blob([bytes as Uint8Array<ArrayBuffer>]), 'bytes'), tx.store.put(info, 'info'), tx.done]);
  } catch (error) {
    throw translate(error);
  }
}

// NOTE: looking must not create: after a wipe the database stays deleted until there is a case to keep.
async function exists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') throw new StorageError(unavailable());
  if (database || typeof indexedDB.databases !== 'function') return true;
  return (await indexedDB.databases()).some((info) => info.name === DB_NAME);
}

/** What is stored, or undefined when nothing is. */
export async function storedCaseInfo(): Promise<StoredCaseInfo | undefined> {
  try {
    if (!(await exists())) return undefined;
    const value = await (await db()).get(STORE, 'info');
    return isInfo(value) ? value : undefined;
  } catch (error) {
    throw translate(error);
  }
}

/** The stored case-file bytes (to be opened like a file), or undefined. */
export async function storedCaseBytes(): Promise<Uint8Array | undefined> {
  try {
    if (!(await exists())) return undefined;
    const value = await (await db()).get(STORE, 'bytes');
    if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
    return value instanceof Uint8Array ? value : undefined;
  } catch (error) {
    throw translate(error);
  }
}

/** Erases everything Simpul stored in this browser: the database is deleted, not emptied. */
export async function wipeStoredCase(): Promise<void> {
  generation += 1;
  const open = database;
  database = null;
  try {
    if (open) (await open.catch(() => null))?.close();
    if (typeof indexedDB === 'undefined') return;
    await deleteDB(DB_NAME);
  } catch (error) {
    throw new StorageError(`The stored case could not be erased (${describe(error)}). Close other Simpul tabs and try again.`);
  }
}

function isInfo(value: unknown): value is StoredCaseInfo {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return false;
  const record = value as Record<string, unknown>;
  return typeof record.savedAt === 'string' && typeof record.size === 'number' && typeof record.summary === 'string';
}
