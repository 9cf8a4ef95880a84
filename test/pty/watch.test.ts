/**
 * `--watch` in a real terminal: the file goes valid → invalid → valid, saved in place and by
 * renaming a new file over it, and the screen follows; the reader's place is kept by event id; a
 * burst of saves neither stops the explorer nor makes it grow. Needs `npm run build` first.
 */
import {mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {bundledPath} from '../../source/core/load/load-timeline.js';
import {spawnCli, type PtySession} from '../helpers/pty.js';

const good = readFileSync(bundledPath(), 'utf8');
const document = JSON.parse(good) as {events: Array<{id: string; headline: string; date: unknown}>};
const sessions: PtySession[] = [];
const dirs: string[] = [];

afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** The bundled story with event `index`'s headline changed, and `extra` events dated before all others. */
function version(headline: string, index = 2, extra = 0): string {
	const copy = structuredClone(document);
	copy.events[index]!.headline = headline;
	const first = copy.events[0]!;
	for (let i = 0; i < extra; i++) copy.events.unshift({...structuredClone(first), id: `earlier-${i}`, headline: `Earlier ${i}`, date: {value: '2001', precision: 'year'}});
	return JSON.stringify(copy, null, '\t');
}

/** Opens the explorer on a copy of the bundled story in a fresh directory, following it. */
async function watched(): Promise<{session: PtySession; file: string; dir: string}> {
	const dir = mkdtempSync(path.join(tmpdir(), 'sc-watch-pty-'));
	dirs.push(dir);
	const file = path.join(dir, 'story.json');
	writeFileSync(file, good);
	const session = spawnCli({cols: 100, rows: 30, args: ['--data', file, '--watch']});
	sessions.push(session);
	await session.waitFor(screen => / 1\/22 *$/m.test(screen));
	return {session, file, dir};
}

/** Saves as an editor that writes a new file and renames it over the old one. */
function saveByRename(dir: string, file: string, text: string): void {
	const temporary = path.join(dir, '.story.json.swp');
	writeFileSync(temporary, text);
	renameSync(temporary, file);
}

const selectedLine = (session: PtySession) => session.lines().find(line => line.includes('▸')) ?? '';
const statusLine = (session: PtySession) =>
	session
		.lines()
		.filter(line => line.trim() !== '')
		.at(-1) ?? '';

/** Resident memory of a process, in MB (Linux). */
function residentMb(pid: number): number {
	const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return Number(match?.[1] ?? Number.NaN) / 1024;
}

describe('the explorer with --watch', () => {
	it('follows the file valid → invalid → valid, saved in place and by rename, keeping the selection by id', async () => {
		const {session, file, dir} = await watched();
		session.press('j', 'j');
		await session.waitFor(screen => / 3\/22 *$/m.test(screen));
		const headline = document.events[2]!.headline;

		// In place, cut off mid-save: the last good version stays, the status line says what is wrong, as check does.
		writeFileSync(file, good.slice(0, 2500));
		await session.waitFor(() => /story\.json:\d+:\d+: error: .+ \(syntax\)/.test(statusLine(session)));
		expect(selectedLine(session)).toContain(headline.slice(0, 12));
		expect(session.screen()).toContain('22 events');
		// A key clears the status line; the same broken text saved again says its problem again.
		session.press('k', 'j');
		await session.waitFor(() => / 3\/22 *$/.test(statusLine(session)));
		writeFileSync(file, good.slice(0, 2500));
		await session.waitFor(() => /story\.json:\d+:\d+: error: .+ \(syntax\)/.test(statusLine(session)));

		// In place, fixed with a new headline for the selected event.
		writeFileSync(file, version('Edited in place'));
		await session.waitFor(() => selectedLine(session).includes('Edited in place') && / 3\/22 *$/.test(statusLine(session)));

		// By rename, with a misspelled field: the previous good version stays.
		saveByRename(dir, file, version('Edited in place').replace('"headline"', '"headlin"'));
		await session.waitFor(() => /story\.json:\d+:\d+: error: .+ \(schema\)/.test(statusLine(session)));
		expect(selectedLine(session)).toContain('Edited in place');

		// By rename, fixed, with two events added before the selected one: it stays selected.
		saveByRename(dir, file, version('Renamed over', 2, 2));
		await session.waitFor(() => selectedLine(session).includes('Renamed over') && / 5\/24 *$/.test(statusLine(session)));
		expect(session.screen()).toContain('24 events');

		// Fine but for a comment: loaded, and the status line says what the loader noted, as when the file is opened.
		writeFileSync(file, `// a note\n${version('With a note', 2, 2)}`);
		await session.waitFor(() => selectedLine(session).includes('With a note') && /a comment, which JSON does not allow/.test(statusLine(session)));

		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	}, 60_000);

	it('takes 200 rapid saves, good and bad, in place and by rename, without stopping or growing', async () => {
		const {session, file, dir} = await watched();
		const before = residentMb(session.pid);
		for (let save = 0; save < 200; save++) {
			const text = save % 7 === 3 ? good.slice(0, 1000 + save * 10) : version(`Save ${save}`);
			if (save % 2 === 0) writeFileSync(file, text);
			else saveByRename(dir, file, text);
			// Some saves land together, some after the explorer has read the one before.
			await new Promise(resolve => setTimeout(resolve, (save * 37) % 60));
		}
		writeFileSync(file, version('Last save', 0));
		await session.waitFor(() => selectedLine(session).includes('Last save') && / 1\/22 *$/.test(statusLine(session)), {timeout: 30_000});
		// Memory settles (search workers of earlier versions end, garbage is collected); a leak would keep it up.
		await vi.waitFor(() => expect(residentMb(session.pid) - before).toBeLessThan(50), {timeout: 20_000, interval: 250});
		session.press('j');
		await session.waitFor(screen => / 2\/22 *$/m.test(screen));
		session.press('q');
		expect((await session.exited).exitCode).toBe(0);
	}, 120_000);
});
