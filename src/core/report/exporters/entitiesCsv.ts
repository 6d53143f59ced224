// entities.csv: one row per entity, with its cluster, every attribute as a column, scores and provenance.

import type { AnalysisResult } from '../../analysis/types.ts';
import type { CaseModel } from '../../model/types.ts';
import { toCsv } from '../csv.ts';
import { formatSources } from './sourceRanges.ts';

const FIXED = ['id', 'type', 'key', 'label', 'country', 'cluster', 'hub', 'variants'];
const SCORES = ['weighted_degree', 'pagerank', 'betweenness', 'sources'];

/**
 * One row per entity in model order. Attribute columns are the union of attribute names, sorted; a name
 * that clashes with a fixed column is written `attr_<name>`.
 *
 * NOTE: phone keys start with `+`, so `csvCell` writes them as `'+66…` like any other formula-like text:
 * one uniform OWASP rule is safer than exceptions, and the apostrophe keeps Excel from reading a number.
 */
export function entitiesCsv(model: CaseModel, analysis: AnalysisResult): string {
  const attributeNames = [...new Set(model.entities.flatMap((entity) => Object.keys(entity.attributes)))].sort();
  const reserved = new Set([...FIXED, ...SCORES]);
  const headers = [...FIXED, ...attributeNames.map((name) => (reserved.has(name) ? `attr_${name}` : name)), ...SCORES];
  const hubs = new Set(analysis.hubs.map((hub) => hub.id));
  const rows = model.entities.map((entity) => {
    const scores = analysis.scores[entity.id];
    return [
      entity.id, entity.type, entity.key, entity.label, entity.country ?? '',
      analysis.clusterOf[entity.id] ?? '', hubs.has(entity.id) ? 'yes' : '', entity.variants.join(' | '),
      ...attributeNames.map((name) => entity.attributes[name] ?? ''),
      scores?.weightedDegree, scores?.pagerank, scores?.betweenness,
      formatSources(entity.sources),
    ];
  });
  return toCsv(headers, rows);
}
