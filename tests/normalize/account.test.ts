import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectCryptoNetwork, looksLikeAccount, normalizeAccount } from '../../src/core/normalize/account.ts';

const TRON = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const ETH = '0xdAC17F958D2ee523a2206206994597C13D831ec7';
const BTC_LEGACY = '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa';
const BTC_P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const BTC_BECH32 = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';

describe('detectCryptoNetwork', () => {
  it.each([
    [TRON, 'TRON'],
    [` ${TRON} `, 'TRON'],
    [ETH, 'ETH'],
    [ETH.toLowerCase(), 'ETH'],
    [BTC_LEGACY, 'BTC'],
    [BTC_P2SH, 'BTC'],
    [BTC_BECH32, 'BTC'],
  ])('reads %s as %s', (raw, network) => {
    expect(detectCryptoNetwork(raw)).toBe(network);
  });

  it.each([
    ['', 'empty'],
    [TRON.slice(0, -1), 'TRON one short'],
    [`${TRON}x`, 'TRON one long'],
    ['T' + '0'.repeat(33), 'TRON with 0 (not base58)'],
    ['TOIl' + TRON.slice(4), 'TRON with O, I, l'],
    [ETH.slice(0, -1), 'ETH one short'],
    ['0x' + 'g'.repeat(40), 'ETH not hex'],
    ['1234567890', 'a bank number'],
    ['bc1' + 'Q'.repeat(20), 'bech32 in mixed case'],
  ])('reads %j (%s) as no network', (raw) => {
    expect(detectCryptoNetwork(raw)).toBeNull();
  });
});

describe('normalizeAccount', () => {
  describe('degenerate cells', () => {
    it.each(['', '   ', 'N/A', '-', 'TUNAI', '1234', '12-34', '00000000', 'abc-def', '1.23457E+11', '2'.repeat(35)])(
      'reads %j as nothing',
      (raw) => {
        expect(normalizeAccount(raw)).toBeNull();
      },
    );
  });

  describe('bank numbers', () => {
    it.each([
      ['123-4-56789-0', '1234567890'],
      ['0123 456 789', '0123456789'],
      ['0123.456.789', '0123456789'],
      ["'0012345678", '0012345678'],
      [' 8730123456 ', '8730123456'],
      ['gb29 nwbk 6016 1331 9268 19', 'GB29NWBK60161331926819'],
      ['12345', '12345'],
    ])('keys %j as %s', (raw, key) => {
      expect(normalizeAccount(raw, { bank: 'BCA' })).toEqual({ key, kind: 'bank' });
    });

    it('calls an account a bank account when nothing says otherwise', () => {
      expect(normalizeAccount('123-4-56789-0')).toEqual({ key: '1234567890', kind: 'bank' });
    });

    it('does not take Bank Danamon for DANA', () => {
      expect(normalizeAccount('003-01-12345-6', { bank: 'Bank Danamon' })?.kind).toBe('bank');
    });
  });

  describe('e-wallets', () => {
    it.each([
      'GCash', 'PayMaya', 'Maya', 'Wing', 'Wing Bank', 'Pi Pay', 'KBZPay', 'KBZ Pay', 'WavePay', 'DANA', 'OVO', 'GoPay',
      'ShopeePay', 'LinkAja', 'TrueMoney', 'True Money Wallet', "Touch 'n Go eWallet", 'TNG', 'Boost', 'GrabPay',
      'MoMo', 'ZaloPay', 'ViettelPay', 'Alipay', 'WeChat Pay', 'M-Money', 'U-Money',
    ])('calls a %s account an e-wallet', (bank) => {
      expect(normalizeAccount('0917 123 4567', { bank })).toEqual({ key: '09171234567', kind: 'ewallet' });
    });

    it('calls an account an e-wallet when the hint says so', () => {
      expect(normalizeAccount('0812-3456-7890', { kind: 'ewallet' })).toEqual({ key: '081234567890', kind: 'ewallet' });
    });

    it('keeps the + of an e-wallet written as an international phone number', () => {
      expect(normalizeAccount('+63 917 123 4567', { bank: 'GCash' })).toEqual({ key: '+639171234567', kind: 'ewallet' });
    });

    it('does not accept a + on a bank account', () => {
      expect(normalizeAccount('+1234567890', { bank: 'BCA' })).toBeNull();
    });
  });

  describe('crypto addresses', () => {
    it.each([
      [TRON, 'TRON'],
      [ETH, 'ETH'],
      [BTC_LEGACY, 'BTC'],
      [BTC_P2SH, 'BTC'],
      [BTC_BECH32, 'BTC'],
    ])('keys %s as %s (EVM hex in lower case, base58 exactly)', (address, network) => {
      const key = network === 'ETH' ? address.toLowerCase() : address;
      expect(normalizeAccount(`  ${address} `)).toEqual({ key, kind: 'crypto', network });
    });

    it.each([
      ['0x5A0b54D5dc17e0AadC383d2db43B0a0D3E029c4c', '0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c'],
      ['0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c', '0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c'],
      ['0X5A0B54D5DC17E0AADC383D2DB43B0A0D3E029C4C', '0x5a0b54d5dc17e0aadc383d2db43b0a0d3e029c4c'],
      ['0xAbCdEf0123456789aBcDeF0123456789AbCdEf01', '0xabcdef0123456789abcdef0123456789abcdef01'],
    ])('keys the EVM address %s as %s: case is only the EIP-55 checksum', (written, key) => {
      expect(normalizeAccount(written)).toEqual({ key, kind: 'crypto', network: 'ETH' });
    });

    it.each([
      'TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9', 'tn3w4h6rk2ce4vx9ynfqhwkennhjoxb3m9', BTC_LEGACY, BTC_LEGACY.toUpperCase(),
    ])('keeps the base58 address %s exactly (its case is part of it)', (written) => {
      const read = normalizeAccount(written);
      if (read?.kind === 'crypto' && read.network) expect(read.key).toBe(written);
    });

    it('keeps TRON addresses that differ only in case apart', () => {
      const upper = normalizeAccount('TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9')?.key;
      const mixed = normalizeAccount('TN3w4h6rK2ce4vX9YnFQHwKENnHjoxb3m9')?.key;
      expect(upper).toBeDefined();
      expect(upper).not.toBe(mixed);
    });

    it('trusts the address shape over a bank hint', () => {
      expect(normalizeAccount(TRON, { bank: 'BCA', kind: 'bank' })).toEqual({ key: TRON, kind: 'crypto', network: 'TRON' });
    });

    it('keeps an unknown-chain address exactly when the provider column says crypto', () => {
      const solana = '7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV';
      expect(normalizeAccount(solana, { bank: 'USDT-SPL' })).toEqual({ key: solana, kind: 'crypto' });
      expect(normalizeAccount(solana, { kind: 'crypto' })).toEqual({ key: solana, kind: 'crypto' });
    });

    it('reads nothing from a short token the provider column calls USDT-TRC20', () => {
      expect(normalizeAccount('T123', { bank: 'USDT-TRC20' })).toBeNull();
    });
  });

  it('never throws, and bank keys are upper-case alphanumerics', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = normalizeAccount(raw);
        if (result?.kind === 'bank') expect(result.key).toMatch(/^[A-Z0-9]{5,34}$/);
      }),
    );
  });
});

describe('looksLikeAccount', () => {
  it.each([TRON, ETH, BTC_BECH32, '123-4-56789-0', '0123 4567 8901', '1234567890', 'GB29 NWBK 6016 1331 9268 19'])(
    'says %j looks like an account',
    (raw) => {
      expect(looksLikeAccount(raw)).toBe(true);
    },
  );

  it.each(['', 'N/A', 'BCA', '12345', '2024-03-12', '12.03.2024', '000000', '1 500 000 abc', '+6281234567890'])(
    'says %j does not',
    (raw) => {
      expect(looksLikeAccount(raw)).toBe(false);
    },
  );
});
