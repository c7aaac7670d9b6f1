// Starts one PostgreSQL cluster for the whole `server` project (or uses OPINIONDESK_TEST_PG, a connection URL
// to a database whose user may CREATE DATABASE); each test file then makes its own database in it.
import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const external = process.env.OPINIONDESK_TEST_PG;
  if (external) {
    project.provide('postgresAdminUrl', external);
    return () => {};
  }
  const cluster = await startCluster();
  project.provide('postgresAdminUrl', cluster.url);
  return () => cluster.stop();
}
