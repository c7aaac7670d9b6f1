// Lays out the spread graph off the UI thread: at 20,000 nodes the aggregation and placement would
// otherwise block clicks and scrolling for longer than the 50 ms the workstation allows.
import { layoutCascade, type GraphLayout } from './layout';

export interface LayoutRequest {
  id: number;
  parentIndex: Int32Array;
  level: Int32Array;
  maxNodes: number;
}

export interface LayoutResponse {
  id: number;
  layout: GraphLayout;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, parentIndex, level, maxNodes } = event.data;
  const layout = layoutCascade({ parentIndex, level }, maxNodes);
  scope.postMessage({ id, layout }, [
    layout.source.buffer,
    layout.hidden.buffer,
    layout.parent.buffer,
    layout.depth.buffer,
    layout.x.buffer,
    layout.y.buffer,
  ]);
};
