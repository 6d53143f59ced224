// Identity-document numbers (passport, national id: NIK/KTP, MyKad/IC, PhilSys, Thai ID card) as one key per document.

/**
 * `ec 032-7072` → `EC0327072`: spaces, dashes, dots, slashes and underscores dropped, letters upper-cased.
 * NOTE: placeholders are no number: a value without a digit (`-`, `N/A`, `unknown`, `TIDAK ADA`), fewer than five
 * characters, or one character repeated (`000000`, `999999999`, what a clerk types when the field is mandatory).
 * @returns undefined when the value cannot tell one person from another.
 */
export function documentNumberKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const key = raw.replace(/[\s\-_./]+/g, '').toUpperCase();
  return key.length >= 5 && /\d/.test(key) && !/^(.)\1+$/.test(key) ? key : undefined;
}
