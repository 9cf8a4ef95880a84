/**
 * A sheet's text into rows of cells, with papaparse: CSV or TSV, with or without a byte-order
 * mark, CRLF or LF, quoted cells holding the delimiter, quotes and line breaks. papaparse reads
 * plain arrays here (`header: false`) so a row with more cells than the header keeps them, for
 * `check` to name; the header is matched by ./columns.ts.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | '\t';

/** One row of the sheet: its number as the spreadsheet shows it (the header is row 1) and its cells. */
/**
 * A row of the sheet (numbered as the spreadsheet numbers it) and its cells. `quote`: how a quote in
 * it was misplaced, as papaparse read it: `unclosed`, a cell's opening quote never closed (the rest of
 * the sheet is in that cell); `stray`, a quote inside a quoted cell not doubled (read as written).
 */
export type SheetRow = {row: number; cells: string[]; quote?: 'unclosed' | 'stray'};

/** The rows of `data` (indexes in it) whose quotes papaparse found misplaced. */
function misquoted(errors: readonly Papa.ParseError[]): Map<number, 'unclosed' | 'stray'> {
	const found = new Map<number, 'unclosed' | 'stray'>();
	for (const error of errors) {
		if (error.code === 'MissingQuotes') found.set(error.row ?? -1, 'unclosed');
		else if (error.code === 'InvalidQuotes' && !found.has(error.row ?? -1)) found.set(error.row ?? -1, 'stray');
	}
	return found;
}

export type ParsedSheet = {delimiter: Delimiter; header: string[]; rows: SheetRow[]};

/**
 * The delimiter: the one the name says (`.tsv`, `.tab`: tab; else comma), unless the header row has
 * none of it and some of the other, as when a tab-separated download is saved as `.csv`.
 */
export function sheetDelimiter(text: string, named: Delimiter): Delimiter {
	const end = text.search(/[\r\n]/);
	const first = end === -1 ? text : text.slice(0, end);
	const other: Delimiter = named === ',' ? '\t' : ',';
	return !first.includes(named) && first.includes(other) ? other : named;
}

/** A row with no text in any cell: a spreadsheet's blank row, skipped. */
export const isBlank = (cells: readonly string[]): boolean => cells.every(cell => cell.trim() === '');

/**
 * Parses the text of a sheet, as the file reader gives it (its byte-order mark removed: read-file.ts);
 * `lines`: only the header and the lines after it up to that many (a preview of a long sheet).
 */
export function parseSheet(body: string, named: Delimiter, lines?: number): ParsedSheet {
	const delimiter = sheetDelimiter(body, named);
	const whole = lines === undefined ? Papa.parse<string[]>(body, {delimiter, header: false, skipEmptyLines: false}) : undefined;
	const data = whole?.data ?? firstRows(body, delimiter, lines! + 1);
	const quotes = misquoted(whole?.errors ?? []);
	const [header = [], ...rest] = data;
	const rows: SheetRow[] = [];
	for (const [index, cells] of rest.entries()) {
		const quote = quotes.get(index + 1);
		if (!isBlank(cells)) rows.push({row: index + 2, cells, ...(quote && {quote})});
	}
	return {delimiter, header, rows};
}

/** What papaparse reads of a text to guess its line ending: a text's first megabyte gives the whole text's. */
const guessCharacters = 1 << 20;

/**
 * The first `count` rows of `body`, as papaparse gives them from the whole text, parsed from no more
 * of it than they need: asked for a preview, papaparse still splits a text without quotes whole
 * (a second and more on a large sheet). From a start twice as long each time, until a row beyond
 * them shows the last one is not cut short.
 */
function firstRows(body: string, delimiter: Delimiter, count: number): string[][] {
	for (let size = guessCharacters; ; size *= 2) {
		const start = body.slice(0, size);
		const {data} = Papa.parse<string[]>(start, {delimiter, header: false, skipEmptyLines: false, preview: count + 1});
		if (data.length > count || start.length === body.length) return data.slice(0, count);
	}
}

/** Characters of the sheet parsed at a time by `parseSheetRuns`: a thousand rows or so, some milliseconds' work. */
const runCharacters = 1 << 18;

/**
 * `parseSheet`'s rows a run at a time, each run handed to `onRows` as it is parsed (rows
 * numbered, blank rows left out, as `parseSheet` gives them); the header row is not given.
 * `characters`: how much text a run is parsed from, at least.
 */
export function parseSheetRuns(body: string, named: Delimiter, onRows: (rows: SheetRow[]) => void, characters = runCharacters): void {
	const delimiter = sheetDelimiter(body, named);
	// The line ending as papaparse guesses it reading the whole text (from its first megabyte), not from the first run alone.
	const newline = Papa.parse<string[]>(body.slice(0, guessCharacters), {delimiter, preview: 1}).meta.linebreak as Papa.ParseConfig['newline'];
	// papaparse takes a byte-order mark off the text it is given whole; its parser, given a run, does not.
	if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
	// Rows so far, the header and blank rows included: the next row's number is this plus one.
	let seen = 0;
	// As papaparse reads a text in chunks (its ChunkStreamer): each run parsed after what was left of the last one's text, its last
	// row, which may be cut, left for the next. But in a loop, where papaparse goes one call deeper per chunk (thousands of runs
	// overflow the stack), and with the run doubled while a row outgrows it, so that a row of megabytes is not read again for
	// every run it spans.
	let left = '';
	let base = 0;
	let size = characters;
	let from = 0;
	do {
		const to = Math.min(body.length, from + size);
		const last = to === body.length;
		const text = left + body.slice(from, to);
		const {data, errors, meta} = new Papa.Parser({delimiter, newline}).parse(text, base, !last) as Papa.ParseResult<string[]>;
		const quotes = misquoted(errors);
		if (!last) {
			left = text.slice(meta.cursor - base);
			base = meta.cursor;
			if (left.length > size / 2) size *= 2;
		}
		from = to;
		const rows: SheetRow[] = [];
		for (const [index, cells] of data.entries()) {
			seen++;
			const quote = quotes.get(index);
			if (seen > 1 && !isBlank(cells)) rows.push({row: seen, cells, ...(quote && {quote})});
		}
		onRows(rows);
	} while (from < body.length);
}
