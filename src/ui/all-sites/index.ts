export { AllSitesFlow } from './all-sites-flow';
export type { AllSitesIntents } from './intents';
