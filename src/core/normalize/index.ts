// Normalisers: one module per identifier kind, each pure and safe on any string.
export * from './phone.ts';
export * from './account.ts';
export * from './country.ts';
export * from './name.ts';
export * from './date.ts';
export * from './amount.ts';
