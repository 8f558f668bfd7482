import { defineGroupScript } from './define-group-script';
import { KEY_PAGES } from './registry';

export default defineGroupScript(KEY_PAGES);
