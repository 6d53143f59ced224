import { describe, expect, it } from 'vitest';
import { graphSvg, type SvgNode } from '../../src/ui/graph/graphSvg.ts';

function node(id: string, label: string, x: number, shape = 'ellipse'): SvgNode {
  return { id, x, y: 0, size: 20, colour: '#2f6fb0', shape, label, borderColour: '#ffffff', borderWidth: 1, opacity: 1 };
}

describe('graphSvg', () => {
  it('draws an empty drawing as a valid, empty picture', () => {
    const svg = graphSvg({ nodes: [], edges: [] });
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('NaN');
  });

  it('writes hostile names as text, and bidi overrides as visible code points', () => {
    const svg = graphSvg({
      nodes: [node('a', '<script>alert(1)</script>', 0), node('b', '"><img src=x onerror=alert(1)>', 100, 'diamond'), node('c', '\u202Egnp.exe', 200, 'hexagon')],
      edges: [{ source: 'a', target: 'b', colour: 'url(javascript:alert(1))', width: 2, line: 'dashed', directed: true, opacity: 0.5 }],
    });
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('[U+202E]gnp.exe');
    expect(svg).not.toMatch(/<script|<img|javascript:|\u202E/);
    expect(svg).toContain('stroke="#9aa3ad"');
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('skips an edge whose end is not drawn', () => {
    const svg = graphSvg({ nodes: [node('a', 'A', 0)], edges: [{ source: 'a', target: 'gone', colour: '#000', width: 1, line: 'solid', directed: false, opacity: 1 }] });
    expect(svg).not.toContain('<line');
  });
});
