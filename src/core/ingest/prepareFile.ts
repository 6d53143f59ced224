// From bytes to a plan: decode, parse, classify, and settle the file's country and date format.

import { inferDateFormat, type DateFormat } from '../normalize/date.ts';
import { countryName } from '../normalize/country.ts';
import { describePlan, detectDroppedTrunkZero, inferPhoneCountry } from '../normalize/phone.ts';
import { classifyTable, type Classification } from './classify.ts';
import { decodeText } from './decode.ts';
import type { FileMapping, MappingFile } from './mapping.ts';
import { parseTable, type Table } from './parseTable.ts';
import type { ColumnRole } from './roles.ts';
import type { FileSettings } from './readers/index.ts';
import { detectCallParties } from './readers/callParties.ts';

export interface InputFile {
  /** File name as the user knows it (no folder). */
  name: string;
  bytes: Uint8Array;
}

export interface PreparedFile {
  table: Table;
  classification: Classification;
  settings: FileSettings;
  /** How the default country was chosen: stated in the mapping or on the command line, inferred, or none. */
  countrySource: 'mapping' | 'option' | 'inferred' | 'none';
  assumptions: string[];
}

export interface PrepareOptions {
  mapping?: MappingFile;
  /** --default-country: used where the mapping does not say. */
  defaultCountry?: string;
}

const PHONE_ROLES: ColumnRole[] = ['phone', 'phone_a', 'phone_b'];
const DATE_ROLES: ColumnRole[] = ['datetime', 'date', 'birth_date'];
const INFERENCE_SAMPLE = 5000;
const MIN_EXPLAINED_SHARE = 0.8;

/** Reads and plans one file; throws SimpulError for a file that cannot be read at all. */
export function prepareFile(input: InputFile, options: PrepareOptions = {}): PreparedFile {
  const fileMapping: FileMapping = options.mapping?.files[input.name] ?? {};
  const text = decodeText(input.bytes, input.name);
  const table = parseTable(text, input.name, { delimiter: fileMapping.delimiter, header: fileMapping.header });
  const classification = classifyTable(table, fileMapping);
  const assumptions: string[] = [];

  const stated = fileMapping.defaultCountry ?? options.mapping?.defaults?.defaultCountry;
  let defaultCountry = stated ?? options.defaultCountry;
  let countrySource: PreparedFile['countrySource'] = stated ? 'mapping' : options.defaultCountry ? 'option' : 'none';
  if (!defaultCountry) {
    const phones = columnValues(table, classification, PHONE_ROLES);
    const inferred = inferPhoneCountry(phones);
    // NOTE: a plan that explains only some national numbers is a guess, not evidence: say so instead.
    if (inferred.country && inferred.explained < MIN_EXPLAINED_SHARE * inferred.nationalValues) {
      assumptions.push(
        `no country's numbering plan explains most ${inferred.form === 'bare' ? 'bare-digit' : 'national-form'} phone numbers (best: ${countryName(inferred.country)}, ` +
          `${inferred.explained} of ${inferred.nationalValues}); those without a country on their own row are rejected until the default country is set`,
      );
    } else if (inferred.country) {
      defaultCountry = inferred.country;
      countrySource = 'inferred';
      assumptions.push(describePlan(inferred, phones.length));
    }
  }
  const trunkZeroDropped: ColumnRole[] = [];
  if (defaultCountry) {
    for (const role of PHONE_ROLES) {
      const check = detectDroppedTrunkZero(columnValues(table, classification, [role]), defaultCountry);
      if (!check.dropped) continue;
      trunkZeroDropped.push(role);
      const header = classification.columns.find((column) => column.role === role)?.header ?? role;
      assumptions.push(
        `${header}: ${check.restored} of ${check.bareValues} numbers are ${countryName(defaultCountry)} numbers written without ` +
          'their leading 0 (as spreadsheets leave them); read as national numbers',
      );
    }
  }
  const dateFormat: DateFormat = fileMapping.dateFormat ?? options.mapping?.defaults?.dateFormat
    ?? inferDateFormat(columnValues(table, classification, DATE_ROLES));
  if (!fileMapping.dateFormat && !options.mapping?.defaults?.dateFormat && columnValues(table, classification, DATE_ROLES).length > 0) {
    assumptions.push(`dates read as ${describeDateFormat(dateFormat)}`);
  }
  const callParties = classification.kind === 'calls' ? detectCallParties(table.rows, classification.columns, classification.subjectCentric) : undefined;
  if (callParties?.note) assumptions.push(callParties.note);
  return {
    table,
    classification,
    settings: {
      ...(callParties ? { callParties } : {}),
      file: input.name, columns: classification.columns, dateFormat,
      subjectCentric: classification.subjectCentric, ...(defaultCountry ? { defaultCountry } : {}),
      ...(trunkZeroDropped.length > 0 ? { trunkZeroDropped } : {}),
    },
    countrySource,
    assumptions,
  };
}

function columnValues(table: Table, classification: Classification, roles: ColumnRole[]): string[] {
  const indexes = classification.columns.flatMap((column, index) => (column.role && roles.includes(column.role) ? [index] : []));
  const values: string[] = [];
  for (const row of table.rows.slice(0, INFERENCE_SAMPLE)) {
    for (const index of indexes) {
      const cell = (row[index] ?? '').trim();
      if (cell !== '') values.push(cell);
    }
  }
  return values;
}

export function describeDateFormat(format: DateFormat): string {
  return { iso: 'ISO (year-month-day)', dmy: 'day/month/year', mdy: 'month/day/year', ymd: 'year/month/day' }[format];
}
