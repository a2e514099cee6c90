// Parts of the .docx written here rather than by the docx library, which has no option for them:
// the settings (mirrored margins for double-sided printing, GB/T 9704-2012 clause 6) and the font
// table (the official faces' English names, so Word finds them under either name).
import { escapeHtml } from '../escape-html';
import { FONT_ALT_NAMES } from './docx-export-styles';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

// Element order follows CT_Settings (mirrorMargins before defaultTabStop before evenAndOddHeaders).
// characterSpacingControl doNotCompress: full-width punctuation keeps its 字, as the grid needs.
const SETTINGS_XML =
  `${HEAD}<w:settings xmlns:w="${W}">` +
  '<w:mirrorMargins/>' +
  '<w:defaultTabStop w:val="420"/>' +
  '<w:evenAndOddHeaders/>' +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" ' +
  'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '</w:settings>';

// charset 86 = GB2312: tells Word a missing face is a simplified-Chinese one when it substitutes.
function fontTableXml(): string {
  const fonts = Object.entries(FONT_ALT_NAMES).map(
    ([name, alt]) =>
      `<w:font w:name="${escapeHtml(name)}"><w:altName w:val="${escapeHtml(alt)}"/>` +
      '<w:charset w:val="86"/></w:font>',
  );
  return `${HEAD}<w:fonts xmlns:w="${W}">${fonts.join('')}</w:fonts>`;
}

/** The parts that replace the library's own, as `Packer` overrides. */
export function partOverrides(): { path: string; data: string }[] {
  return [
    { path: 'word/settings.xml', data: SETTINGS_XML },
    { path: 'word/fontTable.xml', data: fontTableXml() },
  ];
}
