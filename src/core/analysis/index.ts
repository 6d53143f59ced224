// The analysis layer's public face.
export * from './analyzeCase.ts';
export * from './brokers.ts';
export * from './centrality.ts';
export * from './communities.ts';
export * from './hubs.ts';
export * from './identity.ts';
export * from './partnerCohesion.ts';
export * from './paths.ts';
export * from './profile.ts';
export * from './protectedIds.ts';
export * from './registry.ts';
export * from './round6.ts';
export * from './sampledBetweenness.ts';
export * from './scoring.ts';
export * from './seededRandom.ts';
export * from './types.ts';
