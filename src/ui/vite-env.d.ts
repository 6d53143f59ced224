/// <reference types="vite/client" />
// Ambient modules the UI relies on.

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
