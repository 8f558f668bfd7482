import { defineGroupScript } from './content/define-group-script';
import { OFFER_PAGES } from './content/registry';

export default defineGroupScript(OFFER_PAGES);
