export { logOutOfAllSites, surveyAllSites } from './all-sites';
export { finishLogout, logOut, resumeUnfinished } from './joins';
export type { LogoutOptions } from './run';
export { currentUndoOffer, undoLogout, undoOffered } from './undo';
export { countStored, viewSite } from './view';
