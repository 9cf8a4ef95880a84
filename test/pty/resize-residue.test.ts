/**
 * Growing and then shrinking the terminal while the explorer runs, then quitting, leaves nothing
 * of it on the main screen. Run in the headless terminal of the other pty tests and inside tmux:
 * tmux shrinks the alternate screen back to the main screen's size when a program leaves it, and
 * lines that did not fit came back onto the main screen. Needs `npm run build` first.
 */
import process from 'node:process';
import {execFileSync} from 'node:child_process';
import {afterEach, describe, expect, it} from 'vitest';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {cliPath, spawnCli, type PtySession, type SpawnOptions} from '../helpers/pty.js';

const {timeline} = loadTimeline();
const total = timeline.events.length;
const before = 'the shell before the explorer';
const after = 'the explorer exited with';
const socket = `sc-timeline-test-${process.pid}`;
let session: PtySession | undefined;

afterEach(() => {
	session?.dispose();
	session = undefined;
	try {
		execFileSync('tmux', ['-L', socket, 'kill-server'], {stdio: 'ignore'});
	} catch {}
});

/** Single-quotes a word for sh. */
const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** The explorer run by sh as a shell would: a line before it, and its exit code after it. */
const shell = `printf '%s\\n' ${quoted(before)}; ${quoted(process.execPath)} ${quoted(cliPath)}; printf '%s %s\\n' ${quoted(after)} $?; exec sleep 600`;

/** The frame at `rows` rows is complete: its last line, the hint bar, is the last but one and shows the position. */
const frameAt = (rows: number) => (screen: string) => {
	const lines = screen.split('\n');
	return lines.length === rows && new RegExp(`1/${total} *$`).test(lines[rows - 2] ?? '');
};

/** Starts at 80×24, grows to 160×45, shrinks in steps, quits, and returns the main screen. */
async function shrinkAndQuit(options: SpawnOptions): Promise<string> {
	session = spawnCli({cols: 80, rows: 24, ...options});
	await session.waitFor(before);
	await session.waitFor(frameAt(24));
	for (const [cols, rows] of [
		[160, 45],
		[100, 30],
		[90, 26],
	] as const) {
		session.resize(cols, rows);
		await session.waitFor(frameAt(rows));
	}
	session.press('q');
	return session.waitFor(`${after} 0`);
}

/** Nothing of the explorer: no title, no rules or markers, no headline. */
function expectNothingOfTheExplorer(screen: string): void {
	expect(screen).toContain(before);
	expect(screen).not.toContain(timeline.title);
	expect(screen).not.toMatch(/[│─━┃▸●]/);
	for (const event of timeline.events) expect(screen).not.toContain(event.headline.slice(0, 12));
}

describe('quitting after the terminal shrank', () => {
	it('leaves the main screen as it was (headless terminal)', async () => {
		const screen = await shrinkAndQuit({program: {file: 'sh', args: ['-c', shell]}});
		expectNothingOfTheExplorer(screen);
	});

	it('leaves the main screen as it was (inside tmux)', async () => {
		const tmux = ['-L', socket, '-f', '/dev/null', 'new-session', shell, ';', 'set-option', '-g', 'status', 'off'];
		await shrinkAndQuit({program: {file: 'tmux', args: tmux}, env: {TMUX: undefined, TMUX_PANE: undefined}});
		// What tmux holds for the pane, not how its client last drew it.
		expectNothingOfTheExplorer(execFileSync('tmux', ['-L', socket, 'capture-pane', '-p'], {encoding: 'utf8'}));
	});
});
