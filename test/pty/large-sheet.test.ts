/**
 * A large sheet in a real terminal: the explorer opens on the sheet's first lines while the rest
 * is read on a thread of its own, keys work meanwhile, and every row is there at the end, the
 * selected event kept; a sheet it cannot read ends it with the one line `--data` gives before the
 * explorer opens, and exit 1. Needs `npm run build` first.
 */
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
// @ts-expect-error: a JavaScript script without types
import {sheetText} from '../../scripts/bench-sheet.mjs';
import {cliSessions, statusLine, type PtySession} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';

const rows = 37_000;
const dir = mkdtempSync(path.join(tmpdir(), 'sc-large-sheet-'));
const file = path.join(dir, 'large.csv');
const text: string = sheetText(rows);
writeFileSync(file, text);
const spawnCli = cliSessions();
afterAll(() => rmSync(dir, {recursive: true, force: true}));
/** `3/1999` at the status line's end: the selected event and how many are listed. */
const position = (session: PtySession) => /(\d+)\/(\d+) *$/.exec(statusLine(session))?.slice(1).map(Number);
/** The headline of the selected event, as the event pane's first line shows it. */
const selected = (session: PtySession) => session.lines()[3]?.split('│')[1]?.trim();

describe('the explorer on a large sheet', () => {
	it('lists the first lines at once, takes keys while the rest is read, then has every row with the same event selected', async () => {
		// Large enough to be loaded after the explorer opens (see largeBytes in source/cli.tsx).
		expect(statSync(file).size).toBeGreaterThan(8 * 1024 * 1024);
		const session = spawnCli({cols: 100, rows: 30, args: ['--data', file]});
		await session.waitFor(() => position(session)?.[0] === 1, {timeout: 60_000});
		const [, first] = position(session)!;
		// What is listed first is a part of the sheet, and the header says the rest is coming.
		expect(first).toBeLessThan(rows);
		expect(session.lines()[0]).toMatch(/reading events…/);
		session.press('j');
		await session.waitFor(() => position(session)?.[0] === 2, {timeout: 60_000});
		const picked = selected(session);
		expect(picked).toMatch(/^Headline number \d+$/);
		// The frame is drawn top down: the header's count and the status line's, both.
		await session.waitFor(() => new RegExp(`${rows} events *$`).test(session.lines()[0] ?? '') && position(session)?.[1] === rows, {timeout: 60_000});
		// The same event stays selected, wherever the rows read since put it.
		expect(selected(session)).toBe(picked);
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	}, 90_000);

	it('ends with the line --data gives and exit 1 when the sheet is not a TimelineJS sheet', async () => {
		const bad = path.join(dir, 'no-year.csv');
		writeFileSync(bad, text.replace(/^Year,/, 'Yr,'));
		const session = spawnCli({cols: 80, rows: 24, args: ['--data', bad]});
		const {exitCode} = await session.exited;
		expect(exitCode).toBe(1);
		expect(session.buffer()).toBe('normal');
		const printed = runCli(['summary', '--data', bad]);
		expect(printed.code).toBe(1);
		expect(session.output()).toContain(printed.stderr.trim());
		expect(printed.stderr).toMatch(/no-year\.csv:1: not a TimelineJS sheet/);
	}, 90_000);
});
