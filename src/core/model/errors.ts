// Typed errors with stable codes: tests assert on `code`, people read `message`.

export type SimpulErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_UNREADABLE'
  | 'NOT_A_CSV'
  | 'UNSUPPORTED_ENCODING'
  | 'FILE_TOO_LARGE'
  | 'EMPTY_FILE'
  | 'UNCLASSIFIABLE_FILE'
  | 'MAPPING_INVALID'
  | 'MAPPING_UNKNOWN_COLUMN'
  | 'MAPPING_UNREADABLE'
  | 'CASE_FILE_INVALID'
  | 'CASE_FILE_VERSION'
  | 'CASE_TOO_LARGE'
  | 'ARGUMENT_INVALID'
  | 'CANCELLED'
  | 'STORAGE_FAILED'
  | 'HASH_FILE_INVALID';

/** An error a user can act on: the message names the file, line and column, and the fix. */
export class SimpulError extends Error {
  readonly code: SimpulErrorCode;
  readonly file?: string;
  readonly line?: number;
  /** Why, as message codes and their values (catalogue `readingReview`), for other languages; `message` keeps the English. */
  readonly detail?: readonly { code: string; params: Record<string, string | number> }[];

  constructor(code: SimpulErrorCode, message: string, where: { file?: string; line?: number; detail?: SimpulError['detail'] } = {}) {
    super(message);
    this.name = 'SimpulError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    if (where.detail) this.detail = where.detail;
  }
}

export function isSimpulError(value: unknown): value is SimpulError {
  return value instanceof SimpulError;
}
