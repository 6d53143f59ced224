// Every training scenario, by id.
import { kupangRing } from './idKupangRing.ts';
import { twoCompounds } from './khThCompounds.ts';
import { recruitmentPhMy } from './phMyRecruitment.ts';
import type { ScenarioDefinition } from './types.ts';

export const SCENARIOS: readonly ScenarioDefinition[] = [kupangRing, twoCompounds, recruitmentPhMy];
