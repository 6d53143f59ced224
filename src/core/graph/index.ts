// The graph layer's public face.
export * from './buildCaseGraph.ts';
export * from './linkWeight.ts';
export * from './analysisGraph.ts';
