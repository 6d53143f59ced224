// Entities, links and the row ledger from an untrusted case file, record by record.

import type { LedgerEntry, LedgerParams } from '../ingest/ledger.ts';
import { FILE_KINDS } from '../ingest/roles.ts';
import { ENTITY_TYPES, LINK_TYPES, entityId, linkId, type CaseModel, type Entity, type Link, type LinkRow, type SourceLines } from '../model/types.ts';
import type { Check } from './check.ts';

/** The resolved case: entity ids unique and `type:key`; links between known entities, ids `type|source|target`. */
export function readModel(check: Check, value: unknown, at: string): CaseModel {
  const data = check.record(value, at);
  const entities = check.list(data.entities, `${at}.entities`).map((item, i) => readEntity(check, item, `${at}.entities[${i}]`));
  const ids = new Set<string>();
  entities.forEach((entity, i) => {
    if (ids.has(entity.id)) check.fail(`${at}.entities[${i}].id`, `repeats ${JSON.stringify(entity.id)}; entity ids must be unique`);
    ids.add(entity.id);
  });
  const linkIds = new Set<string>();
  const links = check.list(data.links, `${at}.links`).map((item, i) => {
    const link = readLink(check, item, `${at}.links[${i}]`);
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(link[end])) check.fail(`${at}.links[${i}].${end}`, `names ${JSON.stringify(link[end])}, which is not an entity of the case`);
    }
    if (linkIds.has(link.id)) check.fail(`${at}.links[${i}].id`, `repeats ${JSON.stringify(link.id)}; link ids must be unique`);
    linkIds.add(link.id);
    return link;
  });
  return { entities, links };
}

function readEntity(check: Check, value: unknown, at: string): Entity {
  const data = check.record(value, at);
  const type = check.oneOf(data.type, ENTITY_TYPES, `${at}.type`);
  const key = check.string(data.key, `${at}.key`);
  const id = check.string(data.id, `${at}.id`);
  if (id !== entityId(type, key)) check.fail(`${at}.id`, `must be "${entityId(type, key)}" (type:key), found ${JSON.stringify(id)}`);
  const country = check.optionalString(data.country, `${at}.country`);
  return {
    id, type, key,
    label: check.string(data.label, `${at}.label`),
    ...(country !== undefined ? { country } : {}),
    variants: check.strings(data.variants, `${at}.variants`),
    attributes: check.map(data.attributes, `${at}.attributes`, (item, where) => check.string(item, where)),
    sources: readSources(check, data.sources, `${at}.sources`),
  };
}

function readLink(check: Check, value: unknown, at: string): Link {
  const data = check.record(value, at);
  const type = check.oneOf(data.type, LINK_TYPES, `${at}.type`);
  const source = check.string(data.source, `${at}.source`);
  const target = check.string(data.target, `${at}.target`);
  const id = check.string(data.id, `${at}.id`);
  if (id !== linkId(type, source, target)) check.fail(`${at}.id`, `must be "${linkId(type, source, target)}" (type|source|target)`);
  const firstTime = check.optionalString(data.firstTime, `${at}.firstTime`);
  const lastTime = check.optionalString(data.lastTime, `${at}.lastTime`);
  const label = check.optionalString(data.label, `${at}.label`);
  const weight = data.weight === undefined ? undefined : check.number(data.weight, `${at}.weight`);
  return {
    id, type, source, target,
    count: check.number(data.count, `${at}.count`, { integer: true, min: 0 }),
    durationSeconds: check.number(data.durationSeconds, `${at}.durationSeconds`, { min: 0 }),
    amounts: check.map(data.amounts, `${at}.amounts`, (item, where) => check.number(item, where)),
    ...(firstTime !== undefined ? { firstTime } : {}),
    ...(lastTime !== undefined ? { lastTime } : {}),
    ...(label !== undefined ? { label } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(data.attributes !== undefined ? { attributes: check.map(data.attributes, `${at}.attributes`, (item, where) => check.string(item, where)) } : {}),
    sources: readSources(check, data.sources, `${at}.sources`),
    ...(data.rows !== undefined ? { rows: readRows(check, data.rows, `${at}.rows`) } : {}),
  };
}

/** A call's or transfer's source rows (file, line, time, duration, amount, transaction id). */
function readRows(check: Check, value: unknown, at: string): LinkRow[] {
  return check.list(value, at).map((item, i) => {
    const where = `${at}[${i}]`;
    const data = check.record(item, where);
    const row: LinkRow = { file: check.string(data.file, `${where}.file`), line: check.number(data.line, `${where}.line`, { integer: true, min: 1 }) };
    const time = check.optionalString(data.time, `${where}.time`);
    if (time !== undefined) row.time = time;
    if (data.durationSeconds !== undefined) row.durationSeconds = check.number(data.durationSeconds, `${where}.durationSeconds`, { min: 0 });
    if (data.amount !== undefined) row.amount = check.number(data.amount, `${where}.amount`);
    const currency = check.optionalString(data.currency, `${where}.currency`);
    if (currency !== undefined) row.currency = currency;
    const transactionId = check.optionalString(data.transactionId, `${where}.transactionId`);
    if (transactionId !== undefined) row.transactionId = transactionId;
    if (data.attributes !== undefined) row.attributes = check.map(data.attributes, `${where}.attributes`, (item, path) => check.string(item, path));
    return row;
  });
}

/** Provenance: files with positive whole line numbers. */
export function readSources(check: Check, value: unknown, at: string): SourceLines[] {
  return check.list(value, at).map((item, i) => {
    const data = check.record(item, `${at}[${i}]`);
    const where = `${at}[${i}].lines`;
    const lines = check.list(data.lines, where, 'a list of line numbers').map((line) => {
      if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
        check.fail(where, `must be a list of line numbers (whole numbers from 1), found ${JSON.stringify(line)}`);
      }
      return line;
    });
    return { file: check.string(data.file, `${at}[${i}].file`), lines };
  });
}

/** The row ledger: every file with its rows, rejections, warnings and assumptions. */
export function readLedger(check: Check, value: unknown, at: string): LedgerEntry[] {
  return check.list(value, at).map((item, i) => {
    const where = `${at}[${i}]`;
    const data = check.record(item, where);
    const kind = data.kind === undefined ? undefined : check.oneOf(data.kind, FILE_KINDS, `${where}.kind`);
    const entry: LedgerEntry = {
      file: check.string(data.file, `${where}.file`),
      ...(kind !== undefined ? { kind } : {}),
      rows: check.number(data.rows, `${where}.rows`, { integer: true, min: 0 }),
      imported: check.number(data.imported, `${where}.imported`, { integer: true, min: 0 }),
      rejected: check.list(data.rejected, `${where}.rejected`).map((row, j) => {
        const r = check.record(row, `${where}.rejected[${j}]`);
        return { line: check.number(r.line, `${where}.rejected[${j}].line`, { integer: true, min: 1 }), reason: check.string(r.reason, `${where}.rejected[${j}].reason`), ...readCode(check, r, `${where}.rejected[${j}]`) };
      }),
      warnings: check.list(data.warnings, `${where}.warnings`).map((row, j) => {
        const r = check.record(row, `${where}.warnings[${j}]`);
        return { line: check.number(r.line, `${where}.warnings[${j}].line`, { integer: true, min: 1 }), message: check.string(r.message, `${where}.warnings[${j}].message`), ...readCode(check, r, `${where}.warnings[${j}]`) };
      }),
      assumptions: check.strings(data.assumptions, `${where}.assumptions`),
    };
    if (data.notes !== undefined) {
      entry.notes = check.list(data.notes, `${where}.notes`).map((note, j) => {
        const n = check.record(note, `${where}.notes[${j}]`);
        return { text: check.string(n.text, `${where}.notes[${j}].text`), code: check.string(n.code, `${where}.notes[${j}].code`), ...readCode(check, n, `${where}.notes[${j}]`) };
      });
    }
    const sha256 = check.optionalString(data.sha256, `${where}.sha256`);
    if (sha256 !== undefined) entry.sha256 = sha256;
    if (data.zone !== undefined) {
      const zone = check.record(data.zone, `${where}.zone`);
      entry.zone = {
        minutes: check.number(zone.minutes, `${where}.zone.minutes`, { integer: true, min: -720, max: 840 }),
        from: check.oneOf(zone.from, ['values', 'header', 'country'] as const, `${where}.zone.from`),
      };
    }
    if (data.error !== undefined) {
      const error = check.record(data.error, `${where}.error`);
      entry.error = { code: check.string(error.code, `${where}.error.code`), message: check.string(error.message, `${where}.error.message`) };
    }
    return entry;
  });
}

/** The optional `code` and `params` of a ledger line (params: placeholder names chosen by the code). */
function readCode(check: Check, data: Record<string, unknown>, at: string): { code?: string; params?: LedgerParams } {
  const code = check.optionalString(data.code, `${at}.code`);
  if (data.params === undefined) return code !== undefined ? { code } : {};
  const params = check.map(data.params, `${at}.params`, (value, where): string | number =>
    typeof value === 'number' ? check.number(value, where) : check.string(value, where));
  return { ...(code !== undefined ? { code } : {}), params };
}
