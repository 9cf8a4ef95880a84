/**
 * Import of TimelineJS JSON (NUKnightLab's TimelineJS3 format), the format newsrooms use for web
 * timelines: `{title?, events: [{start_date: {year, month?, day?}, text: {headline, text}}], eras?}`.
 * Dates may be numbers or strings; text is HTML. Each event keeps its own text as `body`, since
 * such a timeline has no source articles.
 */
import type {Timeline, TimelineDate, TimelineEvent} from './schema.js';
import {UserError} from './errors.js';

type Json = Record<string, unknown>;

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©'};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return entities[name.toLowerCase()] ?? whole;
	});
}

/**
 * Removes `<script>` and `<style>` elements with their content, in one pass over the text (an
 * unclosed one runs to the end, as in a browser). A lazy regular expression would rescan the rest
 * of the text for every unclosed opening tag, which a hostile file can make take hours.
 */
function dropScripts(html: string): string {
	const open = /<(script|style)\b/gi;
	let out = '';
	let from = 0;
	for (let match = open.exec(html); match !== null; match = open.exec(html)) {
		out += html.slice(from, match.index);
		const close = new RegExp(`</${match[1] ?? ''}\\s*>`, 'gi');
		close.lastIndex = open.lastIndex;
		const end = close.exec(html);
		if (end === null) return out;
		from = open.lastIndex = end.index + end[0].length;
	}
	return out + html.slice(from);
}

/**
 * Turns an HTML fragment into plain paragraphs: block tags and `<br>` break paragraphs, other tags
 * go. Tags are matched as `<` up to the next `<` or `>`, so the time stays linear in the text.
 */
export function htmlToParagraphs(html: string): string[] {
	const text = dropScripts(html)
		.replace(/<br\s*\/?>|<\/?(p|div|h[1-6]|li|ul|ol|blockquote|tr|section|article)\b[^<>]*>/gi, '\n')
		.replace(/<[^<>]*>/g, '');
	return text
		.split(/\n+/)
		.map(line => decodeEntities(line).replace(/\s+/g, ' ').trim())
		.filter(line => line !== '');
}

/** True when a parsed JSON value looks like TimelineJS rather than sc-timeline. */
export function isTimelineJs(value: unknown): boolean {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const object = value as Json;
	if ('format' in object) return false;
	const events = object['events'];
	return Array.isArray(events) && (events.length === 0 || events.some(event => event !== null && typeof event === 'object' && 'start_date' in event));
}

function part(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
	return Number.isInteger(number) ? number : Number.NaN;
}

function toDate(raw: unknown, where: string): TimelineDate {
	if (raw === null || typeof raw !== 'object') throw new UserError(`${where}: expected an object with a year`);
	const date = raw as Json;
	const year = part(date['year']);
	const month = part(date['month']);
	const day = part(date['day']);
	if (year === undefined || Number.isNaN(year) || year < 0 || year > 9999) throw new UserError(`${where}.year: expected a year from 0 to 9999`);
	if (Number.isNaN(month) || (month !== undefined && (month < 1 || month > 12))) throw new UserError(`${where}.month: expected a month from 1 to 12`);
	if (Number.isNaN(day) || (day !== undefined && (day < 1 || day > 31))) throw new UserError(`${where}.day: expected a day from 1 to 31`);
	const y = String(year).padStart(4, '0');
	if (month === undefined) return {value: y, precision: 'year'};
	const m = String(month).padStart(2, '0');
	if (day === undefined) return {value: `${y}-${m}`, precision: 'month'};
	return {value: `${y}-${m}-${String(day).padStart(2, '0')}`, precision: 'day'};
}

/**
 * TimelineJS has no "reported by" precision: our export writes such a date as its day with a
 * `display_date` of "by …", and this reads it back, so a round trip keeps the precision.
 */
function reported(date: TimelineDate, display: unknown): TimelineDate {
	return date.precision === 'day' && typeof display === 'string' && /^by\s/i.test(display.trim()) ? {...date, precision: 'reported'} : date;
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

/** The first `length` UTF-16 units, one fewer when that would split a surrogate pair. */
function cut(text: string, length: number): string {
	const code = text.charCodeAt(length - 1);
	return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function plain(value: unknown): string {
	return typeof value === 'string' ? htmlToParagraphs(value).join(' ') : '';
}

/** Converts a parsed TimelineJS document into an sc-timeline document (validated afterwards like any other). */
export function fromTimelineJs(value: unknown): Timeline {
	const document = value as Json;
	const title = document['title'] as Json | undefined;
	const titleText = title && typeof title === 'object' ? (title['text'] as Json | undefined) : undefined;
	const rawEvents = document['events'] as unknown[];
	const used = new Set<string>();
	const events: TimelineEvent[] = rawEvents.map((raw, index) => {
		const where = `events[${index}]`;
		if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new UserError(`${where}: expected an object`);
		const event = raw as Json;
		const text = (event['text'] && typeof event['text'] === 'object' ? event['text'] : {}) as Json;
		const body = typeof text['text'] === 'string' ? htmlToParagraphs(text['text']) : [];
		const headline = plain(text['headline']) || cut(body[0] ?? '', 80) || `Event ${index + 1}`;
		let id = slug(typeof event['unique_id'] === 'string' ? event['unique_id'] : headline) || `event-${index + 1}`;
		if (!/^[a-z0-9]/.test(id)) id = `e-${id}`;
		while (used.has(id)) id = `${id}-${index + 1}`;
		used.add(id);
		const group = plain(event['group']);
		return {
			id,
			date: reported(toDate(event['start_date'], `${where}.start_date`), (event['start_date'] as Json)['display_date'] ?? event['display_date']),
			headline,
			summary: body[0] ?? '',
			actors: [],
			tags: group ? [group] : [],
			body,
			citations: [],
		};
	});
	return {
		format: 'sc-timeline/1',
		title: plain(titleText?.['headline']) || 'Untitled timeline',
		description: titleText && typeof titleText['text'] === 'string' ? htmlToParagraphs(titleText['text']).join(' ') : undefined,
		notes: ['Imported from TimelineJS JSON.'],
		sources: [],
		events,
		topics: [],
		statements: [],
	};
}
