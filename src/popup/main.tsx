import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import './actions.css';
import { messagesLanguage } from '../core/i18n';
import { installBrowserMessages } from '../platform/i18n';
import { Popup } from './popup';
import { connectPopup } from './popup-intents';

installBrowserMessages();
document.documentElement.lang = messagesLanguage();
const root = document.getElementById('app');
if (root) render(<Popup intents={connectPopup()} />, root);
