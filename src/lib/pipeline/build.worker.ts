/// <reference lib="webworker" />
// Builds a bank off the page's thread, so a long article leaves the page responsive.
import { handleBuild, type BuildRequest } from './messages';

self.onmessage = (event: MessageEvent<BuildRequest>) =>
	handleBuild(event.data, (message) => self.postMessage(message));
