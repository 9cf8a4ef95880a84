/**
 * A shell script in a pseudo-terminal, for checking what the terminal is left like after the
 * explorer exits: `bash -c 'node dist/cli.cjs; …; stty -a'` runs in one terminal, so `stty -a`
 * reports the modes the explorer left behind. The screen is read through @xterm/headless.
 */
import {readFileSync} from 'node:fs';
import pty from 'node-pty';
import xterm from '@xterm/headless';

export type ShellSession = {
	terminal: InstanceType<typeof xterm.Terminal>;
	/** Every byte written to the terminal so far. */
	output: () => string;
	write: (data: string) => void;
	/** Resolves once `condition` holds for the screen (rows joined by newlines) or, with `raw`, for the output. */
	waitFor: (condition: (text: string) => boolean, options?: {raw?: boolean; timeout?: number}) => Promise<void>;
	/** Process ids of the shell's children (the explorer's node process while it runs). */
	children: () => number[];
	exited: Promise<number>;
	dispose: () => void;
};

/** Runs `script` with bash in a `cols` × `rows` pseudo-terminal; CI, NO_COLOR and FORCE_COLOR removed. */
export function spawnShell(script: string, {cols = 80, rows = 24, cwd = process.cwd()} = {}): ShellSession {
	const env: Record<string, string | undefined> = {...process.env, CI: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color'};
	for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
	const terminal = new xterm.Terminal({cols, rows, allowProposedApi: true});
	const child = pty.spawn('bash', ['--noprofile', '--norc', '-c', script], {name: 'xterm-256color', cols, rows, cwd, env: env as Record<string, string>});
	let raw = '';
	let running = true;
	const watchers = new Set<() => void>();
	child.onData(data => {
		raw += data;
		terminal.write(data, () => {
			for (const watcher of [...watchers]) watcher();
		});
	});
	const exited = new Promise<number>(resolve => {
		child.onExit(({exitCode}) => {
			running = false;
			terminal.write('', () => {
				for (const watcher of [...watchers]) watcher();
				resolve(exitCode);
			});
		});
	});
	const screen = () => {
		const buffer = terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < terminal.rows; row++) lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		return lines.join('\n');
	};
	return {
		terminal,
		output: () => raw,
		write: data => child.write(data),
		waitFor: (condition, {raw: onRaw = false, timeout = 10_000} = {}) =>
			new Promise<void>((resolve, reject) => {
				const text = () => (onRaw ? raw : screen());
				const timer = setTimeout(() => finish(new Error(`timed out; screen:\n${screen()}`)), timeout);
				function finish(error?: Error) {
					watchers.delete(check);
					clearTimeout(timer);
					if (error) reject(error);
					else resolve();
				}
				function check() {
					if (condition(text())) finish();
					// The last output can be delivered after the exit is reported: raw waits keep waiting until their timeout.
					else if (!running && !onRaw) finish(new Error(`the shell exited first; screen:\n${screen()}`));
				}
				watchers.add(check);
				check();
			}),
		children: () => {
			try {
				return readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
			} catch {
				return [];
			}
		},
		exited,
		dispose: () => {
			if (running) child.kill('SIGKILL');
			terminal.dispose();
		},
	};
}
