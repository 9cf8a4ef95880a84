/**
 * Downloading a timeline with Node's own `fetch`: within a time limit (10 s by default) and the
 * file size limit, redirects followed by hand (at most 5, and never from https down to http, which
 * `fetch` alone would allow), progress reported as bytes arrive. Every failure is one `UserError`
 * line naming the address and what went wrong: offline, not found, not shared, too slow, too large.
 */
import {UserError} from '../model/errors.js';
import {sanitize} from '../text/sanitize.js';
import {maxFileBytes} from './read-file.js';
import {bomLength, utf16Problem} from './text-file.js';
import {isSignIn} from './sheet/google-sheets.js';

/** How long a download may take, from the request to the last byte. */
export const defaultTimeoutMs = 10_000;
/** Redirects followed before giving up, as browsers cap them too. */
export const maxRedirects = 5;

/** The address answered that there is nothing there for us: not found, not shared, a sign-in page. Another address may have it. */
export class NotThere extends UserError {}

export type Download = {
	text: string;
	/** Where the body came from, after redirects. */
	address: string;
	/** The `Content-Type` header, lower-cased, without parameters. */
	type: string;
};

export type DownloadOptions = {
	timeoutMs?: number;
	maxBytes?: number;
	/** Called as bytes arrive: how many so far and how many in all, when the server says. */
	progress?: (received: number, total: number | undefined) => void;
};

/** Why a request got no answer, from the error `fetch` throws (its `cause` has the system's code). */
function networkProblem(error: unknown): string {
	const cause = (error as {cause?: {code?: string; message?: string}}).cause;
	const code = cause?.code ?? '';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot reach the server: no such host, or offline (${code})`;
	if (code === 'ECONNREFUSED') return 'cannot reach the server: connection refused';
	if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the server closed the connection';
	if (code.startsWith('ERR_TLS') || code.includes('CERT')) return `secure connection failed (${code})`;
	return `cannot download: ${sanitize(cause?.message ?? (error as Error).message)}`;
}

/** What an HTTP status that is not a success means to someone opening a timeline. */
function statusProblem(status: number): string {
	if (status === 404 || status === 410) return `not found (HTTP ${status})`;
	if (status === 401 || status === 403) return `not shared: the owner must share it so anyone with the link can view it (HTTP ${status})`;
	return `the server answered HTTP ${status}`;
}

/** The body, read chunk by chunk so a body past the limit is stopped there. */
async function readBody(response: Response, fail: (message: string) => never, limit: number, progress: DownloadOptions['progress']): Promise<Buffer> {
	const length = Number(response.headers.get('content-length') ?? Number.NaN);
	const total = Number.isFinite(length) ? length : undefined;
	if (total !== undefined && total > limit) fail(`${size(total)}, larger than the ${size(limit)} limit`);
	const chunks: Uint8Array[] = [];
	let received = 0;
	if (response.body === null) return Buffer.alloc(0);
	for await (const chunk of response.body) {
		received += chunk.byteLength;
		if (received > limit) {
			await response.body.cancel().catch(() => {});
			fail(`more than the ${size(limit)} limit`);
		}
		chunks.push(chunk);
		progress?.(received, total);
	}
	return Buffer.concat(chunks, received);
}

/** A size in messages: megabytes to one decimal, or bytes under one megabyte. */
const size = (bytes: number) => (bytes < 1048576 ? `${bytes} bytes` : `${Math.round((bytes / 1048576) * 10) / 10} MB`);

/**
 * Where a redirect from `from` to `location` (the header, maybe relative) goes, when it may be
 * followed: `redirects` have been followed already. Never from https to http, which would hand
 * the download to anyone on the way.
 */
export function redirectTarget(from: string, location: string, redirects: number): {address: string} | {problem: string} {
	let next: string;
	try {
		next = new URL(location, from).href;
	} catch {
		return {problem: `redirected to "${sanitize(location.slice(0, 80))}", which is not an address`};
	}
	if (isSignIn(next)) return {problem: 'not shared: Google asks to sign in; share the sheet so anyone with the link can view it, or publish it to the web'};
	if (from.startsWith('https:') && !next.startsWith('https:')) return {problem: `redirected from https to ${sanitize(next.slice(0, 80))}; not followed, as it would not be secure`};
	if (!/^https?:/.test(next)) return {problem: `redirected to ${sanitize(next.slice(0, 80))}, which is not a web address`};
	if (redirects >= maxRedirects) return {problem: `more than ${maxRedirects} redirects`};
	return {address: next};
}

/** Downloads `address` (shown as `shown` in messages). */
export async function download(address: string, shown: string, options: DownloadOptions = {}): Promise<Download> {
	const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
	const limit = options.maxBytes ?? maxFileBytes;
	const fail = (message: string): never => {
		throw new UserError(`${shown}: ${message}`);
	};
	const absent = (message: string): never => {
		throw new NotThere(`${shown}: ${message}`);
	};
	const signal = AbortSignal.timeout(timeoutMs);
	let at = address;
	try {
		for (let redirects = 0; ; redirects++) {
			const response = await fetch(at, {redirect: 'manual', signal, headers: {accept: 'application/json, text/csv, text/tab-separated-values, text/plain;q=0.9, */*;q=0.5'}});
			const location = response.headers.get('location');
			if (response.status >= 300 && response.status < 400 && location !== null) {
				await response.body?.cancel().catch(() => {});
				const next = redirectTarget(at, location, redirects);
				if ('problem' in next) (next.problem.startsWith('not shared') ? absent : fail)(next.problem);
				else at = next.address;
				continue;
			}
			if (!response.ok) {
				await response.body?.cancel().catch(() => {});
				([401, 403, 404, 410].includes(response.status) ? absent : fail)(statusProblem(response.status));
			}
			const bytes = await readBody(response, fail, limit, options.progress);
			const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
			const utf16 = utf16Problem(bytes);
			if (utf16 !== undefined) fail(utf16);
			return {text: bytes.toString('utf8', bomLength(bytes)), address: at, type};
		}
	} catch (error) {
		if (error instanceof UserError) throw error;
		if (signal.aborted) fail(`no complete answer within ${timeoutMs / 1000} s`);
		return fail(networkProblem(error));
	}
}
