/**
 * Export as TimelineJS's sheet template (`export --format csv` or `tsv`): the 18 template columns,
 * then `Unique ID` when an event had one or its id is not the one its headline gives, then a column for each
 * field the template has no column for, named by its path (`media.link`, `start_date.display_date`;
 * `… (json)` for a value that is not text), so that reading the sheet back gives the same timeline.
 * It goes through the TimelineJS document (./timelinejs-export.ts), as the sheet reader comes back
 * through the TimelineJS import. Cells are normalised: numbers as plain digits, times as `HH:MM`,
 * a one-paragraph text without its `<p>`.
 */
import type {Timeline} from '../model/schema.js';
import {templateColumns, uniqueIdColumn, type TemplateColumn} from '../load/sheet/columns.js';
import {timeCellText} from '../load/sheet/time-cell.js';
import {toTimelineJs, type TimelineJsDate} from './timelinejs-export.js';
import {sanitize} from '../text/sanitize.js';

type Json = Record<string, unknown>;
type Row = Map<string, string>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A date's fields left for other columns: all but the numbers the four date columns hold. */
function dateLeft(date: TimelineJsDate): Json {
	const keys = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];
	return Object.fromEntries(Object.entries(date).filter(([key, value]) => !(keys.includes(key) && typeof value === 'number')));
}

/** A date's four cells: Year, Month, Day, Time (or the End columns). */
function dateCells(row: Row, date: TimelineJsDate, columns: readonly [TemplateColumn, TemplateColumn, TemplateColumn, TemplateColumn]): void {
	row.set(columns[0], String(date.year));
	if (typeof date.month === 'number') row.set(columns[1], String(date.month));
	if (typeof date.day === 'number') row.set(columns[2], String(date.day));
	if (typeof date.hour === 'number') {
		// An hour alone is written alone: `09:00` would read back as a time known to the minute.
		const time = {
			hour: date.hour,
			...(date.minute !== undefined && {minute: date.minute}),
			...(date.second !== undefined && {second: date.second}),
			...(date.millisecond !== undefined && {millisecond: date.millisecond}),
		};
		row.set(columns[3], date.minute === undefined ? String(date.hour).padStart(2, '0') : timeCellText(time));
	}
}

/** `<p>one paragraph</p>` as the paragraph alone: what an author types in a cell. */
function textCell(html: unknown): string {
	if (typeof html !== 'string') return '';
	const single = /^<p>((?:(?!<\/?p>).)*)<\/p>$/s.exec(html);
	return single ? single[1]! : html;
}

/** Column names the template has, as the reader matches them (case aside): a field of the same name goes to a JSON column. */
const taken = new Set([...templateColumns, uniqueIdColumn].map(column => column.toLowerCase()));

/** Every field left in `value` as columns named by path: text as it is, anything else (or a name the template has, `type`) as JSON. */
function leftovers(row: Row, value: Json, prefix: string): void {
	for (const [key, inner] of Object.entries(value)) {
		const path = `${prefix}${key}`;
		if (isObject(inner) && Object.keys(inner).length > 0 && /^[A-Za-z_]\w*$/.test(key)) leftovers(row, inner, `${path}.`);
		else if (typeof inner === 'string' && inner.trim() !== '' && /^[A-Za-z_]\w*$/.test(key) && !taken.has(path.toLowerCase())) row.set(path, inner);
		else row.set(`${path} (json)`, JSON.stringify(inner));
	}
}

/** `value` without `keys`. */
function without(value: Json, keys: readonly string[]): Json {
	return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/**
 * Whether a value can be a template cell: text, with something in it and no space around it that
 * the reader would trim. An empty or padded string goes to a JSON column, so it comes back as it was.
 */
const cellValue = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && value.trim() === value;

/** An empty text, which an empty Text cell reads back as (a headline's row has a text, if empty): written as that empty cell, not as a JSON column. */
const emptyCell = (value: unknown): boolean => value === '';

/** Headline, text, media, background: the cells every kind of row has. */
function contentCells(row: Row, item: Json): Json {
	const left: Json = without(item, ['text', 'media', 'background', 'group']);
	const text = isObject(item['text']) ? item['text'] : {};
	const textLeft = without(text, ['headline', 'text']);
	for (const [key, column] of [
		['headline', 'Headline'],
		['text', 'Text'],
	] as const) {
		if (cellValue(text[key])) row.set(column, textCell(text[key]));
		else if (text[key] !== undefined && !emptyCell(text[key])) textLeft[key] = text[key];
	}
	if (Object.keys(textLeft).length > 0) left['text'] = textLeft;
	const media = item['media'];
	if (isObject(media) && cellValue(media['url'])) {
		row.set('Media', media['url']);
		const cells = [
			['credit', 'Media Credit'],
			['caption', 'Media Caption'],
			['thumbnail', 'Media Thumbnail'],
		] as const;
		const mediaLeft = without(media, ['url', ...cells.map(([key]) => key)]);
		for (const [key, column] of cells) {
			if (cellValue(media[key])) row.set(column, textCell(media[key]));
			else if (media[key] !== undefined) mediaLeft[key] = media[key];
		}
		if (Object.keys(mediaLeft).length > 0) left['media'] = mediaLeft;
	} else if (media !== undefined) left['media'] = media;
	const background = item['background'];
	const keys = isObject(background) ? Object.keys(background) : [];
	// As TimelineJS reads the cell back: a URL (http, https, protocol- or site-relative) is an image, anything else a colour.
	const url = /^(https?:)?\/\/?/;
	if (isObject(background) && keys.length === 1 && cellValue(background['url']) && url.test(background['url'])) row.set('Background', background['url']);
	else if (isObject(background) && keys.length === 1 && cellValue(background['color']) && !url.test(background['color'])) row.set('Background', background['color']);
	else if (background !== undefined) left['background'] = background;
	if (cellValue(item['group'])) row.set('Group', item['group']);
	else if (item['group'] !== undefined) left['group'] = item['group'];
	return left;
}

/** A TimelineJS event or era as a row. */
function itemRow(item: Json, type: '' | 'era'): Row {
	const row: Row = new Map();
	const start = item['start_date'] as TimelineJsDate;
	dateCells(row, start, ['Year', 'Month', 'Day', 'Time']);
	const end = item['end_date'] as TimelineJsDate | undefined;
	if (end !== undefined) dateCells(row, end, ['End Year', 'End Month', 'End Day', 'End Time']);
	if (type !== '') row.set('Type', type);
	const left = without(contentCells(row, item), ['start_date', 'end_date', 'display_date', 'unique_id']);
	if (cellValue(item['display_date'])) row.set('Display Date', item['display_date']);
	else if (item['display_date'] !== undefined) left['display_date'] = item['display_date'];
	const startLeft = dateLeft(start);
	if (Object.keys(startLeft).length > 0) left['start_date'] = startLeft;
	const endLeft = end === undefined ? {} : dateLeft(end);
	if (Object.keys(endLeft).length > 0) left['end_date'] = endLeft;
	leftovers(row, left, '');
	return row;
}

/**
 * A cell as written: control characters made inert as everywhere else (line breaks and tabs are a
 * cell's own text and stay), quoted when it holds the delimiter, a quote or a line break, as
 * spreadsheets write them.
 */
function cellText(cell: string, delimiter: string): string {
	const inert = cell
		.split(/(\r\n|\n|\t)/)
		.map((part, index) => (index % 2 === 1 ? part : sanitize(part)))
		.join('');
	return inert.includes(delimiter) || /["\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** The timeline as a sheet, header first, one line per row (pass `loaded.raw`, so strings are exact). */
export function toSheet(timeline: Timeline, delimiter: ',' | '\t'): string {
	const document = toTimelineJs(timeline);
	const rows: Row[] = [];
	const title: Row = new Map([['Type', 'title']]);
	// A timeline imported without a title slide still has the template's title row, empty.
	const titleLeft = contentCells(title, document.title ?? {text: {}});
	leftovers(title, titleLeft, '');
	// An empty list of eras has no row to stand for it.
	const eras = document['eras'] as Json[] | undefined;
	leftovers(title, without(document, ['title', 'events', ...(eras?.length === 0 ? [] : ['eras'])]), 'timeline.');
	// No title row for a timeline imported without a title slide, unless it carries the timeline's other fields.
	if (document.title !== undefined || title.size > 1) rows.push(title);
	for (const era of eras ?? []) rows.push(itemRow(era, 'era'));
	// An id is written where the TimelineJS export writes one: the file had it, or reading the headline back would not give it.
	const needsIds = document.events.some(event => event.unique_id !== undefined);
	for (const event of document.events) {
		const row = itemRow(event, '');
		if (event.unique_id !== undefined) row.set(uniqueIdColumn, event.unique_id);
		rows.push(row);
	}
	const extra: string[] = needsIds ? [uniqueIdColumn] : [];
	const known = new Set<string>([...templateColumns, uniqueIdColumn]);
	for (const row of rows) for (const column of row.keys()) if (!known.has(column) && !extra.includes(column)) extra.push(column);
	const columns = [...templateColumns, ...extra];
	const line = (cells: readonly string[]) => cells.map(cell => cellText(cell, delimiter)).join(delimiter);
	return [line(columns), ...rows.map(row => line(columns.map(column => row.get(column) ?? '')))].join('\n');
}
