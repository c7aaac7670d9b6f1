import type { Refutation, Reporter, SpreadEdge } from '../../shared/domain/types';
import type { Clock, WriteScope } from './audited-write';
import { createAuditRepository } from './audit-repository';
import { createBackupRepository } from './backup-repository';
import { createDerivedRepository } from './derived-repository';
import type { DeskDatabase } from './database';
import { createEntityRepository, narrow } from './entity-repository';
import { createImportRepository } from './import-repository';
import { createItemsRepository } from './items-repository';
import { createNetworkRepository } from './network-repository';
import { createProfilesRepository } from './profiles-repository';
import { createReportsRepository } from './reports-repository';
import type { ReportRow } from './schema';
import { createSettingsRepository } from './settings-repository';
import { createStatsRepository } from './stats-repository';
import { createSpreadRepository } from './spread-repository';
import { createTriageRepository } from './triage-repository';
import { createWorkspaceRepository } from './workspace-repository';

export interface RepositoryOptions {
  /** the time written into audit entries and updatedAt; tests pass a fixed clock */
  clock?: Clock;
}

const byId = (row: { id: string }) => row.id;

export function createRepositories(db: DeskDatabase, options: RepositoryOptions = {}) {
  const scope: WriteScope = { db, clock: options.clock ?? (() => new Date()) };
  const reporters = createEntityRepository(scope, db.reporters, byId);
  const spreadEdges = createEntityRepository(scope, db.spreadEdges, byId);
  const refutations = createEntityRepository(scope, db.refutations, byId);
  const reports = createEntityRepository(scope, db.reports, byId);
  const mappings = createEntityRepository(scope, db.mappings, byId);
  return {
    items: createItemsRepository(scope),
    profiles: createProfilesRepository(scope),
    settings: createSettingsRepository(scope),
    units: createEntityRepository(scope, db.units, byId),
    reporters: { ...reporters, byUnit: (unitId: string) => reporters.where<Reporter>('unitId', unitId) },
    tags: createEntityRepository(scope, db.tags, (tag) => tag.path),
    events: createEntityRepository(scope, db.events, byId),
    refutations: { ...refutations, forItem: (itemId: string) => refutations.where<Refutation>('itemIds', itemId) },
    spreadEdges: {
      ...spreadEdges,
      /** the edges leaving and entering one item */
      async touching(itemId: string): Promise<SpreadEdge[]> {
        const [outgoing, incoming] = await Promise.all([spreadEdges.where('from', itemId), spreadEdges.where('to', itemId)]);
        return [...outgoing, ...incoming.filter((edge) => edge.from !== itemId)];
      },
    },
    spread: createSpreadRepository(scope),
    importBatches: createEntityRepository(scope, db.importBatches, byId),
    imports: createImportRepository(scope),
    mappings: { ...mappings, byHeaderSignature: (signature: string) => mappings.where('headerSignature', signature) },
    reports: {
      ...reports,
      ...createReportsRepository(scope),
      /** One series' reports of one year, by number. */
      bySeriesYear: async <T extends ReportRow = ReportRow>(seriesId: string, year: number) =>
        narrow<ReportRow, T>(
          await db.reports
            .where('[seriesId+year+number]')
            .between([seriesId, year], [seriesId, year + 1], true, false)
            .toArray(),
        ),
    },
    triage: createTriageRepository(scope),
    network: createNetworkRepository(scope),
    audit: createAuditRepository(db),
    workspace: createWorkspaceRepository(scope),
    backup: createBackupRepository(scope),
    derived: createDerivedRepository(db, scope.clock),
    stats: createStatsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
