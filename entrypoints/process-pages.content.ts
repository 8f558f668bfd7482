import { defineGroupScript } from './content/define-group-script';
import { PROCESS_PAGES } from './content/registry';

export default defineGroupScript(PROCESS_PAGES);
