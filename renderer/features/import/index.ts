// What other parts of the renderer may use from import: everything else in the folder is its own.
export { DictionarySettingsLink } from './DictionarySettingsLink';
