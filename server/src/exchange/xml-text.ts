// XML 1.0 text for the GraphML and GEXF exports: escapes markup, and replaces characters XML 1.0 forbids.
// Written by hand rather than left to an XML builder: xmlbuilder2 leaves `&name;` unescaped (issue 16: "G&Z;" made
// strict parsers stop at an undefined entity) and graphology-gexf writes control characters as they are.

/**
 * Characters no XML 1.0 document may hold, even as a character reference: C0 controls other than tab, line feed and
 * carriage return, U+FFFE/U+FFFF, and unpaired UTF-16 surrogates (which also cannot be encoded in UTF-8).
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding the C0 controls XML forbids is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** What a forbidden character becomes: the Unicode replacement character, so the loss stays visible. */
const XML_REPLACEMENT = '\uFFFD';

/** The text with every character XML 1.0 forbids replaced by U+FFFD (everything else, emoji and RTL included, kept). */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, XML_REPLACEMENT);
}

// `>` is escaped too (`]]>` may not appear in text). A carriage return is written as a reference because parsers turn
// CR and CRLF into LF (XML 1.0 section 2.11); in attributes, tab and line feed too, since attribute-value
// normalisation turns them into spaces (section 3.3.3).
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/** Element content: parses back to exactly `xmlSafe(text)`. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT[c]!);
}

/** A double-quoted attribute value: parses back to exactly `xmlSafe(text)`. */
export function xmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE[c]!);
}

/** `name="value" ...` for an element's start tag, values escaped. */
export function xmlAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}="${xmlAttribute(value)}"`)
    .join(' ');
}
