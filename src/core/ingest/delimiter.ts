// Which of , ; tab | separates the fields: the one that splits the header and rows the same way.

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Counts each candidate per record (quote-aware) in the first records and picks the most consistent. */
export function sniffDelimiter(text: string): Delimiter {
  const records = firstRecords(text, 30);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const candidate of DELIMITERS) {
    const counts = records.map((record) => countOutsideQuotes(record, candidate));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const rows = counts.slice(1);
    const agreeing = rows.length === 0 ? 1 : rows.filter((count) => count === header).length / rows.length;
    // NOTE: agreement matters most; more fields breaks ties (a name with a comma in a ; file).
    const score = agreeing * 1000 + Math.min(header, 999);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

function firstRecords(text: string, limit: number): string[] {
  const records: string[] = [];
  let start = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (char === '\n' && !inQuotes) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record.trim() !== '') records.push(record);
      start = i + 1;
    }
  }
  const rest = text.slice(start).replace(/\r$/, '');
  if (records.length < limit && rest.trim() !== '') records.push(rest);
  return records;
}

function countOutsideQuotes(record: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const char of record) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === delimiter && !inQuotes) count++;
  }
  return count;
}
