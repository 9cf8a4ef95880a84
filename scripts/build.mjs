#!/usr/bin/env node
// Bundles the command line into dist/ with esbuild, as CommonJS files required only when used:
// dist/cli.cjs (the entry, source/start.ts, which turns on the code cache), main.cjs (cli.tsx),
// load.cjs, commands/NAME.cjs, and ui.cjs (the explorer: Ink, React), so printed commands start fast.
// With --schema, also writes data/schema.json from the valibot schema the loader validates with.
// The plugins that patch packages are in scripts/build-plugins.mjs.
import {build} from 'esbuild';
import {explorerWithoutTopLevelAwait, packagePlugins} from './build-plugins.mjs';
import {readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {createHash} from 'node:crypto';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// dist/ is not emptied first: tests in other processes may be reading it while a build runs.
mkdirSync(path.join(root, 'dist'), {recursive: true});

const shared = {
	outdir: path.join(root, 'dist'),
	bundle: true,
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"', PACKAGE_VERSION: JSON.stringify(pkg.version)},
	plugins: packagePlugins,
	logLevel: 'warning',
	metafile: true,
};

// The explorer's worker threads, ES modules of their own: search (source/core/search/client.ts), its helper that indexes half
// a large corpus (source/core/search/index-halves.ts), and a large sheet's load (source/core/load/sheet/progressive-sheet.ts).
await build({
	...shared,
	entryPoints: {
		'search-worker': path.join(root, 'source/core/search/worker.ts'),
		'index-worker': path.join(root, 'source/core/search/index-worker.ts'),
		'sheet-worker': path.join(root, 'source/core/load/sheet/sheet-worker.ts'),
	},
	format: 'esm',
	banner: {js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"},
});

/**
 * The command line: CommonJS files. Node starts a CommonJS entry about 4 ms sooner than an ES
 * module, and `require` of a file is cheaper than resolving chunks through the ES module loader.
 * cli.cjs holds the argument parsing; the loader and each printed command are files of their own
 * (dist/load.cjs, dist/commands/NAME.cjs), required only when used, so `sc-timeline summary`
 * compiles neither the search nor the comparison code. Each file bundles the core it needs.
 */
// Every file in source/commands/ but the table and the shared types is a command.
const commandNames = readdirSync(path.join(root, 'source/commands'))
	.filter(file => file.endsWith('.ts') && file !== 'index.ts' && file !== 'context.ts')
	.map(file => path.basename(file, '.ts'));
/**
 * Files required on first use rather than at start, through a stand-in whose first property read
 * loads them: the HTML parser (htmlparser2, only for TimelineJS text) and the lenient JSON reader
 * (jsonc-parser, only for a file JSON.parse refuses). Each is a file of its own, dist/NAME.cjs.
 */
const lazyFiles = ['html-parse', 'json-syntax'];
const lazyFilePlugin = {
	name: 'lazy-files',
	setup(b) {
		b.onResolve({filter: new RegExp(`/(${lazyFiles.join('|')})\\.js$`)}, args => (args.kind === 'entry-point' ? undefined : {path: `lazy-file:${path.basename(args.path, '.js')}`, external: true}));
	},
};
/** Turns each `var x = require("lazy-file:NAME")` (or `x = require(…)`) in the built .cjs files into a stand-in that requires dist/NAME.cjs when first read. */
function makeLazyFilesLazy(outputs) {
	for (const output of outputs.filter(file => file.endsWith('.cjs'))) {
		const file = path.resolve(root, output);
		const source = readFileSync(file, 'utf8');
		// At the top level (`var x = require(…)`) or in the body of a module esbuild initialises on first import (`x = require(…)`).
		const pattern = /^(\s*(?:var )?)(\w+) = require\("lazy-file:([\w-]+)"\);$/gm;
		if (!source.includes('lazy-file:')) continue;
		const relative = name =>
			`./${path
				.relative(path.dirname(file), path.join(root, 'dist', `${name}.cjs`))
				.split(path.sep)
				.join('/')}`.replace(/^\.\/\.\.\//, '../');
		const contents = source.replace(pattern, (_, start, variable, name) => `${start}${variable} = __lazyFile(${JSON.stringify(relative(name))});`);
		if (contents.includes('lazy-file:')) throw new Error(`${output} requires a lazy file in a form scripts/build.mjs does not change`);
		const helper = 'const __lazyFile = id => { let loaded; return new Proxy({}, {get: (_, key) => (loaded ??= require(id))[key]}); };\n';
		writeFileSync(
			file,
			contents.replace('"use strict";\n', () => `"use strict";\n${helper}`),
		);
	}
}
const separateFiles = {
	name: 'separate-files',
	setup(b) {
		b.onResolve({filter: /^\.\/core\/load\/load-timeline\.js$/}, args => (args.importer.endsWith(path.join('source', 'cli.tsx')) ? {path: './load.cjs', external: true} : undefined));
		// A sheet or an address (the CSV parser, the download): dist/open.cjs, required only for one.
		b.onResolve({filter: /^\.\/core\/load\/open-data\.js$/}, args => (args.importer.endsWith(path.join('source', 'cli.tsx')) ? {path: './open.cjs', external: true} : undefined));
		// The explorer (Ink, React): dist/ui.cjs, required only when it opens.
		b.onResolve({filter: /^\.\/ui\.js$/}, args => (args.importer.endsWith(path.join('source', 'cli.tsx')) ? {path: './ui.cjs', external: true} : undefined));
		// The position-keeping JSON parser (jsonc-parser), for check and for placing a load error: dist/locate.cjs.
		b.onResolve({filter: /^\.\.?\/(core\/check\/)?locate\.js$/}, args => {
			if (args.importer.endsWith(path.join('source', 'cli.tsx'))) return {path: './locate.cjs', external: true};
			return args.importer.endsWith(path.join('source', 'core', 'check', 'check-file.ts')) ? {path: '../locate.cjs', external: true} : undefined;
		});
		// check on a sheet (the CSV parser): dist/sheet-rules.cjs, required only for a sheet, so check on JSON does not compile it.
		b.onResolve({filter: /^\.\/sheet-rules\.js$/}, args => (args.importer.endsWith(path.join('source', 'core', 'check', 'check-file.ts')) ? {path: '../sheet-rules.cjs', external: true} : undefined));
		b.onResolve({filter: /^\.\/[a-z]+\.js$/}, args => {
			const name = path.basename(args.path, '.js');
			if (!args.importer.endsWith(path.join('source', 'commands', 'index.ts')) || !commandNames.includes(name)) return undefined;
			return {path: `./commands/${name}.cjs`, external: true};
		});
	},
};
const cjs = {
	...shared,
	outExtension: {'.js': '.cjs'},
	format: 'cjs',
	// Externals (load.cjs, commands/*.cjs) as require(), not import(): import() would start the ES module loader.
	supported: {'dynamic-import': false},
	define: {...shared.define, 'import.meta': '__importMeta'},
	// import.meta.url made only when read: most files never read it, and the URL costs a little at every start.
	banner: {js: '"use strict";\n' + "const __importMeta = {get url() { return require('node:url').pathToFileURL(__filename).href; }, dirname: __dirname, filename: __filename};"},
};
const cli = await build({
	...cjs,
	entryPoints: {
		main: path.join(root, 'source/cli.tsx'),
		load: path.join(root, 'source/core/load/load-timeline.ts'),
		open: path.join(root, 'source/core/load/open-data.ts'),
		locate: path.join(root, 'source/core/check/locate.ts'),
		...Object.fromEntries(lazyFiles.map(name => [name, path.join(root, `source/core/load/${name}.ts`)])),
		'sheet-rules': path.join(root, 'source/core/check/sheet-rules.ts'),
		...Object.fromEntries(commandNames.map(name => [`commands/${name}`, path.join(root, `source/commands/${name}.ts`)])),
	},
	plugins: [lazyFilePlugin, separateFiles, ...shared.plugins],
});
makeLazyFilesLazy(Object.keys(cli.metafile.outputs));
// The explorer, dist/ui.cjs: built on its own, as the position-keeping parser is ./locate.cjs from it whoever imports it.
const explorerFiles = {
	name: 'explorer-files',
	setup(b) {
		b.onResolve({filter: /^\.\.?\/(core\/check\/)?locate\.js$/}, () => ({path: './locate.cjs', external: true}));
		b.onResolve({filter: /^\.\/sheet-rules\.js$/}, () => ({path: './sheet-rules.cjs', external: true}));
	},
};
const explorer = await build({...cjs, entryPoints: {ui: path.join(root, 'source/ui.tsx')}, plugins: [lazyFilePlugin, explorerFiles, explorerWithoutTopLevelAwait, ...shared.plugins]});
makeLazyFilesLazy(Object.keys(explorer.metafile.outputs));

/**
 * Node modules the explorer needs only after its first frame, or never on most runs: the search
 * worker's thread, promise-based file reading (history, marks, a large file), and the subprocess
 * terminal-size runs when it cannot ask the terminal. Loading them is about 4 ms before the first
 * frame (fs/promises alone brings readline); each is required on first use instead, through a
 * stand-in whose every property read loads it. Only plain `var x = require("…")` (or `x = require("…")`) lines are changed.
 */
const lazyBuiltins = ['node:child_process', 'node:worker_threads', 'node:fs/promises'];
{
	const file = path.join(root, 'dist', 'ui.cjs');
	const source = readFileSync(file, 'utf8');
	let count = 0;
	// At the top level (`var x = require(…)`) or in the body of a module esbuild initialises on first import (`x = require(…)`).
	const pattern = new RegExp(`^(\\s*(?:var )?)(\\w+) = require\\(("(?:${lazyBuiltins.join('|')})")\\);$`, 'gm');
	const contents = source.replace(pattern, (_, start, name, id) => {
		count++;
		return `${start}${name} = __lazyRequire(${id});`;
	});
	if (count < lazyBuiltins.length) throw new Error('the explorer no longer requires node:child_process, worker_threads and fs/promises as expected: update lazyBuiltins in scripts/build.mjs');
	const helper = 'const __lazyRequire = id => { let loaded; return new Proxy({}, {get: (_, key) => (loaded ??= require(id))[key]}); };\n';
	writeFileSync(
		file,
		contents.replace('"use strict";\n', () => `"use strict";\n${helper}`),
	);
}

/**
 * The bundled story as the loader gives it (validated, in date order), for the command line to
 * take ready-made (source/core/load/bundled-story.ts); with the size of the file it came from, so an edited
 * file is loaded again. Only a story with nothing to sanitise is written (shown and raw are one).
 */
const {loadTimeline} = createRequire(import.meta.url)(path.join(root, 'dist', 'load.cjs'));
const story = loadTimeline();
const storyFile = path.join(root, 'dist', 'story.json');
rmSync(storyFile, {force: true});
if (story.format === 'sc-timeline' && story.timeline === story.raw && (story.warnings ?? []).length === 0) {
	const bytes = statSync(path.join(root, 'data', 'secure-communities.json')).size;
	writeFileSync(storyFile, JSON.stringify({bytes, timeline: story.timeline}));
}

/**
 * The installed command, dist/cli.cjs (source/start.ts): it turns on the code cache for the files
 * built above (see source/compile-cache.ts), named there with the hash of their content, so a cache
 * made from an earlier build is never used, then requires dist/main.cjs.
 */
const hashes = Object.fromEntries(
	[...Object.keys(cli.metafile.outputs), ...Object.keys(explorer.metafile.outputs)]
		.filter(file => file.endsWith('.cjs'))
		.map(file => [
			path.relative(path.join(root, 'dist'), path.resolve(root, file)).split(path.sep).join('/'),
			createHash('sha256')
				.update(readFileSync(path.resolve(root, file)))
				.digest('hex')
				.slice(0, 16),
		]),
);
await build({
	...shared,
	entryPoints: {cli: path.join(root, 'source/start.ts')},
	outExtension: {'.js': '.cjs'},
	format: 'cjs',
	external: ['./main.cjs'],
	define: {...shared.define, COMPILE_CACHE_HASHES: JSON.stringify(hashes)},
});

// Remove what earlier builds made and this one does not (the explorer was an ES module with chunks), so the package holds only what runs.
for (const name of ['cli.js', 'ui.js', 'chunks']) rmSync(path.join(root, 'dist', name), {force: true, recursive: true});

if (process.argv.includes('--schema')) {
	const {toJsonSchema} = await import('@valibot/to-json-schema');
	const {build: buildTs} = await import('esbuild');
	// Load the TypeScript schema through a throwaway bundle, so this script needs no TS loader.
	const out = path.join(root, 'dist', 'schema-tmp.mjs');
	await buildTs({entryPoints: [path.join(root, 'source/core/model/schema.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'});
	const {TimelineSchema, checkPattern} = await import(out);
	rmSync(out);
	const schema = {
		$id: 'https://sc-timeline.invalid/schema.json',
		title: 'sc-timeline timeline',
		// The id and publication-date checks are functions at run time: published as their patterns.
		...toJsonSchema(TimelineSchema, {
			errorMode: 'ignore',
			overrideAction: ({valibotAction, jsonSchema}) => (valibotAction.type === 'check' ? {...jsonSchema, pattern: checkPattern(valibotAction.requirement)} : undefined),
		}),
	};
	writeFileSync(path.join(root, 'data', 'schema.json'), `${JSON.stringify(schema, null, '\t')}\n`);
	console.log('wrote data/schema.json');
}
