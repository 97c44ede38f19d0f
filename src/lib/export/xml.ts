/**
 * XML text for the exports (QTI items, manifests, the SCORM start page): never markup, and only the
 * characters XML 1.0 can carry.
 */

/** What XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` less the characters XML 1.0 cannot carry: what a reader of the file gets back. */
export const xmlPlainText = (text: string) => text.replace(NOT_XML, '');

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
	// Parsers turn a literal CR into LF, and XML 1.1 ones (xmldom too) NEL, LS and PS; references survive.
	'\r': '&#13;',
	'\u0085': '&#133;',
	'\u2028': '&#8232;',
	'\u2029': '&#8233;'
};

/** Text for element content or an attribute value (quoted either way), in XML or HTML: never markup. */
export const escapeXml = (text: string) =>
	xmlPlainText(text).replace(/[&<>"'\r\u0085\u2028\u2029]/g, (c) => ENTITIES[c]!);
