// Map points written in one cell: `10.6093, 103.5296`, as map apps (Google Maps, OpenStreetMap) copy them.

// NOTE: a decimal point in each number and both in range tell a point from an amount pair or a list of ids;
// degrees with fewer than two decimals place nothing closer than ten kilometres and are not taken as a point.
const POINT = /^\(?\s*(-?\d{1,2}\.\d{2,})\s*[,;]\s*(-?\d{1,3}\.\d{2,})\s*\)?$/;

/** A `lat, lon` cell as two numbers (latitude first, as map apps write them), or null when it is not one or out of range. */
export function readCoordinates(cell: string): { latitude: number; longitude: number } | null {
  const match = POINT.exec(cell.trim());
  if (!match) return null;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : null;
}
