// Automatic daily backups (设置 → 备份与恢复): the renderer makes the .odbak bytes, this module writes them
// into the backup folder under the day's name and keeps only the newest N. The folder and N are the
// workstation's, kept in userData beside the inbox setting, so a renderer can never name a folder to write to.
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { backupFileName } from '../../shared/backup/format';
import type { BackupFolderStatus, DailyBackupFile, DailyBackupResult } from '../../shared/ipc';
import { writeFileAtomic } from './files';
import { CodedError } from '../../shared/errors';

export const DEFAULT_KEEP = 14;
const DAILY_NAME = /^舆情工作台备份 (\d{4}-\d{2}-\d{2})\.odbak$/;

export interface BackupSetting {
  folder: string;
  keep: number;
}

export interface BackupService {
  status(): Promise<BackupFolderStatus>;
  /** switch to another folder: created when the next backup is written, remembered from now on */
  moveTo(folder: string): Promise<BackupFolderStatus>;
  setKeep(keep: number): Promise<BackupFolderStatus>;
  writeDaily(day: string, bytes: Uint8Array): Promise<DailyBackupResult>;
}

function isKeep(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365;
}

export async function loadBackupSetting(settingsPath: string, defaultFolder: string): Promise<BackupSetting> {
  try {
    const parsed = JSON.parse(await readFile(settingsPath, 'utf8')) as Partial<BackupSetting>;
    return {
      folder: typeof parsed.folder === 'string' && parsed.folder !== '' ? parsed.folder : defaultFolder,
      keep: isKeep(parsed.keep) ? parsed.keep : DEFAULT_KEEP,
    };
  } catch {
    // First start, or a setting file someone broke: the defaults hold until the analyst chooses again.
    return { folder: defaultFolder, keep: DEFAULT_KEEP };
  }
}

async function saveBackupSetting(settingsPath: string, setting: BackupSetting): Promise<void> {
  await mkdir(dirname(settingsPath), { recursive: true });
  await writeFileAtomic(settingsPath, new TextEncoder().encode(`${JSON.stringify(setting, null, 2)}\n`));
}

/** The daily backups in a folder, newest first; other files there are not ours and are left alone. */
export async function listDailyBackups(folder: string): Promise<DailyBackupFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const backups: DailyBackupFile[] = [];
  for (const name of names) {
    const day = DAILY_NAME.exec(name)?.[1];
    if (!day) continue;
    const info = await stat(join(folder, name));
    if (info.isFile()) backups.push({ name, day, size: info.size, modifiedAt: info.mtime.toISOString() });
  }
  return backups.sort((a, b) => b.day.localeCompare(a.day));
}

export async function startBackupService(options: { settingsPath: string; defaultFolder: string }): Promise<BackupService> {
  let setting = await loadBackupSetting(options.settingsPath, options.defaultFolder);

  async function status(): Promise<BackupFolderStatus> {
    try {
      return { ...setting, backups: await listDailyBackups(setting.folder), problem: null };
    } catch (error) {
      return {
        ...setting,
        backups: [],
        problem: {
          code: 'host.backup.folderUnreadable',
          params: { folder: setting.folder, detail: error instanceof Error ? error.message : String(error) },
        },
      };
    }
  }

  async function rotate(): Promise<string[]> {
    const stale = (await listDailyBackups(setting.folder)).slice(setting.keep);
    for (const backup of stale) await rm(join(setting.folder, backup.name), { force: true });
    return stale.map((backup) => backup.name);
  }

  return {
    status,
    async moveTo(folder) {
      setting = { ...setting, folder };
      await saveBackupSetting(options.settingsPath, setting);
      return status();
    },
    async setKeep(keep) {
      if (!isKeep(keep)) throw new CodedError('host.backup.keepOutOfRange', { min: 1, max: 365 });
      setting = { ...setting, keep };
      await saveBackupSetting(options.settingsPath, setting);
      await rotate();
      return status();
    },
    async writeDaily(day, bytes) {
      await mkdir(setting.folder, { recursive: true });
      // A second backup on the same day replaces the first whole (written aside, then renamed over it).
      const path = join(setting.folder, backupFileName(day));
      await writeFileAtomic(path, bytes);
      return { path, removed: await rotate() };
    },
  };
}
