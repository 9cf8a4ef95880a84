#!/usr/bin/env node
// Loads every TimelineJS fixture, and sc-timeline's export of it, into TimelineJS3 itself, running
// in headless Chromium, and says whether TimelineJS shows the same timeline for both: the events
// (headline text and start date), the eras, the title slide, and whether it showed an error. It
// also prints how many events sc-timeline reads from the fixture (`events --format json`). Exits 1
// when the original and the export differ, or sc-timeline's count differs from what TimelineJS
// shows. Not part of `npm test`: it needs Chromium and the network once, for npm.
//
//   npm run check:timelinejs [-- --verbose] [-- fixture.json ...]
//
// TimelineJS (@knight-lab/timelinejs, pinned below) and puppeteer-core are installed with
// `npm install --prefix` into os.tmpdir()/sc-timeline-tjs/, never into this package. Chromium is
// /usr/bin/chromium (or $CHROMIUM); when missing, `apt-get install -y chromium` is tried. The page
// is served from 127.0.0.1 and every other request is refused, so fixtures' media URLs stay offline.
//
// Each file is given to TimelineJS as a URL, as an embed would: TimelineJS fetches it and reads it
// with its own JSON, CSV or Google Sheets reader. A file that is not JSON (a JavaScript object
// literal with comments and trailing commas) is also given as an object, as a page that pastes it
// into `new TL.Timeline(id, {...})` would; that reading is the one compared. The CSV files in
// test/fixtures/sheets/ are loaded too and reported, not compared (sc-timeline does not read CSV).
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';

const TIMELINEJS = '@knight-lab/timelinejs@3.9.11';
const PUPPETEER = 'puppeteer-core@24.43.1';
const LOAD_TIMEOUT_MS = 10_000;

const root = path.join(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.cjs');
const cache = path.join(tmpdir(), 'sc-timeline-tjs');
const exports = path.join(cache, 'exports');
const fixturesDir = path.join(root, 'test', 'fixtures', 'timelinejs');
const sheetsDir = path.join(root, 'test', 'fixtures', 'sheets');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const chosen = args.filter(arg => !arg.startsWith('--'));

function say(line) {
	process.stdout.write(`${line}\n`);
}

function ensureTools() {
	const wanted = [TIMELINEJS, PUPPETEER];
	const have = name => {
		const file = path.join(cache, 'node_modules', ...name.slice(0, name.lastIndexOf('@')).split('/'), 'package.json');
		return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === name.slice(name.lastIndexOf('@') + 1);
	};
	if (!wanted.every(have)) {
		mkdirSync(cache, {recursive: true});
		say(`installing ${wanted.join(' ')} into ${cache}`);
		const npm = spawnSync('npm', ['install', '--prefix', cache, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...wanted], {stdio: 'inherit'});
		if (npm.status !== 0) throw new Error('npm install failed');
	}
	let chromium = process.env.CHROMIUM || '/usr/bin/chromium';
	if (!existsSync(chromium)) {
		say('chromium is missing: apt-get install -y chromium');
		spawnSync('apt-get', ['install', '-y', 'chromium'], {stdio: 'inherit'});
		chromium = '/usr/bin/chromium';
		if (!existsSync(chromium)) throw new Error('no Chromium: set CHROMIUM to its path');
	}
	if (!existsSync(cli)) {
		say('dist/cli.cjs is missing: npm run build');
		const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
		if (build.status !== 0) throw new Error('npm run build failed');
	}
	return chromium;
}

function runCli(cliArgs) {
	const result = spawnSync(process.execPath, [cli, ...cliArgs], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, maxBuffer: 1 << 28});
	return {code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr};
}

/** sc-timeline's own reading: its event count and warnings, or the line it refused the file with. */
function scTimeline(file) {
	const {code, stdout, stderr} = runCli(['events', '--data', file, '--format', 'json']);
	const lines = stderr.trim() ? stderr.trim().split('\n') : [];
	if (code !== 0) return {refused: lines.join(' ') || `exit ${code}`, count: 0, warnings: []};
	return {count: JSON.parse(stdout).length, warnings: lines};
}

/** sc-timeline's TimelineJS export of a file, written under the cache; or why there is none. */
function exportOf(file) {
	const {code, stdout, stderr} = runCli(['export', '--data', file, '--format', 'timelinejs']);
	if (code !== 0) return {refused: stderr.trim().split('\n').join(' ') || `exit ${code}`};
	mkdirSync(exports, {recursive: true});
	const out = path.join(exports, path.basename(file));
	writeFileSync(out, stdout);
	return {file: out};
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/tjs/css/timeline.css">
<script src="/tjs/js/timeline.js"></script>
</head><body><div id="timeline" style="width: 900px; height: 600px"></div></body></html>`;

function serve(routes) {
	const tjs = path.join(cache, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
	const types = {'.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv', '.tsv': 'text/tab-separated-values', '.html': 'text/html'};
	const server = createServer((request, response) => {
		const url = new URL(request.url, 'http://127.0.0.1');
		let file = null;
		if (url.pathname === '/') {
			response.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
			response.end(PAGE);
			return;
		}
		if (url.pathname.startsWith('/tjs/')) file = path.join(tjs, path.normalize(url.pathname.slice(5)).replace(/^(\.\.[/\\])+/, ''));
		else file = routes.get(url.pathname) ?? null;
		if (!file || !existsSync(file)) {
			response.writeHead(404);
			response.end();
			return;
		}
		response.writeHead(200, {'content-type': `${types[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`});
		response.end(readFileSync(file));
	});
	return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Runs in the page: makes a TimelineJS timeline from a URL or an object literal's source text,
 * waits for `loaded`, for an error message, or for the time limit, and reads out what it shows.
 */
function loadInPage(source, asLiteral, timeoutMs) {
	// A line break or a block boundary reads as a space, as it does on the slide.
	const spaced = html => String(html ?? '').replace(/<br\s*\/?>|<\/?(p|div|li|ul|ol|h[1-6]|blockquote)\b[^>]*>/gi, ' ');
	const text = html => (new DOMParser().parseFromString(spaced(html), 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
	const dateOf = date => {
		if (!date?.data?.date_obj) return '?';
		const d = date.data.date_obj;
		if (!(d instanceof Date)) return String(d.year);
		const pad = (n, w = 2) => String(n).padStart(w, '0');
		const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
		const time = d.getHours() || d.getMinutes() || d.getSeconds() || d.getMilliseconds() ? ` ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}` : '';
		return day + time;
	};
	const pageErrors = [];
	window.addEventListener('error', event => pageErrors.push(`uncaught: ${event.message}`));
	window.addEventListener('unhandledrejection', event => pageErrors.push(`unhandled rejection: ${event.reason?.message_key ?? event.reason?.message ?? event.reason}`));
	const container = document.getElementById('timeline');
	container.innerHTML = '';
	return new Promise(resolve => {
		let timeline;
		let done = false;
		const finish = loaded => {
			if (done) return;
			done = true;
			const config = timeline?.config;
			const errors = [...pageErrors];
			if (config?.messages) for (const error of config.messages.errors) errors.push(text(String(timeline._translateError(error))));
			const message = container.querySelector('.tl-message-content');
			const shown = message ? text(message.innerHTML).replace(/^Error: /, '') : '';
			const known = errors.join(' ');
			if (!loaded && shown && !known.includes(shown)) errors.push(`shown: ${shown}`);
			if (!loaded && !errors.length) errors.push(`not loaded after ${timeoutMs} ms`);
			const events = loaded ? config.events : [];
			resolve({
				loaded,
				events: events.map(event => ({headline: text(event.text?.headline), start: dateOf(event.start_date), end: event.end_date ? dateOf(event.end_date) : null})),
				eras: loaded ? config.eras.map(era => ({headline: text(era.headline), start: dateOf(era.start_date), end: dateOf(era.end_date)})) : [],
				title: loaded && Boolean(config.title),
				titleHeadline: loaded && config.title ? text(config.title.text?.headline) : null,
				slides: container.querySelectorAll('.tl-slide').length,
				errors,
			});
		};
		try {
			// The fixture as a JavaScript object literal, read as a page pasting it into a script would.
			const data = asLiteral ? new Function(`return (${source}\n);`)() : source;
			timeline = new window.TL.Timeline(container, data, {hash_bookmark: false, ga_measurement_id: null});
			timeline.on('loaded', () => finish(true));
		} catch (error) {
			pageErrors.push(`thrown: ${error?.message_key ?? error?.message ?? error}`);
			finish(false);
			return;
		}
		const poll = setInterval(() => {
			if (done) return clearInterval(poll);
			if (timeline.config && !timeline.config.isValid()) finish(false);
		}, 100);
		setTimeout(() => finish(false), timeoutMs);
	});
}

async function withPage(browser, origin, work) {
	const page = await browser.newPage();
	await page.setRequestInterception(true);
	page.on('request', request => (request.url().startsWith(`${origin}/`) || request.url().startsWith('data:') ? request.continue() : request.abort()));
	await page.goto(`${origin}/`, {waitUntil: 'load'});
	try {
		return await work(page);
	} finally {
		await page.close();
	}
}

function tjsLoad(browser, origin, source, asLiteral = false) {
	return withPage(browser, origin, page => page.evaluate(loadInPage, source, asLiteral, LOAD_TIMEOUT_MS));
}

function summary(result) {
	const errors = result.errors.length ? result.errors.join('; ') : 'none';
	return `${result.events.length} events, ${result.eras.length} eras, title: ${result.title ? 'yes' : 'no'}, errors: ${errors}`;
}

const key = item => `${item.start}${item.end ? ` – ${item.end}` : ''} | ${item.headline}`;

/** How two TimelineJS readings differ, as short lines; none when they agree. */
function differences(a, b) {
	const out = [];
	if (a.loaded !== b.loaded) out.push(`loaded: ${a.loaded} vs ${b.loaded}`);
	if (a.title !== b.title || a.titleHeadline !== b.titleHeadline) out.push(`title: ${JSON.stringify(a.titleHeadline)} vs ${JSON.stringify(b.titleHeadline)}`);
	for (const [name, left, right] of [
		['event', a.events, b.events],
		['era', a.eras, b.eras],
	]) {
		const l = left.map(key).sort();
		const r = right.map(key).sort();
		for (const item of l.filter(x => !r.includes(x))) out.push(`${name} only in original: ${item}`);
		for (const item of r.filter(x => !l.includes(x))) out.push(`${name} only in export: ${item}`);
	}
	return out;
}

function isJson(file) {
	try {
		JSON.parse(readFileSync(file, 'utf8'));
		return true;
	} catch {
		return false;
	}
}

async function main() {
	const chromium = ensureTools();
	const require = createRequire(path.join(cache, 'node_modules', 'x.js'));
	const puppeteer = require('puppeteer-core');
	const fixtures = (chosen.length ? chosen.map(f => path.resolve(f)) : readdirSync(fixturesDir).map(name => path.join(fixturesDir, name))).filter(f => f.endsWith('.json')).sort();
	const sheets = chosen.length
		? []
		: readdirSync(sheetsDir)
				.filter(name => /\.(csv|tsv)$/.test(name))
				.sort();

	const routes = new Map();
	for (const f of fixtures) routes.set(`/fixtures/${path.basename(f)}`, f);
	for (const name of sheets) routes.set(`/sheets/${name}`, path.join(sheetsDir, name));
	const exported = new Map();
	for (const f of fixtures) {
		const result = exportOf(f);
		exported.set(f, result);
		if (result.file) routes.set(`/exports/${path.basename(f)}`, result.file);
	}

	const server = await serve(routes);
	const origin = `http://127.0.0.1:${server.address().port}`;
	const browser = await puppeteer.launch({
		executablePath: chromium,
		headless: true,
		pipe: true,
		args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-extensions'],
	});
	say(`TimelineJS ${TIMELINEJS.split('@').pop()} in ${(await browser.version()).replace('/', ' ')}`);
	let disagreements = 0;
	try {
		for (const f of fixtures) {
			const name = path.basename(f);
			say('');
			let original = await tjsLoad(browser, origin, `${origin}/fixtures/${name}`);
			say(`${name}: ${summary(original)}`);
			if (!isJson(f)) {
				original = await tjsLoad(browser, origin, readFileSync(f, 'utf8'), true);
				say(`  as a JS object literal: ${summary(original)}`);
			}
			const own = scTimeline(f);
			say(`  sc-timeline: ${own.refused ? `refused: ${own.refused}` : `${own.count} events${own.warnings.length ? ` (${own.warnings.length} warnings)` : ''}`}`);
			if (verbose) for (const w of own.warnings) say(`    ${w}`);
			const exp = exported.get(f);
			let agree = true;
			if (exp.refused) {
				say('  export: none, sc-timeline refused the file');
				// Agreement here means TimelineJS refuses it too.
				if (original.loaded) {
					agree = false;
					say(`  DISAGREE: TimelineJS shows ${original.events.length} events, sc-timeline exports nothing`);
				}
			} else {
				const back = await tjsLoad(browser, origin, `${origin}/exports/${name}`);
				say(`  export: ${summary(back)}`);
				const diff = differences(original, back);
				if (diff.length) {
					agree = false;
					say(`  DISAGREE original vs export (${diff.length}):`);
					for (const line of diff.slice(0, verbose ? diff.length : 6)) say(`    ${line}`);
					if (!verbose && diff.length > 6) say(`    … ${diff.length - 6} more (--verbose)`);
				}
			}
			if (own.count !== original.events.length) {
				agree = false;
				say(`  DISAGREE: sc-timeline reads ${own.count} events, TimelineJS shows ${original.events.length}`);
			}
			if (verbose) for (const event of original.events) say(`    ${key(event)}`);
			say(`  agree: ${agree ? 'yes' : 'no'}`);
			if (!agree) disagreements++;
		}
		if (sheets.length) {
			say('');
			say('Sheets (TimelineJS reads a .csv URL with its spreadsheet reader; reported, not compared):');
			for (const name of sheets) {
				const result = await tjsLoad(browser, origin, `${origin}/sheets/${name}`);
				say(`${name}: ${summary(result)}`);
				if (verbose) for (const event of result.events) say(`    ${key(event)}`);
			}
		}
	} finally {
		await browser.close();
		server.close();
	}
	say('');
	say(disagreements ? `${disagreements} of ${fixtures.length} fixtures disagree` : `all ${fixtures.length} fixtures agree`);
	process.exitCode = disagreements ? 1 : 0;
}

main().catch(error => {
	process.stderr.write(`check-timelinejs: ${error?.stack ?? error}\n`);
	process.exitCode = 2;
});
