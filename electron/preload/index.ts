import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('opinionDesk', {});
