// Time in one place: the zone clock, calendar dates, day boundaries in a zone and the agency time formats.
// Formatting for people belongs to renderer/i18n; everything that computes with zones comes from here.
export { BEIJING_OFFSET_MS, DEFAULT_TIME_ZONE } from './zone';
export * from './zone-clock';
export * from './local-date';
export * from './day-range';
export * from './agency-formats';
export * from './wall-clock';
