/** The zone a workspace, an import and the network's periods use until someone chooses another. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
