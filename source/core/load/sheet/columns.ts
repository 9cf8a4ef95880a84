/**
 * The TimelineJS sheet template's columns, and how a header row is matched to them: as TimelineJS's
 * Google Sheets reader does (`ConfigFactory.js`: names lower-cased, spaces taken out), so `End Year`,
 * `end year` and ` EndYear ` are one column, in any order. A column the template does not have is
 * carried through under its own name.
 */

/** The template's 18 columns, A to R, in the order Google's template has them. */
export const templateColumns = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background',
] as const;

export type TemplateColumn = (typeof templateColumns)[number];

/**
 * Not in the template, read and written so that an event keeps its id through a sheet: TimelineJS
 * ignores the column, as it ignores any it does not know.
 */
export const uniqueIdColumn = 'Unique ID' as const;

/** A header cell as TimelineJS compares it: lower case, no spaces. */
export const columnKey = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

/** Columns TimelineJS reads beyond the template: `Alt Text` (the media's), and `Tag`, the first template's name for Group. */
export const otherColumns = ['Alt Text', 'Tag'] as const;

/** Every column read by name. */
export type KnownColumn = TemplateColumn | typeof uniqueIdColumn | (typeof otherColumns)[number];
const known = new Map<string, KnownColumn>([...templateColumns, uniqueIdColumn, ...otherColumns].map((name: KnownColumn) => [columnKey(name), name] as const));

/** `A`, `B`, … `Z`, `AA`: a column's letter from its index (0 for A), as spreadsheets name them. */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** Where each column of a sheet is: template (and `Unique ID`) columns by name, the others as extra columns. */
export type ColumnMap = {
	/** Index of each known column found in the header. */
	at: Partial<Record<KnownColumn, number>>;
	/** Columns the template does not have, with the header text as written. */
	extra: Array<{index: number; name: string}>;
	/** A known column named twice: the later one is not read. */
	repeated: Array<{index: number; name: string; first: number}>;
	/** The header's cells, for messages: `B (Month)`. */
	header: readonly string[];
};

/** Matches a header row to the template. */
export function mapColumns(header: readonly string[]): ColumnMap {
	const map: ColumnMap = {at: {}, extra: [], repeated: [], header};
	for (const [index, cell] of header.entries()) {
		const name = known.get(columnKey(cell));
		if (name === undefined) {
			if (cell.trim() !== '') map.extra.push({index, name: cell.trim()});
			continue;
		}
		const first = map.at[name];
		if (first === undefined) map.at[name] = index;
		else map.repeated.push({index, name, first});
	}
	return map;
}

/** `B (Month)`: a column's letter and its header text, or the letter alone past the header. */
export function columnLabel(map: ColumnMap, index: number): string {
	const name = map.header[index]?.trim();
	return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
}

/** The template column a key of a TimelineJS event, era or title slide comes from. */
const columnOfKey: Record<string, TemplateColumn> = {
	start_date: 'Year',
	end_date: 'End Year',
	display_date: 'Display Date',
	text: 'Text',
	media: 'Media',
	group: 'Group',
	background: 'Background',
};

/** The column a field of a row's TimelineJS object came from (`text`, `headline`: Headline); a date from its year's column, anything else from Year. */
export function columnOfField(field: unknown, inner: unknown): TemplateColumn {
	return field === 'text' && inner === 'headline' ? 'Headline' : (columnOfKey[String(field)] ?? 'Year');
}
