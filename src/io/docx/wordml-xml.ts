import { Parser } from 'htmlparser2';

// A small element tree of an Office XML part, built with htmlparser2 in XML mode (no DOM: the
// same code runs in the browser, in workers and in Node). Prefixes are rewritten to the usual
// ones by namespace, since a generator may bind WordprocessingML to any prefix ("ns0:p"), and
// the reader then matches "w:p" alone.

/** An element: its name with the canonical prefix, its attributes, its children. */
export type XmlElement = {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
};

/** An element or a text node. */
export type XmlNode = XmlElement | string;

const CANONICAL: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
};

type Scope = ReadonlyMap<string, string>;

/** The prefix → canonical prefix map of an element, from its xmlns declarations. */
function scopeOf(parent: Scope, attrs: Record<string, string>): Scope {
  const declared = Object.keys(attrs).filter((k) => k === 'xmlns' || k.startsWith('xmlns:'));
  if (declared.length === 0) return parent;
  const scope = new Map(parent);
  for (const k of declared) {
    const prefix = k === 'xmlns' ? '' : k.slice(6);
    scope.set(prefix, CANONICAL[attrs[k] ?? ''] ?? (prefix || 'x'));
  }
  return scope;
}

function canonical(scope: Scope, qname: string, isAttribute: boolean): string {
  const colon = qname.indexOf(':');
  if (colon < 0) {
    // Unprefixed attributes have no namespace; unprefixed elements take the default one.
    const ns = isAttribute ? undefined : scope.get('');
    return ns && ns !== 'x' ? `${ns}:${qname}` : qname;
  }
  const prefix = qname.slice(0, colon);
  if (prefix === 'xmlns' || prefix === 'xml') return qname;
  return `${scope.get(prefix) ?? prefix}:${qname.slice(colon + 1)}`;
}

/** Parses an XML part into a tree; the returned root holds the document element. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: { el: XmlElement; scope: Scope }[] = [{ el: root, scope: new Map() }];
  const parser = new Parser(
    {
      onopentag(name, raw) {
        const top = stack[stack.length - 1] ?? { el: root, scope: new Map() };
        const scope = scopeOf(top.scope, raw);
        const attrs: Record<string, string> = {};
        for (const [k, v] of Object.entries(raw)) attrs[canonical(scope, k, true)] = v;
        const el: XmlElement = { name: canonical(scope, name, false), attrs, children: [] };
        top.el.children.push(el);
        stack.push({ el, scope });
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        stack[stack.length - 1]?.el.children.push(text);
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

/** The child elements of an element. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The first child element with this name, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first descendant element with this name (depth first), if any. */
export function descendant(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of elements(el)) {
    if (c.name === name) return c;
    const found = descendant(c, name);
    if (found) return found;
  }
  return undefined;
}

/** Every descendant element with this name, not looking inside the ones found. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  return elements(el).flatMap((c) => (c.name === name ? [c] : descendants(c, name)));
}

/** A property's `w:val`, e.g. `val(child(pPr, 'w:pStyle'))`. */
export function val(el: XmlElement | undefined): string | undefined {
  return el?.attrs['w:val'];
}

/** A whole number attribute, or `fallback`. */
export function intAttr(el: XmlElement | undefined, name: string, fallback: number): number {
  const n = Number.parseInt(el?.attrs[name] ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
}

/** A property's `w:val` as a whole number, or `fallback`. */
export function intVal(el: XmlElement | undefined, fallback: number): number {
  return intAttr(el, 'w:val', fallback);
}

/** The concatenated text inside an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
