// The offline map: bundled country shapes (Natural Earth via world-atlas), places as points, ties between countries as arcs.
import { useMemo } from 'react';
import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'i18n-iso-countries';
import atlas from 'world-atlas/countries-110m.json';
import type { CaseIndex } from '../../core/workbench/caseIndex.ts';
import { clusterColour } from '../graph/palette.ts';
import { useWords } from '../i18n/I18nProvider.tsx';

const WIDTH = 800;
const HEIGHT = 560;
// NOTE: centred on mainland Southeast Asia; Indonesia, the Philippines and southern China stay in view.
const PROJECTION = geoMercator().center([108, 9]).scale(820).translate([WIDTH / 2, HEIGHT / 2]);
const PATH = geoPath(PROJECTION);

interface Shape { code: string; name: string; d: string; centre: [number, number] | null }

const SHAPES: Shape[] = (() => {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.map((shape: Feature<Geometry, { name: string }>) => ({
    code: countries.numericToAlpha2(String(shape.id ?? '')) ?? '',
    name: shape.properties.name,
    d: PATH(shape) ?? '',
    centre: PROJECTION(geoCentroid(shape)),
  }));
})();

export function MapView({ index, clusterId, activeCountries, onCountry }: {
  index: CaseIndex; clusterId?: string; activeCountries: ReadonlySet<string>; onCountry: (code: string) => void;
}) {
  const { t } = useWords();
  const members = useMemo(() => {
    const cluster = clusterId ? index.cluster.get(clusterId) : undefined;
    return cluster ? new Set(cluster.memberIds) : undefined;
  }, [index, clusterId]);
  const { perCountry, arcs, places } = useMemo(() => summarise(index, members), [index, members]);
  const centreOf = new Map(SHAPES.map((shape) => [shape.code, shape.centre]));
  const maxArc = Math.max(1, ...arcs.map((arc) => arc.count));
  return (
    <div className="map-view" data-testid="map-view">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('bench.map.label')} className="map-svg">
        <rect width={WIDTH} height={HEIGHT} className="map-sea" />
        {SHAPES.map((shape) => {
          const counts = perCountry.get(shape.code);
          return (
            <path key={`${shape.code}-${shape.name}`} d={shape.d} data-country={shape.code}
              className={`map-country${counts ? ' has-data' : ''}${activeCountries.has(shape.code) ? ' active' : ''}`}
              onClick={() => { if (shape.code && counts) onCountry(shape.code); }}>
              <title>{shape.name}{counts ? ` — ${t('bench.map.counts', { ...counts })}` : ''}</title>
            </path>
          );
        })}
        {arcs.map((arc) => {
          const a = centreOf.get(arc.a);
          const b = centreOf.get(arc.b);
          if (!a || !b) return null;
          const mx = (a[0] + b[0]) / 2;
          const my = (a[1] + b[1]) / 2 - Math.hypot(b[0] - a[0], b[1] - a[1]) * 0.2;
          return (
            <path key={`${arc.a}-${arc.b}`} d={`M${a[0]},${a[1]} Q${mx},${my} ${b[0]},${b[1]}`} className="map-arc" data-testid="map-arc"
              strokeWidth={1 + 5 * Math.sqrt(arc.count / maxArc)}><title>{arc.a} – {arc.b}: {t('bench.map.ties', { count: arc.count })}</title></path>
          );
        })}
        {places.map((place) => {
          const point = PROJECTION([place.lon, place.lat]);
          if (!point) return null;
          return (
            <circle key={place.id} cx={point[0]} cy={point[1]} r={5} className="map-place" data-testid="map-place" fill={clusterColour(place.cluster)}>
              <title>{place.label}{place.cluster ? ` · ${place.cluster}` : ''}</title>
            </circle>
          );
        })}
        {[...perCountry].map(([code, counts]) => {
          const centre = centreOf.get(code);
          if (!centre) return null;
          return (
            <g key={code} className="map-count" transform={`translate(${centre[0]},${centre[1]})`} onClick={() => onCountry(code)} data-testid="map-country-count" data-country={code}>
              <rect x={-30} y={-9} width={60} height={18} rx={4} />
              <text textAnchor="middle" y={4}>{code} {counts.phones}☎ {counts.accounts}$ {counts.people}👤</text>
            </g>
          );
        })}
      </svg>
      <p className="muted small map-caption">
        {clusterId ? t('bench.map.forCluster', { cluster: clusterId }) : t('bench.map.forCase')} · {t('bench.map.legend')} · {t('bench.map.source')}
      </p>
    </div>
  );
}

interface CountryCounts { phones: number; accounts: number; people: number }

/** Per country: phones, accounts and people (of the cluster, or the case); ties between countries; places with coordinates. */
function summarise(index: CaseIndex, members: ReadonlySet<string> | undefined) {
  const perCountry = new Map<string, CountryCounts>();
  const places: { id: string; label: string; lat: number; lon: number; cluster?: string }[] = [];
  for (const entity of index.model.entities) {
    if (members && !members.has(entity.id)) continue;
    if (entity.type === 'location') {
      const lat = Number(entity.attributes.latitude ?? entity.attributes.lat);
      const lon = Number(entity.attributes.longitude ?? entity.attributes.lon ?? entity.attributes.lng);
      if (Number.isFinite(lat) && Number.isFinite(lon) && entity.attributes.latitude !== '' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        places.push({ id: entity.id, label: entity.label, lat, lon, ...(index.analysis.clusterOf[entity.id] ? { cluster: index.analysis.clusterOf[entity.id] } : {}) });
      }
    }
    if (!entity.country || (entity.type !== 'phone' && entity.type !== 'account' && entity.type !== 'person')) continue;
    const counts = perCountry.get(entity.country) ?? { phones: 0, accounts: 0, people: 0 };
    if (entity.type === 'phone') counts.phones += 1;
    else if (entity.type === 'account') counts.accounts += 1;
    else counts.people += 1;
    perCountry.set(entity.country, counts);
  }
  const arcCounts = new Map<string, number>();
  for (const link of index.model.links) {
    if (link.type !== 'called' && link.type !== 'transferred' && link.type !== 'associated') continue;
    if (members && !members.has(link.source) && !members.has(link.target)) continue;
    const a = index.entity.get(link.source)?.country;
    const b = index.entity.get(link.target)?.country;
    if (!a || !b || a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    arcCounts.set(key, (arcCounts.get(key) ?? 0) + link.count);
  }
  const arcs = [...arcCounts].map(([key, count]) => {
    const [a = '', b = ''] = key.split('|');
    return { a, b, count };
  }).sort((x, y) => y.count - x.count).slice(0, 60);
  return { perCountry, arcs, places };
}
