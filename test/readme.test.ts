import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {runCli} from './helpers/run-cli.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
	it.each([
		['help', ['--help']],
		['show', ['show', 'letter-wont-sign', '--width', '78']],
	])('shows the real output of its %s example (regenerate with node scripts/readme-help.mjs)', (name, args) => {
		const block = new RegExp(`<!-- ${name}:start -->\\n\`\`\`\\n\\$ sc-timeline ${args.join(' ')}\\n([\\s\\S]*?)\`\`\`\\n<!-- ${name}:end -->`).exec(readme);
		expect(block?.[1]).toBe(`${runCli(args, {env: {NO_COLOR: '1'}}).stdout.trimEnd()}\n`);
	});

	it('gives the two quick-start commands', () => {
		expect(readme).toContain('npm install && npx sc-timeline');
		expect(readme).toContain('npm install && npm test');
	});
});
