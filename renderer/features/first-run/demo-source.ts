import type { WorkspaceSnapshot } from '../../../shared/domain/workspace';

/**
 * The demo workspace ships inside the bundle as its own chunk (Vite turns the JSON into a module), so it is
 * read only when asked for, and works from file:// in Electron, where fetch() of a local file does not.
 */
export async function readDemoWorkspace(): Promise<WorkspaceSnapshot> {
  const module = await import('../../../resources/demo/demo-workspace.json');
  return module.default as WorkspaceSnapshot;
}
