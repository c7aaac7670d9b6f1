// The report open on the page. Typing changes the local copy at once and is saved after a short pause;
// a blur, leaving the page, closing the window, switching person and every chain action save first, so
// nothing typed is lost. Each save goes through the repository, i.e. through the shared state machine:
// a refused save (someone else signed meanwhile) is shown and the stored report reloaded.
import { create } from 'zustand';
import type { Report, ReportEdit, ReportStats } from '../../../shared/domain/report-types';
import type { Item } from '../../../shared/domain/types';
import { createAccountMasker, type AccountMasker } from '../../../shared/export/masking';
import { computeReportStats } from '../../../shared/report/stats';
import type { ChainAction, Repositories, ReportWriteResult } from '../../db';
import { errorReason, t } from '../../i18n';
import { workspaceMaskingSecret } from '../pack';
import { refusalText } from './refusal-text';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

interface ComposeState {
  reportId: string | null;
  /** the working copy: the stored report with the edits not yet saved applied */
  report: Report | null;
  /** item bodies by id, for display and statistics */
  items: Map<string, Item>;
  /** the stats of the previous number of the series, for the change column */
  previousStats: ReportStats | null;
  saveState: SaveState;
  /** the last refusal or failure, in Chinese, until the next successful write */
  problem: string | null;
  loading: boolean;
  /**
   * The workspace's keyed pseudonyms, loaded once the report masks accounts: the page shows what sign-off will
   * seal with them, so what the signer sees is what is signed.
   */
  accountMasker: AccountMasker | null;
}

function nothingOpen(): ComposeState {
  return {
    reportId: null,
    report: null,
    items: new Map(),
    previousStats: null,
    saveState: 'saved',
    problem: null,
    loading: false,
    accountMasker: null,
  };
}

export const useCompose = create<ComposeState>(nothingOpen);

interface Pending {
  changes: ReportEdit;
  profileId: string;
}

let pending: Pending | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> = Promise.resolve();
let repositories: Repositories | null = null;

function messageOf(error: unknown): string {
  return errorReason(error) || t('common.unknownError');
}

let readingMasker: Promise<AccountMasker> | null = null;

/**
 * Read afresh each time (a restored backup brings its own secret); the workspace makes the secret on first need
 * with an audited settings write, so two reads at once share one, or each would make a different secret.
 */
function workspaceMasker(repos: Repositories, profileId: string): Promise<AccountMasker> {
  readingMasker ??= workspaceMaskingSecret(repos.settings, { actor: profileId })
    .then(createAccountMasker)
    .finally(() => (readingMasker = null));
  return readingMasker;
}

async function loadMasker(repos: Repositories, profileId: string): Promise<void> {
  try {
    const accountMasker = await workspaceMasker(repos, profileId);
    useCompose.setState({ accountMasker });
  } catch (error) {
    useCompose.setState({ problem: t('reports.maskerFailed', { reason: messageOf(error) }) });
  }
}

function clearTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/** Loads a report and its items; whatever was pending for the previous one is saved first. */
export async function openReport(repos: Repositories, reportId: string): Promise<void> {
  await flushEdits();
  repositories = repos;
  useCompose.setState({ reportId, loading: true, problem: null });
  const report = await repos.reports.get(reportId);
  if (useCompose.getState().reportId !== reportId) return;
  if (!report) {
    useCompose.setState({ report: null, items: new Map(), loading: false, problem: t('reports.notFound') });
    return;
  }
  const [items, previous] = await Promise.all([
    loadItems(
      repos,
      report.items.map((entry) => entry.itemId),
    ),
    repos.reports.previousOf(report),
  ]);
  if (useCompose.getState().reportId !== reportId) return;
  useCompose.setState({ report, items, previousStats: previous?.stats ?? null, loading: false, saveState: 'saved' });
  // A signed report shows its snapshot; only one still being composed shows what sign-off would seal.
  if (report.maskAccounts && report.signedSnapshot === null) await loadMasker(repos, report.createdBy);
}

async function loadItems(repos: Repositories, ids: readonly string[]): Promise<Map<string, Item>> {
  const found = await repos.items.getMany(ids);
  return new Map(found.filter((item): item is Item => item !== undefined).map((item) => [item.id, item]));
}

/** Closes the page's report: pending edits are saved, then the store forgets it. */
export async function closeReport(): Promise<void> {
  await flushEdits();
  useCompose.setState({ reportId: null, report: null, items: new Map(), previousStats: null, problem: null, accountMasker: null });
}

/** Applies an edit to the working copy now and schedules its save. */
export function editReport(changes: ReportEdit, profileId: string): void {
  const { report } = useCompose.getState();
  if (!report) return;
  // Edits made by one person are never saved under another's name: a change of person saves first.
  if (pending && pending.profileId !== profileId) void flushEdits();
  pending = { changes: { ...(pending?.changes ?? {}), ...changes }, profileId };
  useCompose.setState({ report: { ...report, ...changes }, saveState: 'pending' });
  clearTimer();
  timer = setTimeout(() => void flushEdits(), AUTOSAVE_DELAY_MS);
  if (changes.maskAccounts && repositories && useCompose.getState().accountMasker === null) void loadMasker(repositories, profileId);
}

/** Adds item bodies the report now refers to (from the picker) and recomputes the statistics. */
export function addItems(items: readonly Item[], profileId: string): void {
  const { report, items: known } = useCompose.getState();
  if (!report) return;
  const next = new Map(known);
  for (const item of items) next.set(item.id, item);
  const present = new Set(report.items.map((entry) => entry.itemId));
  const added = items.filter((item) => !present.has(item.id)).map((item) => ({ itemId: item.id, assessmentText: '' }));
  useCompose.setState({ items: next });
  setItems([...report.items, ...added], profileId);
}

/** Replaces the report's item list (order, removal) and keeps the statistics in step with it. */
export function setItems(entries: Report['items'], profileId: string): void {
  const { items, previousStats } = useCompose.getState();
  const bodies = entries.map((entry) => items.get(entry.itemId)).filter((item): item is Item => item !== undefined);
  editReport({ items: entries, stats: computeReportStats(bodies, previousStats) }, profileId);
}

/** Saves what is pending now; resolves once the store holds it (or the refusal is shown). */
export function flushEdits(): Promise<void> {
  clearTimer();
  const batch = pending;
  const { reportId } = useCompose.getState();
  pending = null;
  if (batch && reportId) saving = saving.then(() => saveBatch(reportId, batch));
  return saving;
}

async function saveBatch(reportId: string, batch: Pending): Promise<void> {
  if (!repositories) return;
  const repos = repositories;
  const current = () => useCompose.getState().reportId === reportId;
  if (current()) useCompose.setState({ saveState: 'saving' });
  try {
    const result = await repos.reports.apply(reportId, { type: 'edit', changes: batch.changes }, { profileId: batch.profileId });
    if (!current()) return;
    if (!result.ok) {
      pending = null;
      clearTimer();
      const stored = await repos.reports.get(reportId);
      useCompose.setState({ report: stored ?? null, saveState: 'failed', problem: refusalText(result) });
      return;
    }
    // Typing that arrived during the save stays on top of what the store returned.
    const report = pending ? { ...result.report, ...pending.changes } : result.report;
    useCompose.setState({ report, saveState: pending ? 'pending' : 'saved', problem: null });
  } catch (error) {
    if (!current()) return;
    // Nothing was written: keep the edits so the next save (or a retry) still has them.
    pending = { changes: { ...batch.changes, ...(pending?.changes ?? {}) }, profileId: batch.profileId };
    useCompose.setState({ saveState: 'failed', problem: t('reports.saveFailed', { reason: messageOf(error) }) });
  }
}

type ChainMove = (reports: Repositories['reports'], reportId: string) => Promise<ReportWriteResult>;

/**
 * A move of the chain by the current person; edits are saved first so the move acts on what was typed. A refused
 * move, or one that failed, leaves the report as it was and says why.
 */
async function moveChain(move: ChainMove): Promise<boolean> {
  await flushEdits();
  const { reportId } = useCompose.getState();
  if (!reportId || !repositories) return false;
  // A save that failed keeps its edits pending; acting now would act on text the store does not hold, and a
  // sign-off would seal content other than what the signer is looking at.
  if (pending) return false;
  try {
    const result = await move(repositories.reports, reportId);
    if (!result.ok) {
      useCompose.setState({ problem: refusalText(result) });
      return false;
    }
    useCompose.setState({ report: result.report, problem: null });
    return true;
  } catch (error) {
    useCompose.setState({ problem: messageOf(error) });
    return false;
  }
}

export function runAction(action: ChainAction, profileId: string): Promise<boolean> {
  return moveChain((reports, reportId) => reports.apply(reportId, action, { profileId }));
}

/** Masked accounts are sealed as the workspace's pseudonyms, the same ones the page showed and every pack uses. */
export function runSignOff(signerName: string, profileId: string): Promise<boolean> {
  return moveChain(async (reports, reportId) => {
    const maskAccount = useCompose.getState().report?.maskAccounts && repositories ? await workspaceMasker(repositories, profileId) : null;
    return reports.signOff(reportId, signerName, { profileId }, { maskAccount });
  });
}

/** For tests: forget module state between cases. */
export function resetComposeForTests(): void {
  clearTimer();
  pending = null;
  saving = Promise.resolve();
  repositories = null;
  readingMasker = null;
  useCompose.setState(nothingOpen());
}
