#!/usr/bin/env node
// Writes real output into README.md between its markers: `sc-timeline --help`, and the `show` example.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';

/** The README's examples: marker name and the arguments whose output goes there. */
export const examples = {help: ['--help'], show: ['show', 'letter-wont-sign', '--width', '78']};

const run = args => execFileSync(process.execPath, ['dist/cli.cjs', ...args], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
let readme = readFileSync('README.md', 'utf8');
for (const [name, args] of Object.entries(examples)) {
	const block = `<!-- ${name}:start -->\n\`\`\`\n$ sc-timeline ${args.join(' ')}\n${run(args).trimEnd()}\n\`\`\`\n<!-- ${name}:end -->`;
	readme = readme.replace(new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`), block);
}
writeFileSync('README.md', readme);
