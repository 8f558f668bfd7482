import { defineGroupScript } from './define-group-script';
import { OTHER_PAGES } from './registry';

export default defineGroupScript(OTHER_PAGES);
