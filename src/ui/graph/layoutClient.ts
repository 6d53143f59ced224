// Asks the layout worker for positions; a newer request for the same canvas supersedes (terminates) the older.
import LayoutWorker from '../../worker/layout.worker.ts?worker&inline';
import type { LayoutInput, Positions } from '../../core/graph/layout.ts';
import type { LayoutRequest, LayoutResponse } from '../../worker/layout.worker.ts';

/** Rejected when a newer layout replaced this one. */
export class LayoutSuperseded extends Error {}

export class LayoutClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: { id: number; resolve: (positions: Positions) => void; reject: (error: Error) => void } | null = null;

  layout(input: LayoutInput): Promise<Positions> {
    if (this.pending) {
      // NOTE: the layout runs synchronously in the worker; only terminating it stops a stale one.
      this.pending.reject(new LayoutSuperseded('superseded'));
      this.pending = null;
      this.dispose();
    }
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Positions>((resolve, reject) => {
      this.pending = { id, resolve, reject };
      worker.postMessage({ id, input } satisfies LayoutRequest);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private start(): Worker {
    const worker = new LayoutWorker();
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const pending = this.pending;
      if (!pending || pending.id !== event.data.id) return;
      this.pending = null;
      if ('positions' in event.data) pending.resolve(event.data.positions);
      else pending.reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.pending?.reject(new Error(event.message || 'The layout worker stopped.'));
      this.pending = null;
      this.dispose();
    };
    this.worker = worker;
    return worker;
  }
}
