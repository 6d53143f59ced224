// How many clusters a case has, said one way everywhere: the header, the cluster list, the report and the CLI.

/** The case's clusters counted once: every screen and file that says "N clusters" reads this. */
export interface ClusterTally {
  /** Every cluster of the partition, hubs included (report.json's `summary.clusters`). */
  clusters: number;
  /** Clusters that are one hub each (a hotline, an exchange wallet): listed apart, in the Hubs tab. */
  hubs: number;
  /** The clusters the cluster list shows: `clusters - hubs`. */
  listed: number;
  /** Listed clusters spanning more than one country (hubs are not counted: a hotline spans everyone). */
  crossBorder: number;
}

/**
 * NOTE: each hub is set aside as a cluster of its own (analyzeCase), so the partition has `hubs` more clusters than
 * the list shows; a count that left them out in one place and not in another read as two different partitions.
 */
export function clusterTally(clusters: readonly { hub?: boolean; crossBorder: boolean }[]): ClusterTally {
  let hubs = 0;
  let crossBorder = 0;
  for (const cluster of clusters) {
    if (cluster.hub) hubs += 1;
    else if (cluster.crossBorder) crossBorder += 1;
  }
  return { clusters: clusters.length, hubs, listed: clusters.length - hubs, crossBorder };
}
