/**
 * Opening a timeline by address, against a real HTTP server on 127.0.0.1 started here: JSON, a
 * sheet, redirects, errors, a slow answer and a body over the limit, through `openData` as the
 * command line calls it, and through the built command line itself.
 */
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {download, redirectTarget} from '../../../source/core/load/from-url.js';
import {openData} from '../../../source/core/load/open-data.js';
import {cliPath} from '../../helpers/run-cli.js';

const json = readFileSync('test/fixtures/timelinejs/newsroom.json', 'utf8');
const sheet = readFileSync('test/fixtures/sheets/template.csv', 'utf8');

let server: Server;
let base = '';
/** Responses held open by /slow, ended when the tests are done. */
const hanging: Array<() => void> = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		const url = request.url ?? '/';
		if (url === '/story.json') response.writeHead(200, {'content-type': 'application/json'}).end(json);
		else if (url === '/sheet.csv') response.writeHead(200, {'content-type': 'text/csv'}).end(sheet);
		else if (url === '/spreadsheets/export?format=csv') response.writeHead(200, {'content-type': 'text/plain'}).end(sheet);
		else if (url === '/moved') response.writeHead(302, {location: '/story.json'}).end();
		else if (url.startsWith('/loop')) response.writeHead(301, {location: `/loop${url.length}`}).end();
		else if (url === '/private') response.writeHead(403).end('no');
		else if (url === '/page') response.writeHead(200, {'content-type': 'text/html'}).end('<!DOCTYPE html><html><body>Sign in</body></html>');
		else if (url === '/declared-large') response.writeHead(200, {'content-length': String(300 * 1024 * 1024)}).end();
		else if (url === '/large') {
			response.writeHead(200, {'content-type': 'application/json'});
			response.end(`{"events": [], "pad": "${'x'.repeat(5000)}"}`);
		} else if (url === '/slow') {
			response.writeHead(200, {'content-type': 'application/json'});
			response.write('{"events": [');
			hanging.push(() => response.end(']}'));
		} else response.writeHead(404).end('not here');
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	for (const end of hanging) end();
	server.closeAllConnections();
	await new Promise(resolve => server.close(resolve));
});

/** The error message `openData` fails with. */
async function failure(address: string, options: Parameters<typeof download>[2] = {}): Promise<string> {
	try {
		await openData(address, {}, options);
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error(`${address} opened`);
}

describe('openData on an address', () => {
	test('TimelineJS JSON', async () => {
		const loaded = await openData(`${base}/story.json`);
		expect(loaded.timeline.events.length).toBeGreaterThan(0);
		expect(loaded.format).toBe('timelinejs');
	});

	test('a sheet, told by its name, and by its first row when the name says nothing', async () => {
		for (const path of ['/sheet.csv', '/spreadsheets/export?format=csv']) {
			const loaded = await openData(`${base}${path}`);
			expect(loaded.timeline.title).toBe('Reservoir drawdown');
			expect(loaded.timeline.events).toHaveLength(6);
		}
	});

	test('a redirect is followed; more than five are not', async () => {
		expect((await openData(`${base}/moved`)).timeline.events.length).toBeGreaterThan(0);
		expect(await failure(`${base}/loop`)).toBe(`${base}/loop: more than 5 redirects`);
	});

	test('not found, not shared, a web page: one line each', async () => {
		expect(await failure(`${base}/missing.json`)).toBe(`${base}/missing.json: not found (HTTP 404)`);
		expect(await failure(`${base}/private`)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/private: not shared: .* \(HTTP 403\)$/);
		expect(await failure(`${base}/page`)).toMatch(/: not a timeline: the address gives a web page/);
	});

	test('an answer slower than the time limit', async () => {
		expect(await failure(`${base}/slow`, {timeoutMs: 300})).toBe(`${base}/slow: no complete answer within 0.3 s`);
	});

	test('a body over the size limit, declared or not', async () => {
		expect(await failure(`${base}/declared-large`)).toBe(`${base}/declared-large: 300 MB, larger than the 256 MB limit`);
		expect(await failure(`${base}/large`, {maxBytes: 1000})).toBe(`${base}/large: more than the 1000 bytes limit`);
	});

	test('a server that is not there', async () => {
		const closed = createServer();
		await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
		const {port} = closed.address() as AddressInfo;
		await new Promise(resolve => closed.close(resolve));
		expect(await failure(`http://127.0.0.1:${port}/story.json`)).toBe(`http://127.0.0.1:${port}/story.json: cannot reach the server: connection refused`);
	});

	test('progress is reported as the body arrives', async () => {
		const seen: number[] = [];
		await download(`${base}/sheet.csv`, 'sheet', {progress: received => seen.push(received)});
		expect(seen.at(-1)).toBe(Buffer.byteLength(sheet));
	});
});

describe('redirectTarget', () => {
	test('https is never downgraded to http', () => {
		expect(redirectTarget('https://example.org/a.json', 'http://example.org/a.json', 0)).toEqual({
			problem: 'redirected from https to http://example.org/a.json; not followed, as it would not be secure',
		});
		expect(redirectTarget('http://example.org/a.json', 'https://example.org/a.json', 0)).toEqual({address: 'https://example.org/a.json'});
		expect(redirectTarget('https://example.org/a/b.json', '../c.json', 4)).toEqual({address: 'https://example.org/c.json'});
	});

	test('a Google sign-in page means the sheet is not shared', () => {
		const next = redirectTarget('https://docs.google.com/spreadsheets/d/KEY/export?format=csv', 'https://accounts.google.com/ServiceLogin?continue=x', 0);
		expect(next).toEqual({problem: expect.stringMatching(/^not shared: /) as string});
	});
});

/** Runs the built command line without blocking this process, so the server here can answer it. */
function cli(args: string[], env: Record<string, string> = {}): Promise<{code: number; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		execFile(process.execPath, [cliPath, ...args], {env: {...process.env, ...env}, encoding: 'utf8'}, (error, stdout, stderr) => {
			resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr});
		});
	});
}

describe('the command line', () => {
	test('--data with an address prints the events of a sheet', async () => {
		const result = await cli(['--data', `${base}/sheet.csv`, 'events']);
		expect(result.stderr).toBe('');
		expect(result.stdout).toContain('Drawdown begins');
		expect(result.code).toBe(0);
	});

	test('the time limit comes from SC_TIMELINE_DOWNLOAD_TIMEOUT; the failure is one line', async () => {
		const result = await cli(['--data', `${base}/slow`, 'events'], {SC_TIMELINE_DOWNLOAD_TIMEOUT: '0.3'});
		expect(result.stderr).toBe(`sc-timeline: ${base}/slow: no complete answer within 0.3 s\n`);
		expect(result.code).toBe(1);
	});

	test('--watch on an address is refused with one line', async () => {
		const result = await cli(['--data', `${base}/story.json`, '--watch']);
		expect(result.stderr).toBe('sc-timeline: --watch reads a file again when it changes, not an address: download it, then --watch the file (see sc-timeline --help)\n');
		expect(result.code).toBe(2);
	});
});
