import { t } from '../core/i18n';
import { isOwnExtensionPage, parseMessage, type SenderInfo } from '../core/messages';
import { ownIdentity } from '../platform/messaging';
import { dispatch } from './handlers';

/** Checks who is asking and what, then hands the message to its handler. */
export function answerMessage(message: unknown, sender: SenderInfo): Promise<unknown> {
  const own = ownIdentity();
  if (!isOwnExtensionPage(sender, own.id, own.baseUrl)) {
    return Promise.reject(new Error(t('errorNotOwnPage')));
  }
  const parsed = parseMessage(message);
  if (!parsed) return Promise.reject(new Error(t('errorRequestNotUnderstood')));
  return dispatch(parsed);
}
