/** The zone a workspace, an import and the network's periods use until someone chooses another. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Beijing time as a fixed offset, for the outputs whose rule fixes them there rather than at the workspace
 * zone: exports read by the upper level (Excel serials and text cells) and the spread analysis of Weibo and
 * partner sheets, which write Beijing wall-clock time. Asia/Shanghai has kept UTC+8 without daylight saving
 * since 1991, so the fixed offset is exact and needs no time zone database.
 */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;
