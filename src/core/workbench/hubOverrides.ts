// An investigator's corrections to hub detection, kept as the analysis's own HubOverrides.

import type { HubOverrides } from '../analysis/types.ts';

/** 'hub': always set aside; 'not-hub': never; 'auto': back to the rule. */
export type HubChoice = 'hub' | 'not-hub' | 'auto';

/** The overrides with `id`'s choice replaced; undefined when no correction is left. */
export function withHubChoice(overrides: HubOverrides | undefined, id: string, choice: HubChoice): HubOverrides | undefined {
  const forceHub = (overrides?.forceHub ?? []).filter((item) => item !== id);
  const neverHub = (overrides?.neverHub ?? []).filter((item) => item !== id);
  if (choice === 'hub') forceHub.push(id);
  if (choice === 'not-hub') neverHub.push(id);
  if (forceHub.length === 0 && neverHub.length === 0) return undefined;
  return { ...(forceHub.length > 0 ? { forceHub: forceHub.sort() } : {}), ...(neverHub.length > 0 ? { neverHub: neverHub.sort() } : {}) };
}

/** The choice currently recorded for `id`. */
export function hubChoiceOf(overrides: HubOverrides | undefined, id: string): HubChoice {
  if (overrides?.neverHub?.includes(id)) return 'not-hub';
  if (overrides?.forceHub?.includes(id)) return 'hub';
  return 'auto';
}
