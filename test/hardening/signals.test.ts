/**
 * Every way out of the explorer gives the terminal back: Ctrl-C, SIGINT, SIGTERM, SIGHUP and an
 * uncaught error each exit with their code (130, 130, 143, 129, 1), the last bytes written leave
 * the alternate screen and show the cursor, and `stty -a`, run in the same terminal afterwards,
 * shows canonical mode and echo back on. Needs `npm run build` first.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {execFileSync} from 'node:child_process';
import {readlinkSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadTimeline} from '../../source/core/load/load-timeline.js';
import {leaveScreen} from '../../source/ui.js';
import {cliPath} from '../helpers/pty.js';
import {spawnShell, type ShellSession} from './shell-pty.js';

const crashPreload = fileURLToPath(new URL('crash-on-sigusr2.mjs', import.meta.url));
const total = loadTimeline().timeline.events.length;
const sessions: ShellSession[] = [];

afterEach(() => {
	for (const session of sessions.splice(0)) session.dispose();
});

type Outcome = {code: number; written: string; stty: string[]; session: ShellSession};

/**
 * Starts the explorer under bash, waits for its first whole frame, does `act`, and returns the
 * exit code, what the explorer wrote, and the `stty -a` settings afterwards.
 */
async function runAndEnd(act: (session: ShellSession, explorer: number) => void, node = `node '${cliPath}'`): Promise<Outcome> {
	const session = spawnShell(`${node}; code=$?; printf '\\n[[exit %s]]\\n' "$code"; stty -a; printf '[[done]]\\n'`);
	sessions.push(session);
	// The hint bar is the frame's last line: once it shows the position, the frame is whole.
	await session.waitFor(screen => new RegExp(`1/${total} *$`, 'm').test(screen));
	const [explorer] = session.children();
	expect(explorer, 'the explorer runs as a child of the shell').toBeDefined();
	// Raw mode is on (no line editing, no echo) before the explorer is stopped, so its undoing is what is tested.
	const tty = readlinkSync(`/proc/${explorer}/fd/0`);
	await vi.waitFor(() => expect(execFileSync('stty', ['-a', '-F', tty], {encoding: 'utf8'}).split(/[\s;]+/)).toContain('-icanon'), {timeout: 5000});
	act(session, explorer ?? 0);
	await session.waitFor(output => output.includes('[[done]]'), {raw: true});
	const output = session.output();
	const marker = output.indexOf('\r\n[[exit ');
	const code = Number(/\[\[exit (\d+)\]\]/.exec(output)?.[1]);
	const stty = output.slice(marker).split(/[\s;]+/);
	return {code, written: output.slice(0, marker), stty, session};
}

/** The terminal as the explorer found it: main screen, cursor shown, line editing and echo on. */
function expectRestored({written, stty, session}: Outcome, {stderrLine = false} = {}): void {
	// The last bytes leave the alternate screen and show the cursor; after them come at most more
	// "show the cursor" and, after a crash, the error line on stderr.
	const last = written.lastIndexOf(leaveScreen);
	expect(last, 'the explorer left the alternate screen').toBeGreaterThan(0);
	const after = written.slice(last + leaveScreen.length);
	const allowed = stderrLine ? /^(\u001B\[\?25h)*sc-timeline: [^\r\n]*\r\n(\u001B\[\?25h)*$/ : /^(\u001B\[\?25h)*$/;
	expect(after, `last bytes: ${JSON.stringify(written.slice(-80))}`).toMatch(allowed);
	expect(written.lastIndexOf('\u001B[?1049h')).toBeLessThan(last);
	expect(session.terminal.buffer.active.type).toBe('normal');
	for (const mode of ['icanon', 'echo', 'isig']) {
		expect(stty).toContain(mode);
		expect(stty).not.toContain(`-${mode}`);
	}
}

describe('signals and crashes restore the terminal', () => {
	it('Ctrl-C typed (the byte 0x03 in raw mode): exit 130', async () => {
		const outcome = await runAndEnd(session => session.write('\u0003'));
		expect(outcome.code).toBe(130);
		expectRestored(outcome);
	});

	it('SIGINT sent with kill: exit 130', async () => {
		const outcome = await runAndEnd((_session, explorer) => process.kill(explorer, 'SIGINT'));
		expect(outcome.code).toBe(130);
		expectRestored(outcome);
	});

	it('SIGTERM: exit 143', async () => {
		const outcome = await runAndEnd((_session, explorer) => process.kill(explorer, 'SIGTERM'));
		expect(outcome.code).toBe(143);
		expectRestored(outcome);
	});

	it('SIGHUP: exit 129', async () => {
		const outcome = await runAndEnd((_session, explorer) => process.kill(explorer, 'SIGHUP'));
		expect(outcome.code).toBe(129);
		expectRestored(outcome);
	});

	it('an uncaught error: exit 1, one inert line on stderr after the terminal is back', async () => {
		const outcome = await runAndEnd((_session, explorer) => process.kill(explorer, 'SIGUSR2'), `node --import '${crashPreload}' '${cliPath}'`);
		expect(outcome.code).toBe(1);
		expectRestored(outcome, {stderrLine: true});
		expect(outcome.written).toContain('sc-timeline: internal error: crash for a test ^[]0;title^G^[[2J\r\n');
	});

	it('(the check itself) a process killed outright leaves raw mode behind, and stty shows it', async () => {
		const outcome = await runAndEnd((_session, explorer) => process.kill(explorer, 'SIGKILL'));
		expect(outcome.code).toBe(137);
		expect(outcome.stty).toContain('-icanon');
		expect(outcome.stty).toContain('-echo');
	});
});
