// The only module that imports cytoscape: registers fcose, picks WebGL when the browser can, creates instances.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

export type { Core, ElementDefinition, EventObject, LayoutOptions, StylesheetJson, NodeSingular } from 'cytoscape';

let registered = false;
let webglSupport: boolean | undefined;

/** True when a WebGL2 context can be made (cytoscape's WebGL renderer needs it, and throws without it). */
export function canUseWebgl(): boolean {
  if (webglSupport !== undefined) return webglSupport;
  // NOTE: `?renderer=canvas` forces the canvas renderer (diagnostics, and the bench compares both).
  if (new URLSearchParams(window.location.search).get('renderer') === 'canvas') {
    webglSupport = false;
    return webglSupport;
  }
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    webglSupport = Boolean(gl) && !isSoftwareRenderer(gl);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webglSupport = false;
  }
  return webglSupport;
}

// NOTE: without a GPU, browsers emulate WebGL in software (SwiftShader, llvmpipe); cytoscape's canvas
// renderer is then several times faster (measured: 1 fps against 12 fps zooming 8,000 elements).
function isSoftwareRenderer(gl: WebGL2RenderingContext | null): boolean {
  if (!gl) return true;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

/** Creates a cytoscape instance, with the WebGL renderer when available and the canvas one otherwise. */
export function createCytoscape(options: cytoscape.CytoscapeOptions & { preferWebgl?: boolean; large?: boolean }): cytoscape.Core {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const { preferWebgl = true, large = false, ...rest } = options;
  // NOTE: on big drawings the canvas renderer pans and zooms a cached picture and drops edges while moving.
  const base: cytoscape.CytoscapeOptions = {
    minZoom: 0.05, maxZoom: 6, pixelRatio: large ? 1 : 'auto', textureOnViewport: large, hideEdgesOnViewport: large,
    ...rest,
  };
  if (preferWebgl && canUseWebgl()) {
    try {
      // NOTE: `webgl` is a top-level option of cytoscape ≥ 3.31 not yet in its type definitions.
      return cytoscape({ ...base, webgl: true } as cytoscape.CytoscapeOptions);
    } catch {
      webglSupport = false;
    }
  }
  return cytoscape(base);
}

/** Layout options by graph size: fcose, with draft quality and uniform node dimensions past a few hundred nodes. */
export function fcoseLayout(nodeCount: number, randomize: boolean): cytoscape.LayoutOptions {
  const large = nodeCount > 300;
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    uniformNodeDimensions: large,
    randomize,
    animate: false,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: !large,
    nodeRepulsion: 6000,
    idealEdgeLength: 70,
    numIter: large ? 1200 : 2500,
    packComponents: true,
  } as cytoscape.LayoutOptions;
}
