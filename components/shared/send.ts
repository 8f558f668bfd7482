import { browser } from 'wxt/browser';
import { typedSender } from '@/utils/send';

/** Sends one request of the contract to the background; a failure to deliver comes back as a Failure. */
export const sendToBackground = typedSender((message) => browser.runtime.sendMessage(message));
