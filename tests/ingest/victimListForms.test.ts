// A list's file name or title names victims or rescued people in any form of the word (rescue/rescued/rescues,
// repatriation, returnee(s), evacuees, penyelamatan, nasagip, giải cứu); rescuers are not victims; the people of such
// a list are never ranked.
import { describe, expect, it } from 'vitest';
import { victimListEvidence } from '../../src/core/ingest/evidence/victimList.ts';
import type { ColumnPlan } from '../../src/core/ingest/classify.ts';

const NO_STATUS: ColumnPlan[] = [{ header: 'Full name', role: 'person_name', by: 'header' }];

describe('victim list words by stem', () => {
  it.each([
    ['truncated_rescue_list.csv', 'rescue'], ['KH_rescues_2024.csv', 'rescues'], ['rescuing_operation_poipet.csv', 'rescuing'],
    ['rescued_workers.csv', 'rescued'], ['repatriation_batch3.csv', 'repatriation'], ['returnee_list.csv', 'returnee'],
    ['evacuees_myawaddy.csv', 'evacuees'], ['data_penyelamatan_WNI.csv', 'penyelamatan'], ['nasagip_2024.csv', 'nasagip'],
    ['VOTs_Mae_Sot.csv', 'vots'], ['survivor_intake.csv', 'survivor'], ['ds_giai_cuu.csv', 'giai cuu'], ['ผู้เสียหาย_รายชื่อ.csv', 'ผู้เสียหาย'],
  ])('%s → %s', (file, word) => {
    expect(victimListEvidence(file, [], 'people', NO_STATUS)?.words).toEqual([word]);
  });

  it.each(['rescuers_contacts.csv', 'rescue_team_suspects.csv', 'resume_list.csv', 'returns_2024.csv', 'survey.csv', 'staff.csv'])('%s is no victim list', (file) => {
    expect(victimListEvidence(file, [], 'people', NO_STATUS)).toBeUndefined();
  });
});
