/** Keys of the settings the shell owns. */
export const SETTING_LOCALE = 'ui.locale';
export const SETTING_TIME_ZONE = 'ui.timeZone';
export const SETTING_CURRENT_PROFILE = 'session.currentProfileId';
