// The shape of a message catalogue: nested groups of ICU messages, English being the reference.

/** A group of messages: each leaf is an ICU MessageFormat string (`{count, plural, one {# file} other {# files}}`). */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** The same keys as `T`, every leaf a string: what a complete translation must provide. */
export type CompleteCatalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : CompleteCatalogue<T[K]> };

/** Some of the keys of `T`: a partial translation, English filling the rest key by key. */
export type PartialCatalogue<T> = { readonly [K in keyof T]?: T[K] extends string ? string : PartialCatalogue<T[K]> };

/** Every leaf key of a catalogue as a dotted path (`start.title`), sorted. */
export function catalogueKeys(messages: Messages, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.push(path);
    else keys.push(...catalogueKeys(value, path));
  }
  return keys.sort();
}

/** The message at a dotted path, if it is a string leaf. */
export function messageAt(messages: Messages, path: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}
