// One reader per file kind.

import type { FileKind } from '../roles.ts';
import { readAccountHolder, readLocation, readPerson, readSubscriber, type RowReader } from './entityLists.ts';
import { readAssociation, readCall, readGenericLink, readSighting, readTransfer } from './events.ts';
import { readStatementRow } from './statement.ts';

export const ROW_READERS: Record<FileKind, RowReader> = {
  people: readPerson,
  subscribers: readSubscriber,
  account_holders: readAccountHolder,
  locations: readLocation,
  calls: readCall,
  transfers: readTransfer,
  statement: readStatementRow,
  sightings: readSighting,
  associations: readAssociation,
  links: readGenericLink,
};

export type { RowReader } from './entityLists.ts';
export { ReadingCache, RowContext, type FileSettings } from './rowContext.ts';
