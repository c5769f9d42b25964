/**
 * The page's id, and ids for the composers and boxes on it: they carry the page's, so the background drops
 * a page's drafts and its offered box when the page's port closes.
 */
import { composerIdOn, newPageId } from '../messaging/page-port';

export const pageId = newPageId();
let counter = 0;
export const newId = (): string => composerIdOn(pageId, counter++);
