import { render } from 'preact';
import '../ui/base.css';
import '../ui/options.css';
import '../ui/form.css';
import '../ui/auto-logout.css';
import '../ui/keep-list.css';
import '../ui/policy.css';
import { messagesLanguage, t } from '../core/i18n';
import { installBrowserMessages } from '../platform/i18n';
import { connectOptions } from './options-intents';
import { OptionsPage } from './options-page';

installBrowserMessages();
document.documentElement.lang = messagesLanguage();
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage intents={connectOptions()} />, root);
