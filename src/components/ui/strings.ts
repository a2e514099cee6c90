/** The shared components' own words (the rest come from the feature that uses them). */
export const UI_TEXT = {
  close: '关闭',
} as const;
