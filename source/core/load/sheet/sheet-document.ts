/**
 * A parsed sheet into the TimelineJS JSON document TimelineJS's own sheet reader makes of it
 * (every cell a string, as `ConfigFactory.js` gives them), for the TimelineJS import to turn into
 * the model; and every problem with the sheet, by row and column, for `check` and for the loader's
 * warnings. A row that cannot be read is left out, as the import leaves out an unreadable event.
 */
import type {Severity} from '../../check/problem.js';
import {isCalendarDate} from '../../model/dates.js';
import {maxDepth} from '../parse-json.js';
import {columnLabel, mapColumns, uniqueIdColumn, type ColumnMap, type KnownColumn, type TemplateColumn} from './columns.js';
import type {ParsedSheet, SheetRow} from './parse-sheet.js';
import {parseTimeCell} from './time-cell.js';

type Json = Record<string, unknown>;

/** A problem at a row (the header is row 1) and column (0 for A). */
export type SheetFinding = {
	row: number;
	column: number;
	/** The column as messages name it: `B (Month)`, or `S` past the header. */
	label: string;
	severity: Severity;
	rule: string;
	message: string;
	/** Also said on stderr when the sheet is opened: what the reader left out. */
	onLoad?: true;
};

export type SheetDocument = {
	/** The TimelineJS document: `title`, `events`, `eras`. */
	document: Json;
	findings: SheetFinding[];
	/** The sheet row of each event and era in the document, to name rows in the import's messages. */
	eventRows: number[];
	eraRows: number[];
	/** The row of the title slide, if the sheet has one. */
	titleRow: number | undefined;
	map: ColumnMap;
};

/** A whole number cell as TimelineJS cleans it: spaces and thousands commas taken out (`1,850`). */
const cleanInteger = (cell: string): string => cell.replace(/[\s,]+/g, '');

/** How a row reads its cells: by template column name, with the column's index for messages. */
class RowReader {
	readonly findings: SheetFinding[] = [];
	constructor(
		readonly map: ColumnMap,
		readonly row: SheetRow,
	) {}

	index(column: KnownColumn): number | undefined {
		return this.map.at[column];
	}

	cell(column: KnownColumn): string {
		const index = this.index(column);
		return index === undefined ? '' : (this.row.cells[index] ?? '');
	}

	report(column: TemplateColumn | number, severity: Severity, rule: string, message: string, onLoad = false): void {
		const index = typeof column === 'number' ? column : (this.index(column) ?? 0);
		this.findings.push({row: this.row.row, column: index, label: columnLabel(this.map, index), severity, rule, message, ...(onLoad ? {onLoad: true} : {})});
	}
}

/** Thrown inside a row when it cannot be read; the finding is already reported. */
class Skipped extends Error {}

type DateColumns = {year: TemplateColumn; month: TemplateColumn; day: TemplateColumn; time: TemplateColumn};
const startColumns: DateColumns = {year: 'Year', month: 'Month', day: 'Day', time: 'Time'};
const endColumns: DateColumns = {year: 'End Year', month: 'End Month', day: 'End Day', time: 'End Time'};

/** A date's parts as numbers, for comparing a start with its end. */
type DateParts = {year: number; month?: number; day?: number; minutes?: number};

/**
 * A date from its four cells, as TimelineJS JSON with string values, or undefined when its year
 * is empty. A cell that cannot be read skips the row.
 */
function readDate(reader: RowReader, columns: DateColumns, what: 'year' | 'end year'): {json: Json; parts: DateParts} | undefined {
	const yearCell = reader.cell(columns.year).trim();
	if (yearCell === '') return undefined;
	const fail = (column: TemplateColumn, message: string): never => {
		reader.report(column, 'error', 'sheet-date', `${message}; row skipped`, true);
		throw new Skipped();
	};
	const year = cleanInteger(yearCell);
	if (!/^-?\d{1,12}$/.test(year)) fail(columns.year, `${what} "${yearCell}" is not a number`);
	const json: Json = {year};
	const parts: DateParts = {year: Number(year)};
	const month = cleanInteger(reader.cell(columns.month));
	if (month !== '') {
		if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) fail(columns.month, `month "${reader.cell(columns.month).trim()}" is not 1 to 12`);
		json['month'] = month;
		parts.month = Number(month);
	}
	const day = cleanInteger(reader.cell(columns.day));
	if (day !== '') {
		if (month === '') reader.report(columns.day, 'warning', 'sheet-date', 'a day with no month is not read');
		else {
			const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
			if (!/^\d{1,2}$/.test(day) || !isCalendarDate(value)) fail(columns.day, `day "${reader.cell(columns.day).trim()}" is not a day of that month`);
			json['day'] = day;
			parts.day = Number(day);
		}
	}
	const timeCell = reader.cell(columns.time).trim();
	if (timeCell !== '') {
		const time = parseTimeCell(timeCell);
		if ('problem' in time) fail(columns.time, time.problem);
		else if (json['day'] === undefined) reader.report(columns.time, 'warning', 'sheet-date', 'a time with no day is not read');
		else {
			for (const [key, value] of Object.entries(time)) json[key] = String(value);
			parts.minutes = time.hour * 60 + (time.minute ?? 0);
		}
	}
	return {json, parts};
}

/** The first of the end's columns where it falls before the start, or undefined when it does not. */
function endBefore(start: DateParts, end: DateParts): TemplateColumn | undefined {
	const steps: Array<[keyof DateParts, TemplateColumn]> = [
		['year', 'End Year'],
		['month', 'End Month'],
		['day', 'End Day'],
		['minutes', 'End Time'],
	];
	for (const [key, column] of steps) {
		const [a, b] = [start[key], end[key]];
		if (a === undefined || b === undefined) return undefined;
		if (b < a) return column;
		if (b > a) return undefined;
	}
	return undefined;
}

/** Text, media, group, background and the columns the template does not have: what every kind of row carries. */
function readContent(reader: RowReader, target: Json, root?: Json): void {
	const text: Json = {};
	if (reader.cell('Headline').trim() !== '') text['headline'] = reader.cell('Headline');
	if (reader.cell('Text').trim() !== '') text['text'] = reader.cell('Text');
	target['text'] = text;
	const url = reader.cell('Media').trim();
	const mediaCells = [
		['Media Credit', 'credit'],
		['Media Caption', 'caption'],
		['Media Thumbnail', 'thumbnail'],
	] as const;
	if (url !== '') {
		const media: Json = {url};
		for (const [column, key] of mediaCells) if (reader.cell(column).trim() !== '') media[key] = reader.cell(column);
		if (reader.cell('Alt Text').trim() !== '') media['alt'] = reader.cell('Alt Text');
		target['media'] = media;
	} else {
		const orphan = mediaCells.find(([column]) => reader.cell(column).trim() !== '');
		if (orphan) reader.report(orphan[0], 'warning', 'sheet-media', `${orphan[0]} with no Media is not shown`);
	}
	const group = reader.cell('Group').trim() || reader.cell('Tag').trim();
	if (group !== '') target['group'] = group;
	const background = reader.cell('Background').trim();
	// TimelineJS takes a URL (http, https, protocol- or site-relative) as an image and anything else as a colour.
	if (background !== '') target['background'] = /^(https?:)?\/\/?/.test(background) ? {url: background} : {color: background};
	for (const {index, name} of reader.map.extra) {
		const cell = reader.row.cells[index] ?? '';
		if (cell !== '') setColumn(target, name, cell, reader, index, root);
	}
}

/** A key path written as a column name by export (`media.link`), so a nested field survives a sheet. */
const dottedPath = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;
/** A column whose cells are JSON (`scale (json)`), for a field that is not a string. */
const jsonSuffix = ' (json)';

/** How deeply a parsed JSON value nests, counted only as far as one past the limit. */
function depth(value: unknown, level = 0): number {
	if (value === null || typeof value !== 'object' || level > maxDepth) return level;
	let deepest = level + 1;
	for (const inner of Object.values(value)) deepest = Math.max(deepest, depth(inner, level + 1));
	return deepest;
}

/**
 * What a `timeline.` column on the title row may not set, and why: what the sheet's rows make, and
 * the format. (`timeline.eras` is read: export writes an empty list of eras so, having no row for it.)
 */
const madeByRows = new Map([
	['events', "the timeline's events come from the sheet's rows"],
	['title', "the timeline's title comes from its title row"],
	['format', "the timeline's format is TimelineJS's"],
]);

/**
 * Puts a cell of a column the template does not have into the row's object, under the column's
 * name; on the title row, a `timeline.` column (`timeline.scale`) goes on the whole timeline.
 */
function setColumn(target: Json, name: string, cell: string, reader: RowReader, index: number, root: Json | undefined): void {
	let value: unknown = cell;
	let key = name;
	if (name.endsWith(jsonSuffix)) {
		key = name.slice(0, -jsonSuffix.length);
		try {
			value = JSON.parse(cell);
			if (depth(value) > maxDepth) throw new Error('too deep');
		} catch {
			value = cell;
			reader.report(index, 'warning', 'sheet-cell', `not JSON nested at most ${maxDepth} deep; read as text`);
		}
	}
	let path = dottedPath.test(key) ? key.split('.') : [key];
	// A name JavaScript gives an object's prototype by: set, it would change what every object has.
	if (path.includes('__proto__')) {
		reader.report(index, 'warning', 'sheet-cell', 'a field named __proto__ is not read');
		return;
	}
	let into = target;
	if (root !== undefined && path[0] === 'timeline' && path.length > 1) {
		const made = madeByRows.get(path[1]!);
		if (made !== undefined) {
			reader.report(index, 'warning', 'sheet-cell', `${made}; not read`);
			return;
		}
		into = root;
		path = path.slice(1);
	}
	for (const step of path.slice(0, -1)) {
		// Only the object's own fields: `constructor.name` makes a field, not a change to Object.
		const next = Object.hasOwn(into, step) ? into[step] : undefined;
		if (next === null || typeof next !== 'object' || Array.isArray(next)) into[step] = {};
		into = into[step] as Json;
	}
	into[path.at(-1)!] = value;
}

/**
 * A sheet made into its TimelineJS document a run of rows at a time, in order: what
 * `sheetDocument` gives, for a large sheet whose events go on to be imported while later rows are
 * read. The events are handed on, not kept.
 */
export class SheetReader {
	readonly #map: ColumnMap;
	readonly #width: number;
	readonly #findings: SheetFinding[] = [];
	readonly #eras: Json[] = [];
	readonly #eraRows: number[] = [];
	/** The document but its events: where they go, first, then the rest. */
	readonly #document: Json = {events: [], eras: this.#eras};
	#titleRow: number | undefined;
	/** The events of the rows being read, and the row of each. */
	#events: Json[] = [];
	#eventRows: number[] = [];

	constructor(header: string[]) {
		const map = mapColumns(header);
		this.#map = map;
		this.#width = header.length;
		for (const {index, name, first} of map.repeated) {
			this.#findings.push({
				row: 1,
				column: index,
				label: columnLabel(map, index),
				severity: 'warning',
				rule: 'sheet-header',
				message: `a second ${name} column (the first is ${columnLabel(map, first)}); not read`,
			});
		}
		for (const column of ['Headline', 'Text'] as const) {
			if (map.at[column] === undefined) this.#findings.push({row: 1, column: 0, label: columnLabel(map, 0), severity: 'warning', rule: 'sheet-header', message: `no ${column} column in the header`});
		}
	}

	/** Reads the next `rows`; the events they hold, and the row of each. */
	add(rows: readonly SheetRow[]): {events: Json[]; rows: number[]} {
		for (const row of rows) this.#read(row);
		const read = {events: this.#events, rows: this.#eventRows};
		this.#events = [];
		this.#eventRows = [];
		return read;
	}

	/** The document of every row read, with no events (an empty list where they go), and the sheet's problems. */
	finish(): Omit<SheetDocument, 'eventRows'> {
		const document = this.#document;
		if (this.#eras.length === 0 && document['eras'] === this.#eras) delete document['eras'];
		return {document, findings: this.#findings, eraRows: this.#eraRows, titleRow: this.#titleRow, map: this.#map};
	}

	#read(row: SheetRow): void {
		const reader = new RowReader(this.#map, row);
		if (row.quote === 'unclosed') reader.report(row.cells.length - 1, 'error', 'sheet-quote', 'a quote opens this cell and never closes: every line after it is read into the cell', true);
		else if (row.quote === 'stray') {
			const cell = Math.max(
				0,
				row.cells.findIndex(text => text.includes('"')),
			);
			// Not doubled, the quote may leave the cell open to the next quote that closes one: the lines between are read into it.
			if (/[\r\n]/.test(row.cells[cell] ?? ''))
				reader.report(cell, 'error', 'sheet-quote', 'a quote inside a quoted cell is not doubled (""): the lines after it, up to the next quote, are read into the cell', true);
			else reader.report(cell, 'warning', 'sheet-quote', 'a quote inside a quoted cell is not doubled (""); read as written', true);
		}
		try {
			const extra = row.cells.findIndex((cell, index) => index >= this.#width && cell.trim() !== '');
			if (extra !== -1) {
				const cell = row.cells[extra] ?? '';
				reader.report(extra, 'error', 'sheet-cells', `${row.cells.length} cells, the header has ${this.#width}: "${cell.slice(0, 40)}" has no column and is not read`, true);
			}
			// Compared exactly, as TimelineJS compares it: `Title` is an ordinary event there too.
			const type = reader.cell('Type').trim();
			let kind: 'event' | 'title' | 'era' = type === 'title' || type === 'era' ? type : 'event';
			if (type !== '' && kind === 'event') reader.report('Type', 'warning', 'sheet-type', `unknown Type "${type}" (expected title, era, or nothing for an event); read as an event`);
			if (kind === 'title' && this.#titleRow !== undefined) {
				const hasYear = reader.cell('Year').trim() !== '';
				reader.report('Type', 'warning', 'sheet-title', `a second title row (the first is row ${this.#titleRow}); ${hasYear ? 'read as an event' : 'row skipped'}`, true);
				if (!hasYear) throw new Skipped();
				kind = 'event';
			}
			if (kind === 'title') {
				this.#titleRow = row.row;
				const title: Json = {};
				readContent(reader, title, this.#document);
				this.#document['title'] = title;
				return;
			}
			const start = readDate(reader, startColumns, 'year');
			if (start === undefined) {
				reader.report('Year', kind === 'era' ? 'error' : 'warning', 'sheet-date', `no year; ${kind === 'era' ? 'era' : 'row'} skipped`, true);
				throw new Skipped();
			}
			const end = readDate(reader, endColumns, 'end year');
			if (end === undefined) {
				const orphan = (['End Month', 'End Day', 'End Time'] as const).find(column => reader.cell(column).trim() !== '');
				// TimelineJS drops an end date without a year, saying so only in the browser's console.
				if (orphan) reader.report(orphan, 'warning', 'sheet-date', `${orphan} with no End Year; end date not read`, true);
				if (kind === 'era') {
					reader.report('End Year', 'error', 'sheet-date', 'an era needs an End Year; row skipped', true);
					throw new Skipped();
				}
			}
			// A range written backwards (a typo in the end year, most often): the row is kept at its start, as a TimelineJS file's is.
			const before = end === undefined ? undefined : endBefore(start.parts, end.parts);
			if (before !== undefined) reader.report(before, 'warning', 'sheet-date', 'the end date is before the start date; end date ignored', true);
			const item: Json = {start_date: start.json};
			if (end !== undefined && before === undefined) item['end_date'] = end.json;
			readContent(reader, item);
			if (kind === 'era') {
				this.#eras.push(item);
				this.#eraRows.push(row.row);
				return;
			}
			const display = reader.cell('Display Date').trim();
			if (display !== '') item['display_date'] = display;
			const id = reader.cell(uniqueIdColumn).trim();
			if (id !== '') item['unique_id'] = id;
			if (reader.cell('Headline').trim() === '') reader.report('Headline', 'warning', 'sheet-headline', 'no headline; the event is listed under the first words of its text');
			this.#events.push(item);
			this.#eventRows.push(row.row);
		} catch (error) {
			if (!(error instanceof Skipped)) throw error;
		} finally {
			this.#findings.push(...reader.findings);
		}
	}
}

/** The sheet as a TimelineJS document, and its problems. */
export function sheetDocument(sheet: ParsedSheet): SheetDocument {
	const reader = new SheetReader(sheet.header);
	const {events, rows} = reader.add(sheet.rows);
	const read = reader.finish();
	read.document['events'] = events;
	return {...read, eventRows: rows};
}
