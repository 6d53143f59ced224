// Cluster colours shared by the workbench drawing and the graph exports, so Gephi shows what the analyst saw.

// NOTE: no red in the palette: red reads as "suspect", and victims are drawn in the same graph.
export const CLUSTER_COLOURS = ['#2f6fb0', '#d08b1a', '#3a9a5b', '#8a5cb8', '#1f9aa3', '#b0673f', '#5f7d1f', '#c05c93', '#4b5fc4', '#8c7a2e', '#2e8a7a', '#7a4f9a'] as const;
export const UNKNOWN_COLOUR = '#9aa3ad';
export const HUB_COLOUR = '#b7bec6';

/** `C12` → a colour from the cluster palette (hubs and unknown clusters grey). */
export function clusterColour(clusterId: string | undefined): string {
  if (!clusterId) return UNKNOWN_COLOUR;
  const number = Number.parseInt(clusterId.replace(/\D/g, ''), 10);
  return Number.isFinite(number) && number > 0 ? CLUSTER_COLOURS[(number - 1) % CLUSTER_COLOURS.length] ?? UNKNOWN_COLOUR : UNKNOWN_COLOUR;
}

