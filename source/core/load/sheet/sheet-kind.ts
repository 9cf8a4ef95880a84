/**
 * Whether a file or an address is a sheet, told from its name, before anything is read: kept apart
 * from the sheet reader (and its CSV parser) so the command line can ask without loading them.
 */
import type {Delimiter} from './parse-sheet.js';

/** The delimiter a `.csv`, `.tsv` or `.tab` name says; undefined for any other name. */
export function sheetDelimiterOf(name: string): Delimiter | undefined {
	const extension = /\.([a-z]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
	return extension === 'csv' ? ',' : extension === 'tsv' || extension === 'tab' ? '\t' : undefined;
}

/** An `http://` or `https://` address, which `--data` downloads. */
export const isAddress = (data: string): boolean => /^https?:\/\//i.test(data);

/** Text that is JSON, not a sheet: a sheet's first cell is never `{` (its header names columns). Text, here and below, is as the file reader gives it: without its byte-order mark (read-file.ts). */
export const startsAsJson = (text: string): boolean => /^\s*[{[]/.test(text);

/**
 * Whether text that came without a telling name (a download) is a sheet: not JSON, and a first row
 * that names a Year column.
 */
export function looksLikeSheet(text: string): boolean {
	if (startsAsJson(text)) return false;
	const end = text.search(/[\r\n]/);
	const header = (end === -1 ? text : text.slice(0, end)).toLowerCase();
	return header.split(/[,\t]/).some(cell => cell.replace(/["\s]/g, '') === 'year');
}
