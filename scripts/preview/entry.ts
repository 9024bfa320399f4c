/**
 * The preview's page: synthetic shadow first (as in Lightning Experience), the base components'
 * toast container (what `lightning/platformShowToastEvent` shows in), the data layer (it
 * registers its Apex implementations with the registry), then the shell.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import ToastContainer from 'lightning/toastContainer';
import 'virtual:preview/dataLayer';
import App from './modules/preview/app/app';
import { currentLanguage } from './platform/session';

document.documentElement.lang = currentLanguage() === 'ja' ? 'ja' : 'en';
ToastContainer.instance();
const root = document.getElementById('root');
if (root) root.appendChild(createElement('preview-app', { is: App }));
