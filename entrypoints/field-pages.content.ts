import { defineGroupScript } from './content/define-group-script';
import { FIELD_PAGES } from './content/registry';

export default defineGroupScript(FIELD_PAGES);
