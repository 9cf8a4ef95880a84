/** Runs the built CLI (dist/cli.cjs) as a user would from a pipe: no terminal, CI-like environment. */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** Runs `sc-timeline ...args`, with `env` added to (or, with undefined values, removed from) the environment. */
export function runCli(args: string[], options: {env?: Record<string, string | undefined>; input?: string; cwd?: string} = {}): CliResult {
	const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env};
	for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
	const result = spawnSync(process.execPath, [cliPath, ...args], {env, input: options.input ?? '', cwd: options.cwd, encoding: 'utf8', timeout: 15_000});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
