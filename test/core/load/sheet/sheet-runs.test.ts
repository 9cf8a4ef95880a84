/**
 * A sheet read a run of rows at a time (as the sheet's thread reads a large one) and its events
 * imported run by run (as the explorer's thread imports them) gives what the whole sheet gives:
 * the same rows, and the same timeline, warnings and one-line error as a TimelineJS file of the
 * same document, whatever the runs.
 */
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {UserError} from '../../../../source/core/model/errors.js';
import {maxStringLength, validateTimeline, type LoadedTimeline} from '../../../../source/core/load/load-timeline.js';
import {columnLabel, columnOfField} from '../../../../source/core/load/sheet/columns.js';
import {parseSheetTimeline, readSheet, readSheetRuns} from '../../../../source/core/load/sheet/load-sheet.js';
import {parseSheet, parseSheetRuns, type SheetRow} from '../../../../source/core/load/sheet/parse-sheet.js';
import {findingLine, SheetImport} from '../../../../source/core/load/sheet/sheet-import.js';
import {sanitize, sanitizeDeep} from '../../../../source/core/text/sanitize.js';

const header = ['Year', 'Month', 'Day', 'Time', 'End Year', 'Headline', 'Text', 'Media', 'Type', 'Unique ID', 'note', 'weight (json)', 'constructor'];

/** A cell as a spreadsheet writes it: quoted when it holds the delimiter, a quote or a line break. */
const cellText = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Text over the limit: the whole document's error. */
const long = 'z'.repeat(maxStringLength + 1);

/** Cells of every kind a sheet has: sound and unreadable dates, repeated headlines and ids, HTML, text to make safe, long text. */
const cell = (column: string) => {
	switch (column) {
		case 'Year':
			return fc.constantFrom('1999', '2001', ' 1,850 ', '', 'soon', '-44');
		case 'Month':
		case 'Day':
			return fc.constantFrom('', '1', '2', '12', '31', '13');
		case 'Time':
			return fc.constantFrom('', '9:00 AM', '14:30', '25:00');
		case 'End Year':
			return fc.constantFrom('', '', '1998', '2003');
		case 'Headline':
			return fc.constantFrom('Vote', 'Vote', 'Hearing, "again"', '', 'Line\nbreak', '<b>Bold</b> move', 'Bell \u0007 rung', 'x'.repeat(12));
		case 'Text':
			return fc.constantFrom('', '<p>One.</p><p>Two &amp; three.</p>', 'Plain text', 'esc \u001b[2J here', long);
		case 'Type':
			return fc.constantFrom('', '', '', 'title', 'era', 'Title');
		case 'Unique ID':
			return fc.constantFrom('', '', 'vote', 'Vote', 'hearing-1');
		case 'weight (json)':
			return fc.constantFrom('', '3', '-0', '{"a":[1,2]}', 'not json');
		// A field the fast path leaves to valibot (on the title row, the whole timeline's check).
		case 'constructor':
			return fc.constantFrom('', '', '', 'x');
		default:
			return fc.constantFrom('', 'a note', 'a, b');
	}
};
const row = fc.tuple(...header.map(cell)).map(cells => cells.map(cellText).join(','));
/**
 * A sheet: the header (its first cell now and then quoted, with a line break the column's name
 * ignores), then rows, some blank, with LF or CRLF line ends; now and then a byte-order mark the
 * reader left (a second one).
 */
const sheet = fc
	.tuple(
		fc.array(fc.oneof({weight: 9, arbitrary: row}, {weight: 1, arbitrary: fc.constant('')}), {maxLength: 40}),
		fc.constantFrom('\n', '\r\n'),
		fc.boolean(),
		fc.boolean(),
		fc.constantFrom('Year', '"Year\n"'),
	)
	.map(([rows, newline, last, mark, first]) => (mark ? '\uFEFF' : '') + [[first, ...header.slice(1)].join(','), ...rows].join(newline) + (last ? newline : ''));

/** What `--data` gave for a sheet before its events were imported in runs: its document validated whole as a TimelineJS file. */
function wholeDocument(text: string, file: string, strict: boolean): LoadedTimeline {
	const {document, findings, eventRows, eraRows, map} = readSheet(text, file, ',');
	const problems = findings.filter(finding => finding.onLoad);
	if (strict && problems[0] !== undefined) throw new UserError(sanitize(findingLine(file, problems[0])));
	if ((document['events'] as unknown[]).length === 0 && problems[0] !== undefined) {
		throw new UserError(`${file}: no event could be read: a row needs a Year${problems[0] === undefined ? '' : `; the first problem: ${sanitize(findingLine(file, problems[0]))}`}`);
	}
	// A message naming `events[3].text.headline` names the sheet's row and column instead.
	const toRow = (message: string) =>
		message.replace(/^(.*?): (events|eras)\[(\d+)\](?:\.([a-z_]+)(?:\.([a-z_]+))?[^:\s]*)?: /, (whole, _file: string, list: string, index: string, field?: string, inner?: string) => {
			const at = (list === 'events' ? eventRows : eraRows)[Number(index)];
			const column = field === undefined ? undefined : map.at[columnOfField(field, inner)];
			return at === undefined ? whole : column === undefined ? `${file}:${at}: ` : `${file}:${at}:${columnLabel(map, column)}: `;
		});
	let validated: ReturnType<typeof validateTimeline>;
	try {
		validated = validateTimeline(document, file, {strict});
	} catch (error) {
		if (error instanceof UserError) throw new UserError(toRow(error.message), error.exitCode);
		throw error;
	}
	const warnings = [...problems.map(finding => sanitize(findingLine(file, finding))), ...validated.warnings.map(toRow)];
	return {raw: validated.timeline, timeline: sanitizeDeep(validated.timeline), file, format: 'timelinejs', warnings};
}

/** The outcome of a load: the loaded timeline or the error's message. */
function outcome(load: () => LoadedTimeline): LoadedTimeline | string {
	try {
		return load();
	} catch (error) {
		if (error instanceof UserError) return error.message;
		throw error;
	}
}

/** The sheet read in runs of `characters`, each run's events imported in parts of `part`. */
function inRuns(text: string, file: string, strict: boolean, characters: number, part: number): LoadedTimeline {
	const loading = new SheetImport(file, {strict});
	const rest = readSheetRuns(
		text,
		file,
		',',
		(events, rows) => {
			for (let from = 0; from < events.length; from += part) loading.add(events.slice(from, from + part), rows.slice(from, from + part));
		},
		characters,
	);
	return loading.finish(rest);
}

describe('a sheet read a run of rows at a time', () => {
	test('gives the rows the whole sheet gives, numbered alike, wherever the runs are cut', () => {
		fc.assert(
			fc.property(sheet, fc.integer({min: 1, max: 300}), (text, characters) => {
				const rows: SheetRow[] = [];
				parseSheetRuns(text, ',', run => rows.push(...run), characters);
				expect(rows).toEqual(parseSheet(text, ',').rows);
			}),
			{numRuns: 300},
		);
	});

	test('marks a row with a misplaced quote, a stray one or one never closed, wherever the runs are cut, as the whole sheet does', () => {
		const lines = ['Year,Headline,Text', ...Array.from({length: 40}, (_, index) => `${1900 + index},Event ${index},"Text, ${index}"`)];
		lines[11] = '1910,Event 10,"Text "fine""';
		// Never closed, with no quote after it: every line after it is in its cell.
		lines[31] = '1930,"Never closed,Text';
		const text =
			lines.slice(0, 32).join('\n') +
			'\n' +
			lines
				.slice(32)
				.map(line => line.replaceAll('"', ''))
				.join('\n');
		const whole = parseSheet(text, ',').rows;
		// The rows by their year: a quote not doubled runs the cell on to where a quote closes it, the unclosed one to the end.
		expect(whole.filter(row => row.quote !== undefined).map(row => [row.cells[0], row.quote])).toEqual([
			['1910', 'stray'],
			['1930', 'unclosed'],
		]);
		expect(whole.at(-1)?.cells[0]).toBe('1930');
		for (let characters = 1; characters <= 400; characters += 7) {
			const rows: SheetRow[] = [];
			parseSheetRuns(text, ',', run => rows.push(...run), characters);
			expect(rows, `${characters}`).toEqual(whole);
		}
	});

	test('gives its first lines as the whole sheet does when they run past the first megabyte, with or without quotes', () => {
		const cells = (index: number) => `${1900 + (index % 100)},Event ${index},${'word '.repeat(60)}`;
		const plain = ['Year,Headline,Text', ...Array.from({length: 12_000}, (_, index) => cells(index))].join('\n');
		// A quoted cell of line breaks across the first megabyte and beyond.
		const quoted = ['Year,Headline,Text', cells(0), `1901,Long,"${'a line\n'.repeat(300_000)}"`, ...Array.from({length: 50}, (_, index) => cells(index + 2))].join('\n');
		for (const text of [plain, quoted]) {
			expect(text.length).toBeGreaterThan(2 << 20);
			const whole = parseSheet(text, ',');
			for (const lines of [0, 2, 3, 500, 20_000]) {
				const first = parseSheet(text, ',', lines);
				expect(first.header).toEqual(whole.header);
				expect(first.rows).toEqual(whole.rows.filter(read => read.row <= lines + 1));
			}
		}
	});

	test('gives, imported run by run, the timeline, warnings or error of its document validated whole', () => {
		fc.assert(
			fc.property(sheet, fc.boolean(), fc.integer({min: 1, max: 300}), fc.integer({min: 1, max: 7}), (text, strict, characters, part) => {
				const whole = outcome(() => wholeDocument(text, 'story.csv', strict));
				const runs = outcome(() => inRuns(text, 'story.csv', strict, characters, part));
				expect(runs).toStrictEqual(whole);
				expect(outcome(() => parseSheetTimeline(text, 'story.csv', ',', {strict}))).toStrictEqual(whole);
			}),
			{numRuns: 300},
		);
	});

	test('names the row of text over the limit however far into the sheet it is, and of an event skipped in a later run', () => {
		const rows = Array.from({length: 50}, (_, index) => `${1900 + index},,,,,Event ${index},,,,,,,`);
		rows[41] = `1941,,,,,${'y'.repeat(maxStringLength + 1)},,,,,,,`;
		const text = [header.join(','), ...rows].join('\n');
		expect(() => inRuns(text, 's.csv', false, 64, 3)).toThrow(new RegExp(`^s\\.csv:43:F \\(Headline\\): text longer than ${maxStringLength.toLocaleString('en-US')} characters`));
		rows[41] = '1941,13,,,,Event 41,,,,,,,';
		const loaded = inRuns([header.join(','), ...rows].join('\n'), 's.csv', false, 64, 3);
		expect(loaded.warnings).toEqual(['s.csv:43:B (Month): month "13" is not 1 to 12; row skipped']);
		expect(loaded.timeline.events).toHaveLength(49);
	});

	test('makes every event safe to show when the rest of the timeline needs the full check', () => {
		// A title row's `constructor` column: a field the fast path leaves to valibot, which gives every event anew.
		const text = 'Year,Headline,Type,constructor\n,Story,title,x\n2001,"Bell \u0007 rung",,\n';
		for (const loaded of [parseSheetTimeline(text, 's.csv', ','), inRuns(text, 's.csv', false, 8, 1)]) {
			expect(loaded.raw.events[0]?.headline).toBe('Bell \u0007 rung');
			expect(loaded.timeline.events[0]?.headline).toBe(sanitize('Bell \u0007 rung'));
			expect(loaded.timeline.events[0]?.headline).not.toContain('\u0007');
		}
	});

	test('reads no column named after the prototype, and changes no object but its own for one named after an inherited field', () => {
		const text = 'Year,Headline,Text,__proto__.polluted,constructor.name\n2001,Vote,,yes,x\n';
		const loaded = parseSheetTimeline(text, 's.csv', ',');
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.prototype.constructor.name).toBe('Object');
		expect(loaded.timeline.events.map(event => event.headline)).toEqual(['Vote']);
		expect(readSheet(text, 's.csv', ',').findings.map(finding => `${finding.label}: ${finding.message}`)).toEqual(['D (__proto__.polluted): a field named __proto__ is not read']);
	});

	test('takes no timeline field that the rows make from a column of the title row', () => {
		const text = `Year,Headline,Text,Type,timeline.events,timeline.format,timeline.scale\n,The story,,title,oops,sc-timeline/1,cosmological\n2001,An event,,,,,\n`;
		const loaded = parseSheetTimeline(text, 's.csv', ',');
		expect(loaded.timeline.events.map(event => event.headline)).toEqual(['An event']);
		expect(loaded.timeline.scale).toBe('cosmological');
		expect(readSheet(text, 's.csv', ',').findings.map(finding => `${finding.label}: ${finding.message}`)).toEqual([
			"E (timeline.events): the timeline's events come from the sheet's rows; not read",
			"F (timeline.format): the timeline's format is TimelineJS's; not read",
		]);
	});
});
