/** Desk ids are chosen by desks and appear in log lines and messages, so they are kept to a plain alphabet. */
export const DESK_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
