// What several exports write about every entity and link, worked out once for all of them: each link's ends as
// positions in the case, each entity's cluster, and the texts of the numbers that are slowest to write.

import type { AnalysisResult } from '../analysis/types.ts';
import { linkWeight } from '../graph/linkWeight.ts';
import type { CaseModel, Link } from '../model/types.ts';

// NOTE: on a national case the tables, the graph files, Neo4j and FtM each wrote every entity's three scores and every
// link's weight again: writing a fractional number as text (shortest round trip) takes about half a microsecond, and
// the million links' and quarter million entities' numbers, written six or seven times, were a tenth of the exports.
// Each is now written once, here, and read back as text; the text is String(value), so the files keep their bytes.
/** Facts of one case and its analysis shared by the exports; each part made on first use. */
export class ExportFacts {
  private ends: { sources: Int32Array; targets: Int32Array } | undefined;
  private clusters: (string | undefined)[] | undefined;
  private scores: PackedTexts | undefined;
  private readonly weights = new Map<number, string>();

  constructor(readonly model: CaseModel, readonly analysis?: AnalysisResult) {}

  /** Each link's ends as positions in `model.entities` (-1 for an id not in the case), by link position. */
  linkEnds(): { sources: Int32Array; targets: Int32Array } {
    if (!this.ends) {
      const { entities, links } = this.model;
      const position = new Map<string, number>();
      for (let index = 0; index < entities.length; index++) position.set((entities[index] as CaseModel['entities'][number]).id, index);
      const sources = new Int32Array(links.length);
      const targets = new Int32Array(links.length);
      for (let index = 0; index < links.length; index++) {
        const link = links[index] as Link;
        sources[index] = position.get(link.source) ?? -1;
        targets[index] = position.get(link.target) ?? -1;
      }
      this.ends = { sources, targets };
    }
    return this.ends;
  }

  /** The cluster of the entity at `position`, if the analysis put it in one. */
  clusterAt(position: number): string | undefined {
    if (!this.clusters) {
      const clusterOf = this.analysis?.clusterOf;
      this.clusters = this.model.entities.map((entity) => (clusterOf && Object.hasOwn(clusterOf, entity.id) ? clusterOf[entity.id] : undefined));
    }
    return this.clusters[position];
  }

  /**
   * `String(value)` of the weighted degree (0), PageRank (1) or betweenness (2) of the entity at `position`, as a
   * template literal would write it (`NaN` included); undefined when the analysis gave the entity no scores.
   */
  scoreText(position: number, score: 0 | 1 | 2): string | undefined {
    if (!this.scores) {
      const scores = this.analysis?.scores;
      const entities = this.model.entities;
      this.scores = new PackedTexts(entities.length * 3, (index) => {
        const entity = entities[Math.floor(index / 3)];
        const found = entity && scores && Object.hasOwn(scores, entity.id) ? scores[entity.id] : undefined;
        if (!found) return '';
        return String(index % 3 === 0 ? found.weightedDegree : index % 3 === 1 ? found.pagerank : found.betweenness);
      });
    }
    const text = this.scores.at(position * 3 + score);
    return text === '' ? undefined : text;
  }

  // NOTE: link weights come from a link's type, count and duration: a national case's million links have a few
  // thousand distinct weights, so their texts are remembered by value (a bounded map) rather than by link.
  /** `String(linkWeight(link))`. */
  weightText(link: Link): string {
    const weight = linkWeight(link);
    let text = this.weights.get(weight);
    if (text === undefined) {
      if (this.weights.size >= WEIGHTS_REMEMBERED) this.weights.clear();
      this.weights.set(weight, (text = String(weight)));
    }
    return text;
  }
}

/** Distinct link weights remembered at most. */
const WEIGHTS_REMEMBERED = 1 << 16;

/** How many texts share one block string. */
const BLOCK = 4096;

// NOTE: three quarters of a million short texts as strings of their own cost about forty bytes each; joined into blocks
// with their ends in a typed array they cost their characters and four bytes. Reading one back slices it out.
/** Many short texts, made once by `textOf`, kept joined in blocks and read back by position. */
export class PackedTexts {
  private readonly blocks: string[] = [];
  private readonly ends: Int32Array;

  constructor(readonly count: number, textOf: (index: number) => string) {
    this.ends = new Int32Array(count);
    const parts: string[] = [];
    let length = 0;
    for (let index = 0; index < count; index++) {
      const text = textOf(index);
      parts.push(text);
      length += text.length;
      this.ends[index] = length;
      if (parts.length === BLOCK || index === count - 1) {
        this.blocks.push(parts.join(''));
        parts.length = 0;
        length = 0;
      }
    }
  }

  /** The text at `index`. */
  at(index: number): string {
    const block = this.blocks[Math.floor(index / BLOCK)] ?? '';
    const start = index % BLOCK === 0 ? 0 : (this.ends[index - 1] as number);
    return block.slice(start, this.ends[index]);
  }
}
