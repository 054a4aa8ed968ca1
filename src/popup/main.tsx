import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import './actions.css';
import { Popup } from './popup';
import { connectPopup } from './popup-intents';

const root = document.getElementById('app');
if (root) render(<Popup intents={connectPopup()} />, root);
