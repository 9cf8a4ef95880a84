/**
 * A large timeline in a real terminal: the explorer opens at once and shows how far the load has
 * got in its frame, keys work, and the whole file is there at the end; a bad large file ends it
 * with the loader's one line and exit 1. Needs `npm run build` first.
 */
import {mkdtempSync, rmSync, statSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
// @ts-expect-error: a JavaScript script without types
import {generateTimeline, timelineJson} from '../../scripts/generate.mjs';
import {keys, spawnCli, statusLine, type PtySession} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';

const events = 5000;
const dir = mkdtempSync(path.join(tmpdir(), 'sc-large-'));
const file = path.join(dir, 'large.json');
const text: string = timelineJson(generateTimeline({events, seed: 2}));
writeFileSync(file, text);
const sessions: PtySession[] = [];

afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('the explorer on a large file', () => {
	it('shows progress in its frame, then every event, and answers keys', async () => {
		// Large enough to be loaded after the explorer opens (see largeBytes in source/cli.tsx).
		expect(statSync(file).size).toBeGreaterThan(8 * 1024 * 1024);
		const session = spawnCli({cols: 80, rows: 24, args: ['--data', file]});
		sessions.push(session);
		// The counts at the header's right (the generated title also names the number of events).
		await session.waitFor(() => new RegExp(`${events} events · ${events} sources *$`).test(session.lines()[0] ?? '') && new RegExp(` 1/${events} *$`).test(statusLine(session)), {timeout: 60_000});
		// The header said how far the load had got before the counts replaced it.
		expect(session.output()).toMatch(/reading( events| articles)? \d+%/);
		session.press('j', 'j');
		await session.waitFor(() => new RegExp(` 3/${events} *$`).test(statusLine(session)));
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	}, 90_000);

	it('ends with the loader’s one line and exit 1 when the file is bad past its first events', async () => {
		const bad = path.join(dir, 'bad.json');
		const at = text.lastIndexOf('"precision":"day"');
		writeFileSync(bad, `${text.slice(0, at)}"precision":"week"${text.slice(at + '"precision":"day"'.length)}`);
		const session = spawnCli({cols: 80, rows: 24, args: ['--data', bad]});
		sessions.push(session);
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(1);
		expect(session.buffer()).toBe('normal');
		expect(session.output()).toMatch(/sc-timeline: [^\n]*bad\.json:\d+:\d+: events\[\d+\]\.date\.precision: /);
	}, 90_000);

	it('ends with the loader’s one line when an article deep in the file does not hold a quote cited from it (the articles are checked alongside)', async () => {
		const bad = path.join(dir, 'bad-quote.json');
		const at = text.lastIndexOf('"quote":"') + '"quote":"'.length;
		writeFileSync(bad, `${text.slice(0, at)}no such words ${text.slice(at)}`);
		const session = spawnCli({cols: 80, rows: 24, args: ['--data', bad]});
		sessions.push(session);
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(1);
		expect(session.buffer()).toBe('normal');
		expect(session.output()).toMatch(/sc-timeline: [^\n]*bad-quote\.json:\d+:\d+: events\[\d+\]\.citations\[\d+\]\.quote: not found verbatim/);
	}, 90_000);

	it('ends with the reader’s own words for a file over the size limit, its reading having started before the explorer’s code loaded', async () => {
		// A sparse file: larger than the limit without using the disk.
		const huge = path.join(dir, 'huge.json');
		writeFileSync(huge, '');
		truncateSync(huge, 300 * 1024 * 1024);
		const session = spawnCli({cols: 80, rows: 24, args: ['--data', huge]});
		sessions.push(session);
		expect((await session.exited).exitCode).toBe(1);
		expect(session.output()).toMatch(/sc-timeline: [^\n]*huge\.json: file is 300 MB, larger than the 256 MB limit/);
	}, 90_000);

	it('finds a word of the last article with search, and opens that article at the passage', async () => {
		const last = JSON.parse(text).sources.at(-1);
		const word = 'Zyxwvutsrq';
		const marked = path.join(dir, 'marked.json');
		const paragraph = last.paragraphs.at(-1) as string;
		writeFileSync(marked, text.replace(JSON.stringify(paragraph), JSON.stringify(`${paragraph} ${word}.`)));
		const session = spawnCli({cols: 100, rows: 30, args: ['--data', marked]});
		sessions.push(session);
		await session.waitFor(() => new RegExp(`${events} events · ${events} sources *$`).test(session.lines()[0] ?? ''), {timeout: 60_000});
		session.press('/');
		session.write(word.toLowerCase());
		await session.waitFor(() => session.lines().some(line => line.includes(word)), {timeout: 30_000});
		session.press(keys.enter);
		// The article pane: the last article's headline above its text, the word in the passage.
		await session.waitFor(() => session.lines().some(line => line.includes(last.headline.slice(0, 20))) && session.lines().some(line => line.includes(`${word}.`)), {timeout: 30_000});
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	}, 90_000);

	it('a printed command says it is loading on stderr when that is a terminal, and erases the line; not when it is a pipe', async () => {
		const session = spawnCli({cols: 80, rows: 24, args: ['events', '--data', file]});
		sessions.push(session);
		expect((await session.exited).exitCode).toBe(0);
		const output = session.output();
		expect(output).toContain(`sc-timeline: loading ${file}…\r\u001B[K`);
		const piped = runCli(['events', '--data', file]);
		expect(piped.code).toBe(0);
		expect(piped.stderr).toBe('');
	}, 90_000);
});
