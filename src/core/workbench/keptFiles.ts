// The files the review read and planned, kept (in the worker) so the run does not read and plan them again.

import type { CaseContext } from '../ingest/evidence/caseContext.ts';
import type { MappingFile } from '../ingest/mapping.ts';
import type { Table } from '../ingest/parseTable.ts';
import type { InputFile, PreparedFile, PrepareReuse } from '../ingest/prepareFile.ts';

/** One input file with the caller's key for its bytes: the same key means the same bytes (the page numbers its files). */
export interface KeyedInput extends InputFile {
  key: number;
}

interface Kept {
  /** The bytes' key and the file's mapping the table was read under. */
  readKey: string;
  table: Table;
  plan?: { planKey: string; prepared: PreparedFile };
}

/**
 * The review's tables and plans, one entry per file name. A table is reused for the same bytes under the same
 * file mapping; a plan only when the mapping's defaults and the case context (the ids the case's lists define)
 * are the same too, since planning consults them. NOTE: the run drops each file's rows once it is imported,
 * so a run consumes what is kept: call {@link KeptFiles.clear} after it.
 */
export class KeptFiles {
  private readonly files = new Map<string, Kept>();

  /** The reuse hooks for one preparation of `inputs` under `mapping` (prepareCase's `reuse` option). */
  reuse(inputs: readonly KeyedInput[], mapping: MappingFile | undefined, defaultCountry?: string): PrepareReuse {
    const keys = new Map(inputs.map((input) => [input.name, input.key]));
    const readKeyOf = (name: string) => `${keys.get(name) ?? -1}\u0000${JSON.stringify(mapping?.files[name] ?? {})}`;
    const planKeyOf = (context: CaseContext) => `${JSON.stringify(mapping?.defaults ?? {})}\u0000${defaultCountry ?? ''}\u0000${contextSignature(context)}`;
    return {
      table: (input, read) => {
        const readKey = readKeyOf(input.name);
        const kept = this.files.get(input.name);
        if (kept && kept.readKey === readKey) return kept.table;
        this.files.delete(input.name);
        const table = read();
        this.files.set(input.name, { readKey, table });
        return table;
      },
      plan: (table, context, plan) => {
        const kept = this.files.get(table.file);
        const planKey = planKeyOf(context);
        if (kept?.table === table && kept.plan?.planKey === planKey) return copyOf(kept.plan.prepared);
        const prepared = plan();
        // NOTE: prepareCase adds warnings to the plan it returns; the kept one is a copy taken before that.
        if (kept?.table === table) kept.plan = { planKey, prepared: copyOf(prepared) };
        return prepared;
      },
    };
  }

  /** Names of the files kept (for tests and the bench). */
  names(): string[] {
    return [...this.files.keys()];
  }

  clear(): void {
    this.files.clear();
  }
}

function copyOf(prepared: PreparedFile): PreparedFile {
  return { ...prepared, fileWarnings: [...prepared.fileWarnings] };
}

/**
 * The case context as a string that changes whenever it does: each list's kind, file, column and ids (hashed).
 * NOTE: a hash, not the ids: a people list holds up to 200,000 of them, and the key is compared once per file.
 */
export function contextSignature(context: CaseContext): string {
  return context.lists.map((list) => {
    // Two 32-bit FNV-1a lanes (different primes): 64 bits, so two different id lists of one column do not collide.
    let low = 0x811c9dc5;
    let high = 0x01000193;
    for (const id of list.ids) {
      for (let index = 0; index < id.length; index++) {
        const code = id.charCodeAt(index);
        low = Math.imul(low ^ code, 0x01000193);
        high = Math.imul(high ^ code, 0x5bd1e995);
      }
      low = Math.imul(low ^ 0x1f, 0x01000193);
      high = Math.imul(high ^ 0x1f, 0x5bd1e995);
    }
    return `${list.kind}\u0001${list.file}\u0001${list.header}\u0001${list.ids.size}\u0001${(low >>> 0).toString(16)}${(high >>> 0).toString(16)}`;
  }).join('\u0000');
}
