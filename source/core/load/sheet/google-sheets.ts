/**
 * A Google Sheets address turned into the address of its CSV, as TimelineJS turns one into its
 * feed (`parseGoogleSpreadsheetURL` in its `ConfigFactory.js`): the editing address
 * (`…/spreadsheets/d/KEY/edit#gid=0`, also under `/u/0/`), the old `?key=KEY` form, and a sheet
 * published to the web (`…/spreadsheets/d/e/PUBLISHED/pubhtml`). The sheet named by `gid` is kept.
 */

const host = /^https?:\/\/docs\.google\.com\/spreadsheets\//i;

/** The sheet's `gid` in the query or the fragment, if the address names one. */
function gid(address: string): string | undefined {
	return /[?&#]gid=(\d+)/.exec(address)?.[1];
}

/**
 * The addresses to try for a Google Sheets address, best first; any other address alone. A sheet
 * published to the web (what TimelineJS needs) is read from its published CSV, as TimelineJS reads
 * it; an editing address is tried there first, then at its CSV export, which works for a sheet
 * shared with anyone who has the link but not published.
 */
export function sheetCsvAddresses(address: string): string[] {
	if (!host.test(address)) return [address];
	const sheet = gid(address);
	const published = /\/spreadsheets\/d\/e\/([-\w]+)/.exec(address);
	if (published) return [`https://docs.google.com/spreadsheets/d/e/${published[1]}/pub?output=csv${sheet === undefined ? '' : `&gid=${sheet}&single=true`}`];
	const key = /\/spreadsheets(?:\/u\/\d+)?\/d\/([-\w]+)/.exec(address)?.[1] ?? /[?&]key=([-\w]+)/.exec(address)?.[1];
	if (key === undefined) return [address];
	return [
		`https://docs.google.com/spreadsheets/d/${key}/pub?output=csv${sheet === undefined ? '' : `&gid=${sheet}&single=true`}`,
		`https://docs.google.com/spreadsheets/d/${key}/export?format=csv${sheet === undefined ? '' : `&gid=${sheet}`}`,
	];
}

/** True for a Google sign-in page, where an address lands when its sheet is not shared. */
export const isSignIn = (address: string): boolean => /^https:\/\/accounts\.google\.com\//i.test(address);
