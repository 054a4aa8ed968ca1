import { render } from 'preact';
import '../ui/base.css';
import '../ui/options.css';
import '../ui/form.css';
import { connectOptions } from './options-intents';
import { OptionsPage } from './options-page';

const root = document.getElementById('app');
if (root) render(<OptionsPage intents={connectOptions()} />, root);
