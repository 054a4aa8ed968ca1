export { finishLogout, logOut, resumeUnfinished } from './joins';
export type { LogoutOptions } from './run';
export { currentUndoOffer, TOO_LATE, undoLogout } from './undo';
export { viewSite } from './view';
