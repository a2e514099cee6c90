// Strings of the persisted editor's toolbar parts (the rest are the app's: ../strings.ts).

export const E = {
  back: '返回',
} as const;
