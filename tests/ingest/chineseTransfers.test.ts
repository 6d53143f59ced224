// A Chinese bank's transfer list, in simplified or traditional characters: 转出/轉出 (transferred out) is the paying
// side, 转入/轉入 (transferred in) the receiving one, 账号/帳號 an account, 金额/金額 the amount — read as transfers, not as a
// statement of the sending account with every row "money in".
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/pipeline.ts';

function transfers(headers: string[]): string {
  const rows = Array.from({ length: 12 }, (_, i) => [`2024-03-${String(i + 1).padStart(2, '0')}`, `62220210000${100 + i}`, `王${'伟芳娜敏静丽强磊军洋勇艳'[i]}`,
    `62170000000${200 + i}`, `陈${'杰涛明超秀霞平刚桂英华玲'[i]}`, `${(i + 1) * 1234}.50`, 'CNY', '货款']);
  return [headers.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
}

describe('a Chinese bank transfer list', () => {
  it.each([
    ['simplified', ['交易日期', '转出账号', '转出户名', '转入账号', '转入户名', '交易金额', '币种', '备注']],
    ['traditional', ['交易日期', '轉出帳號', '轉出戶名', '轉入帳號', '轉入戶名', '交易金額', '幣別', '備註']],
  ])('%s: transfers from the 转出 account to the 转入 account', (_script, headers) => {
    const result = runPipeline([{ name: 't.csv', bytes: new TextEncoder().encode(transfers(headers)) }], { stabilityRuns: 0 });
    const columns = result.mapping.files['t.csv']?.columns ?? {};
    expect(result.mapping.files['t.csv']?.kind).toBe('transfers');
    expect(columns[headers[1]!]).toBe('account_from');
    expect(columns[headers[3]!]).toBe('account_to');
    expect(columns[headers[5]!]).toBe('amount');
    const link = result.model.links.find((candidate) => candidate.type === 'transferred');
    expect(link?.source).toBe('account:62220210000100');
    expect(link?.target).toBe('account:62170000000200');
  });
});
