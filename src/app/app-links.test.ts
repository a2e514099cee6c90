import { describe, expect, it } from 'vitest';
import { appLinkSearch } from './app-links';

const page = 'http://10.1.2.3/nianbao/?report=abc';

describe('links between the screens of the app', () => {
  it('route within the page: another report, the list, the workspace', () => {
    expect(appLinkSearch('http://10.1.2.3/nianbao/?report=xyz', page)).toBe('?report=xyz');
    expect(appLinkSearch('http://10.1.2.3/nianbao/', page)).toBe('');
    expect(appLinkSearch('http://10.1.2.3/nianbao/?workspace=2024', page)).toBe('?workspace=2024');
  });

  it('leave other pages, other origins and fragments of the same screen to the browser', () => {
    expect(appLinkSearch('http://10.1.2.3/other/?report=xyz', page)).toBeNull();
    expect(appLinkSearch('http://10.1.2.3/nianbao/index.html', page)).toBeNull();
    expect(appLinkSearch('https://10.1.2.3/nianbao/?report=xyz', page)).toBeNull();
    expect(appLinkSearch('http://10.1.2.3/nianbao/?report=abc#section-3', page)).toBeNull();
  });
});
