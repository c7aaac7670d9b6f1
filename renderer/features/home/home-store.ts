import { create } from 'zustand';
import type { HomeCounts, HomeRepositories } from './home-counts';
import { loadHomeCounts } from './home-counts';

interface HomeState {
  counts: HomeCounts | null;
  error: string | null;
}

export const useHome = create<HomeState>(() => ({ counts: null, error: null }));

let latestRequest = 0;

export async function refreshHome(repositories: HomeRepositories, timeZone: string): Promise<void> {
  const request = ++latestRequest;
  try {
    const counts = await loadHomeCounts(repositories, Date.now(), timeZone);
    // A slower earlier refresh must not overwrite a newer one.
    if (request === latestRequest) useHome.setState({ counts, error: null });
  } catch (error) {
    if (request === latestRequest) useHome.setState({ error: error instanceof Error ? error.message : String(error) });
  }
}
