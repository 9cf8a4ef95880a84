/** The hostile corpus (test/fixtures/hostile) as tables: each file and its expected outcome. */
import {fileURLToPath} from 'node:url';

export const hostileDir = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

/**
 * Timelines carrying one kind of payload in every text field (title, description, notes, source
 * fields and paragraphs, headlines, summaries, actors, tags, derivations, quotes, bodies, topics,
 * statements, claims), and how the first event's headline must read on screen.
 */
export const payloadFixtures: Array<[file: string, shownHeadline: string]> = [
	['csi.json', 'Headline ^[[2J^[[H^[[31mRED^[[0m^[[?1049l^[[?25l'],
	['osc52-clipboard.json', 'Headline ^[]52;c;ZWNobyBoYWNrZWQ=^G^[]52;p;aGk=^[\\'],
	['osc8-link.json', 'Headline ^[]8;;https://evil.example/^[\\click here^[]8;;^[\\'],
	['osc-title.json', 'Headline ^[]0;pwned title^G^[]2;window^[\\'],
	['dcs.json', 'Headline ^[P+q544e^[\\^[P$q"p^[\\'],
	['terminal-queries.json', 'Headline ^[[6n^[[c^[[>c^[]11;?^G^[[18t'],
	['unterminated.json', 'Headline start ^[]0;no terminator ^[P1$r ^[['],
	['c1-8bit.json', 'Headline <U+009B>31m<U+009D>0;title<U+009C><U+0090>q<U+009C><U+0085><U+0080><U+009F>'],
	['c0-controls.json', 'Headline a^@b^Gc^Hd^Me^Jf^Kg^Lh^Ni^Oj^[(0k^[#8'],
	['overwrite.json', 'Headline Safe text^M^[[KEvil text ok^H^H^H!!!'],
	['del.json', 'Headline abc^?^?^?def'],
	['bidi.json', 'Headline <U+202E>evil<U+202C> <U+2066>iso<U+2069> <U+202A><U+202B><U+202D><U+2067><U+2068>'],
	['lone-surrogates.json', 'Headline high \uFFFD low \uFFFD reversed \uFFFD\uFFFD pair \u{1F600}'],
	['tab.json', 'Headline col1 col2'],
];

/** Files that must be refused, and the message after the file name. */
export const refused: Array<[file: string, message: string]> = [
	['error-unknown-key-osc52.json', ': events[0]["^[]52;c;aGk=^G"]: unknown field'],
	['error-long-unknown-key.json', `: ["${'k'.repeat(39)}…"]: unknown field`],
	['error-proto-key.json', ': __proto__: unknown field'],
	['error-wrong-type-csi.json', ': events[0].actors: expected Array, got "^[[2J^[[31m^[[2J^[[31m^[[2J^[[31m"'],
	['error-wrong-type-quoted.json', `: events[0].date: expected Object, got "^[]0;title^G${'x'.repeat(29)}…"`],
	['error-id-escape.json', ': events[0].id: expected an id of lower-case letters, digits and dashes'],
	['error-huge-number.json', ': events[0].citations[0].paragraph: expected a whole number'],
	['error-raw-escape-byte.json', ':1:43: invalid JSON: control character in a string (write it as an escape, such as \\n)'],
	['error-raw-c1-token.json', ":1:38: invalid JSON: unexpected character '<U+009B>'"],
	['error-nul-bytes.json', ":1:1: invalid JSON: unexpected character '^@'"],
	['error-unbalanced-close.json', ':1:1: invalid JSON: expected a value'],
	['error-top-level-string.json', ': expected a JSON object at the top level, got string'],
	['error-bom-only.json', ': empty file, expected a JSON timeline'],
	['error-whitespace-only.json', ': empty file, expected a JSON timeline'],
	['error-utf16.json', ': file is UTF-16 text; save it as UTF-8'],
	['timelinejs-impossible-date.json', ': no event could be read; the first: events[0].start_date.day: 30 is not a day of February 2011'],
	['timelinejs-bad-year.json', ': no event could be read; the first: events[0].start_date.year: "\\u001b[31m" is not a year'],
];
