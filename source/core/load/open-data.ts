/**
 * `--data` when it is not a JSON file the loader reads as it is: a sheet (`.csv`, `.tsv`), or an
 * address (`https://…`), downloaded and then read as a sheet or as JSON by what it holds. Kept out
 * of the loader's own file: only a command line that names a sheet or an address pays for the
 * CSV parser and the download.
 */
import {UserError} from '../model/errors.js';
import {sanitize} from '../text/sanitize.js';
import {download, NotThere, type DownloadOptions} from './from-url.js';
import {parseTimeline, type LoadedTimeline, type LoadOptions} from './load-timeline.js';
import {readText} from './text-file.js';
import {sheetCsvAddresses} from './sheet/google-sheets.js';
import {parseSheetTimeline} from './sheet/load-sheet.js';
import {isAddress, looksLikeSheet, sheetDelimiterOf, startsAsJson} from './sheet/sheet-kind.js';

/** Whether `--data` names something this module opens rather than the loader alone. */
export const opensHere = (data: string): boolean => isAddress(data) || sheetDelimiterOf(data) !== undefined;

/** A web page where a timeline was expected: what a private or unpublished sheet's address gives. */
const isHtml = (text: string) => /^\s*<(!doctype html|html)\b/i.test(text);

/** Downloaded text as a timeline: a sheet by its address, type or first row; JSON otherwise. */
function fromDownload(text: string, address: string, type: string, shown: string, options: LoadOptions): LoadedTimeline {
	if (isHtml(text)) throw new UserError(`${shown}: not a timeline: the address gives a web page (a Google Sheet must be shared or published to the web)`);
	const named = sheetDelimiterOf(address) ?? (/[?&](format|output)=csv\b/.test(address) ? ',' : /[?&](format|output)=tsv\b/.test(address) ? '\t' : undefined);
	const typed = type === 'text/csv' ? ',' : type === 'text/tab-separated-values' ? '\t' : undefined;
	if (!startsAsJson(text) && (named !== undefined || typed !== undefined || looksLikeSheet(text))) return parseSheetTimeline(text, shown, named ?? typed ?? ',', options);
	if (!startsAsJson(text)) throw new UserError(`${shown}: not a timeline: neither JSON nor a sheet with a Year column`);
	return parseTimeline(text, shown, options);
}

/**
 * Opens a sheet file or downloads an address. A `.csv` or `.tsv` file that holds JSON is read as
 * JSON: the content has the last word over the name.
 */
export async function openData(data: string, options: LoadOptions = {}, downloading: DownloadOptions = {}): Promise<LoadedTimeline> {
	const shown = sanitize(data);
	if (isAddress(data)) {
		const [first, ...others] = sheetCsvAddresses(data);
		let attempt = first!;
		for (;;) {
			try {
				const {text, address, type} = await download(attempt, shown, downloading);
				if (isHtml(text) && others.length > 0) throw new NotThere(`${shown}: a web page`);
				return fromDownload(text, address, type, shown, options);
			} catch (error) {
				// The next form of a Google Sheets address may have it (published, or shared by link); the last one's answer stands.
				if (!(error instanceof NotThere) || others.length === 0) throw error;
				attempt = others.shift()!;
			}
		}
	}
	const {text, ascii} = readText(data, shown);
	const delimiter = sheetDelimiterOf(data);
	if (delimiter === undefined || startsAsJson(text)) return parseTimeline(text, shown, options, ascii);
	return parseSheetTimeline(text, shown, delimiter, options);
}
