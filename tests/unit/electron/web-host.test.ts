// The browser host keeps one origin: IndexedDB belongs to scheme, host and port, so `npm run web` on
// another port would open an empty workstation and look like lost data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import webConfig, { WEB_PORT } from '../../../vite.web.config';

describe('npm run web', () => {
  it('serves on one fixed localhost port and refuses to move to another when it is taken', () => {
    expect(webConfig.preview).toMatchObject({ port: WEB_PORT, strictPort: true, host: '127.0.0.1' });
    expect(webConfig.server).toMatchObject({ port: WEB_PORT, strictPort: true, host: '127.0.0.1' });
  });

  it('tells the analyst the address it serves on', () => {
    expect(readFileSync('scripts/web.mjs', 'utf8')).toContain(`http://127.0.0.1:${WEB_PORT}/`);
  });
});
