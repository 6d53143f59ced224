// The model's public face.
export * from './types.ts';
export * from './errors.ts';
export * from './roles.ts';
export * from './order.ts';
