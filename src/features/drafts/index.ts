// The drafts list, the start screen (issue 4 items 5–8 and 10).
export { DraftsPage, type DraftsPageProps } from './drafts-page';
