// Strings a case keeps for long: copies that hold nothing else alive.

// NOTE: a cell of 13 characters or more is, in V8, a view into its file's whole text: a case (or a memo) that kept one
// such view would keep the whole file (tens of megabytes of a national case) for as long as it lives. What is kept
// of a cell (a tally's values, a row's details, a memo's keys) is copied into a string of its own, once per value.
/** The same characters in a string that holds no other string alive. */
export function ownString(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}
