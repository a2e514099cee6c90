import { useCallback, useState } from 'react';
import { useExclusiveDrawer } from '@/features/report-editor';
import { HISTORY_DRAWER_WIDTH } from '@/features/history';
import { REVIEW_DRAWER_WIDTH, useOpenOnNewComments } from '@/features/review';
import type { EditorDrawer } from './toolbar-slots';

/** Which of the editor's drawers is open: one at a time, a 汇总's 来源明细 too (page-drawer.ts). */
export function useEditorDrawer(openComments: number) {
  const [drawer, setDrawer] = useState<EditorDrawer>(null);
  const close = useCallback(() => setDrawer(null), []);
  const width = drawer === 'history' ? HISTORY_DRAWER_WIDTH : REVIEW_DRAWER_WIDTH;
  // The history lies over the report (a past version is read instead); the review is beside it.
  const room = drawer === 'history' ? 'overlay' : 'push';
  useExclusiveDrawer(drawer ?? 'editor', drawer !== null, width, close, room);
  // A 审核包 import that brings comments opens the review drawer (not those there on load).
  useOpenOnNewComments(openComments, () => setDrawer('review'));
  const toggle = (which: Exclude<EditorDrawer, null>) =>
    setDrawer((open) => (open === which ? null : which));
  return { drawer, close, toggle, show: setDrawer };
}
