import { version } from '../../../package.json';

// The version written into JSON exports: VITE_APP_VERSION when the build sets it (e.g. a git
// describe in CI), else package.json's version. Vite imports only this one field of package.json.
const fromEnv: unknown = import.meta.env?.VITE_APP_VERSION; // undefined outside Vite (tsx, Playwright)

/** The app version recorded in exported files. */
export const APP_VERSION: string =
  typeof fromEnv === 'string' && fromEnv !== '' ? fromEnv : version;
