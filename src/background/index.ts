import { listenForMessages } from '../platform/messaging';
import { answerMessage } from './answer';

// Listeners are registered synchronously at top level: MV3 drops events that
// arrive before a listener exists.
listenForMessages(answerMessage);
