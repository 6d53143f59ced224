// Marks a victim so nobody reads them as a suspect: protective colour, plain words.
export function VictimBadge() {
  return <span className="badge victim" data-testid="victim-badge" title="Identified as a victim in the sources: protect, do not treat as a suspect">victim — protect</span>;
}
