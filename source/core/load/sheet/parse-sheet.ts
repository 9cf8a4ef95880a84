/**
 * A sheet's text into rows of cells, with papaparse: CSV or TSV, with or without a byte-order
 * mark, CRLF or LF, quoted cells holding the delimiter, quotes and line breaks. papaparse reads
 * plain arrays here (`header: false`) so a row with more cells than the header keeps them, for
 * `check` to name; the header is matched by ./columns.ts.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | '\t';

/** One row of the sheet: its number as the spreadsheet shows it (the header is row 1) and its cells. */
export type SheetRow = {row: number; cells: string[]};

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
	const {data} = Papa.parse<string[]>(body, {delimiter, header: false, skipEmptyLines: false, ...(lines !== undefined && {preview: lines + 1})});
	const [header = [], ...rest] = data;
	const rows: SheetRow[] = [];
	for (const [index, cells] of rest.entries()) if (!isBlank(cells)) rows.push({row: index + 2, cells});
	return {delimiter, header, rows};
}
