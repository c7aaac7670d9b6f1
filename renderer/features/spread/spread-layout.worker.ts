// Lays out the spread graph off the UI thread: at 20,000 nodes the aggregation and placement would
// otherwise block clicks and scrolling for longer than the 50 ms the workstation allows.
import { transferring, workerEndpoint } from '../../platform/worker-rpc';
import { layoutCascade } from './layout';

export interface LayoutRequest {
  parentIndex: Int32Array;
  level: Int32Array;
  maxNodes: number;
}

const handlers = {
  layout({ parentIndex, level, maxNodes }: LayoutRequest) {
    const layout = layoutCascade({ parentIndex, level }, maxNodes);
    return transferring(layout, [
      layout.source.buffer,
      layout.hidden.buffer,
      layout.parent.buffer,
      layout.depth.buffer,
      layout.x.buffer,
      layout.y.buffer,
    ]);
  },
};

export type LayoutHandlers = typeof handlers;

workerEndpoint().serve(handlers);
