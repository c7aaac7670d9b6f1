// What other parts of the renderer may use from items: everything else in the folder is its own.
export { ItemsPage } from './ItemsPage';
export type { WindowReply } from './engine/protocol';
export { LIST_COMMANDS } from './list-commands';
export { STATS_DIMENSIONS, itemsLinkHash, type StatsDimension } from './items-link';
export { applyTimePreset, currentEngine, selectedItemIds, setFilter, setQuery, useItems } from './items-store';
export { BUILT_IN_VIEWS, SETTING_ITEM_VIEWS, parseSavedViews, type SavedView } from './saved-views';
export { timePresets } from './time-presets';
