// A victim's identity document protects her other records: a SIM registration keyed by her passport is the same woman
// as the roster's victim keyed by an employee number, and must never be scored or ranked as a suspect in her place.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';
import { protectedIds } from '../../src/core/analysis/protectedIds.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const ROSTER = 'worker_id,name,nationality,passport_no,status,phone\n' + [
  'W-001,Pham Duc Anh,VN,C0185290,victim,+84912000001',
  'W-002,Nguyen Van Binh,VN,C0185291,recruiter,+84912000002',
  'W-003,Tran Thi Cuc,VN,C0185292,victim,+84912000003',
  'W-004,Le Van Dung,VN,C0185293,driver,+84912000004',
  'W-005,Hoang Thi Em,VN,C0185294,victim,+84912000005',
  'W-006,Vo Van Phuc,VN,C0185295,boss,+84912000006',
].join('\n') + '\n';
const SIMS = 'MSISDN,SUBSCRIBER NAME,ID TYPE,ID NUMBER,REG DATE\n' + [
  '+639171230001,"PHAM, DUC ANH",PASSPORT,C0185290,2024-01-02',
  '+639171230002,"SANTOS, JOSE",UMID,0012-5936-1387,2024-01-03',
  '+639171230003,"REYES, ANA",PASSPORT,P1234567A,2024-01-04',
  '+639171230004,"NGUYEN, VAN BINH",PASSPORT,C0185291,2024-01-05',
  '+639171230005,"TRAN, THI CUC",PASSPORT,C-018-5292,2024-01-06',
  '+639171230006,"DELA CRUZ, LIZA",PASSPORT,P1111111C,2024-01-07',
].join('\n') + '\n';

describe('a victim\'s identity document', () => {
  const result = runPipeline([{ name: 'roster.csv', bytes: enc(ROSTER) }, { name: 'sim_registration.csv', bytes: enc(SIMS) }], { stabilityRuns: 0 });
  const kept = protectedIds(result.model);
  const personWith = (passport: string) => result.model.entities.filter((entity) => entity.type === 'person' && entity.attributes.passport === passport && !entity.id.startsWith('person:W-'));

  it('protects her SIM registration record, however the number is written', () => {
    for (const written of ['C0185290', 'C-018-5292']) {
      const twins = personWith(written);
      expect(twins).toHaveLength(1);
      expect(kept.has(twins[0]!.id)).toBe(true);
    }
  });

  it('leaves a suspect\'s record, and strangers with other documents, rankable', () => {
    expect(kept.has(personWith('C0185291')[0]!.id)).toBe(false);
    expect(kept.has(personWith('P1234567A')[0]!.id)).toBe(false);
  });
});
