#!/usr/bin/env node
// Bundles the command line into dist/ with esbuild, as CommonJS files required only when used:
// dist/cli.cjs (the entry, source/start.ts, which turns on the code cache), main.cjs (cli.tsx),
// load.cjs, commands/NAME.cjs, and ui.cjs (the explorer: Ink, React), so printed commands start fast.
// With --schema, also writes data/schema.json from the valibot schema the loader validates with.
// The plugins below patch packages by matching their text: each patched package (ink,
// string-width, yoga-layout, slice-ansi, widest-line) is pinned in package.json to the exact version
// its patch was written for (`dependencies`, or `overrides` for the ones Ink brings), and a patch
// that no longer matches still stops the build with a message naming the plugin.
import {build} from 'esbuild';
import {readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import {createHash} from 'node:crypto';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// dist/ is not emptied first: tests in other processes may be reading it while a build runs.
mkdirSync(path.join(root, 'dist'), {recursive: true});

/** Ink imports react-devtools-core only when DEV is set; the stub keeps it out of the bundle. */
const stubDevtools = {
	name: 'stub-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
	},
};

/**
 * yoga-layout (Ink's layout engine) inlines its WebAssembly as a data: URL and, when `fetch` exists,
 * decodes it through fetch(), which makes Node 20 load undici (about 50 ms at start-up). Its own
 * synchronous base64 path does the same work without undici; this takes that path.
 */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(b) {
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const from = 'w||"function"!=typeof fetch?Promise.resolve()';
			if (!source.includes(from)) throw new Error('yoga-layout changed: update the yoga-without-fetch plugin in scripts/build.mjs');
			return {contents: source.replace(from, 'true?Promise.resolve()'), loader: 'js'};
		});
	},
};

/**
 * The explorer is a CommonJS file (dist/ui.cjs), so that it is compiled from the code cache like
 * the rest (source/compile-cache.ts; Node 20 has no cache for ES modules): that needs its code
 * free of top-level await, which two packages use.
 * - yoga-layout waits for its WebAssembly to be instantiated. Its Emscripten loader completes at
 *   once when instantiation is synchronous (it then runs the module before returning), so the
 *   WebAssembly is compiled and instantiated synchronously (Node allows it for any size), its
 *   base64 decoded by Buffer rather than a loop, and the module object given to the loader is
 *   the one wrapped.
 * - Ink's reconciler waits to connect React devtools and read its package.json when DEV is set;
 *   react-devtools-core is stubbed out of this build (see stub-devtools), so both are left out.
 */
const explorerWithoutTopLevelAwait = {
	name: 'explorer-without-top-level-await',
	setup(b) {
		const replace = (source, from, to, plugin) => {
			if (!source.includes(from)) throw new Error(`${plugin} changed: update the explorer-without-top-level-await plugin in scripts/build.mjs`);
			return source.replace(from, () => to);
		};
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const now =
				'function loadYogaNow() {\n\tconst module = {};\n\tloadYoga(module).catch(() => {});\n\tif (module.calledRun !== true) throw new Error("yoga-layout did not load");\n\treturn module;\n}\nconst Yoga = wrapAssembly(loadYogaNow());';
			return {contents: replace(source, 'const Yoga = wrapAssembly(await loadYoga());', now, 'yoga-layout'), loader: 'js'};
		});
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async args => {
			let source = readFileSync(args.path, 'utf8');
			source = replace(
				source,
				'function c(e){return ya().then(function(f){return WebAssembly.instantiate(f,d)}).then(function(f){return f}).then(e,function(f){v("failed to asynchronously prepare wasm: "+f);x(f)})}',
				'function c(e){try{e({instance:new WebAssembly.Instance(new WebAssembly.Module(wa()),d)})}catch(f){v("failed to prepare wasm: "+f);x(f)}return Promise.resolve()}',
				'yoga-layout',
			);
			source = replace(
				source,
				'var b=xa(a.slice(37)),c=new Uint8Array(b.length);for(a=0;a<b.length;++a)c[a]=b.charCodeAt(a);var d=c',
				'var d=new Uint8Array(Buffer.from(a.slice(37),"base64"))',
				'yoga-layout',
			);
			return {contents: source, loader: 'js'};
		});
		b.onLoad({filter: /ink[\\/]build[\\/]reconciler\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const from = source.indexOf("if (isDev()) {\n    try {\n        await import('./devtools.js');");
			const to = source.indexOf('const diff = ');
			if (from === -1 || to < from) throw new Error('ink changed: update the explorer-without-top-level-await plugin in scripts/build.mjs');
			const contents = replace(
				source.slice(0, from) + source.slice(to),
				'const packageJson = isDev()\n    ? await loadPackageJson()\n    : { name: undefined, version: undefined };',
				'const packageJson = { name: undefined, version: undefined };',
				'ink',
			);
			return {contents, loader: 'js'};
		});
	},
};

/**
 * Display widths on the printed path, made cheaper to start (each figure measured on Node 20):
 * - wrap-ansi brings its own string-width 7, which runs a large emoji regex on every character,
 *   beside our string-width 8, which has an ASCII fast path; wrap-ansi is given ours (same API).
 * - string-width, slice-ansi and Ink's ansi-tokenize build an Intl.Segmenter at import; the first
 *   one loads ICU data (about 8 ms). They are built on first use instead, which plain-ASCII text
 *   never reaches.
 * - string-width answers text of one-column characters (core/width.ts `narrowText`) without segmenting it.
 * - string-width's /^\p{RGI_Emoji}$/v costs 10 ms to compile and more on its first match, whether
 *   a literal (V8 checks it while parsing the module) or `new RegExp`: any non-ASCII text (an
 *   ellipsis, a curly quote) paid it. It is built on first use, and only for text that can hold an emoji.
 */
/** The one-column fast path of source/core/width.ts, as its source writes it (one definition of the set). */
const narrowText = /^const narrowText = (\/.+\/);$/m.exec(readFileSync(path.join(root, 'source', 'core', 'width.ts'), 'utf8'))?.[1];
if (narrowText === undefined) throw new Error('source/core/width.ts no longer defines narrowText: update the lazy-text-widths plugin in scripts/build.mjs');
const lazyTextWidths = {
	name: 'lazy-text-widths',
	setup(b) {
		b.onResolve({filter: /^string-width$/}, args => {
			if (!/[\\/]wrap-ansi[\\/]/.test(args.importer)) return undefined;
			return b.resolve('string-width', {resolveDir: root, kind: args.kind});
		});
		b.onLoad({filter: /node_modules[\\/](string-width[\\/]index|slice-ansi[\\/]tokenize-ansi|@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			const eager = /const (\w+) = new Intl\.Segmenter\(([^)]*)\);/g;
			if ((source.match(eager) ?? []).length !== 1) throw new Error(`${args.path} changed: update the lazy-text-widths plugin in scripts/build.mjs`);
			let contents = source.replace(eager, 'const $1 = {segment(text) { return (this.instance ??= new Intl.Segmenter($2)).segment(text); }};');
			if (args.path.includes('string-width')) {
				// The one-column fast path of core/width.ts (checked there against string-width, character by character) answers
				// for Ink's measuring too, which calls string-width itself: text with curly quotes, dashes, `…`, `─` skips the
				// grapheme segmenter (and the ICU data it loads), about a sixth of the explorer's first frame.
				const ascii = '\tif (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n';
				if (!contents.includes(ascii)) throw new Error(`${args.path} changed: update the lazy-text-widths plugin in scripts/build.mjs`);
				contents = contents.replace(ascii, () => `${ascii}\n\tif (ambiguousIsNarrow && ${narrowText}.test(string)) {\n\t\treturn string.length;\n\t}\n`);
				const emoji = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
				if (!contents.includes(emoji)) throw new Error(`${args.path} changed: update the lazy-text-widths plugin in scripts/build.mjs`);
				// Every RGI emoji holds a pictograph, a skin-tone modifier, a regional indicator or a keycap mark
				// (checked over every code point, alone and with U+FE0F and U+20E3, and every flag pair), so
				// text without one is answered by a cheap class and never compiles the big pattern.
				const maybe = '/[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\p{Regional_Indicator}\\u20E3]/u';
				contents = contents.replace(emoji, () => `const rgiEmojiRegex = {test(text) { return ${maybe}.test(text) && (this.instance ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text); }};`);
			}
			return {contents, loader: 'js'};
		});
	},
};

/**
 * Ink assembles each frame cell by cell (a grid of width × height objects); scripts/ink-output-rows.mjs
 * joins the rows of a frame made of side-by-side lines directly, which is most of a key press's
 * time at 160×50. Other frames still go cell by cell. Line widths are remembered across frames.
 */
const inkOutputRows = {
	name: 'ink-output-rows',
	setup(b) {
		b.onLoad({filter: /ink[\\/]build[\\/]output\.js$/}, async args => {
			const source = readFileSync(args.path, 'utf8');
			if (!source.includes('export default class Output {') || !source.includes('    get() {')) throw new Error('ink changed: update the ink-output-rows plugin in scripts/build.mjs');
			const helper = JSON.stringify(path.join(root, 'scripts', 'ink-output-rows.mjs'));
			return {contents: `${source}\nimport {withRowFastPath} from ${helper};\nwithRowFastPath(Output);\n`, loader: 'js'};
		});
		// Ink measures every text node with widest-line on every frame; the helper's remembers widths.
		b.onLoad({filter: /node_modules[\\/]widest-line[\\/]index\.js$/}, () => ({
			contents: `export {widestLine as default} from ${JSON.stringify(path.join(root, 'scripts', 'ink-output-rows.mjs'))};\n`,
			loader: 'js',
		}));
	},
};

/**
 * In ES modules, `import process from 'node:process'` builds a module facade that reads every
 * property of `process`, getters included, which sets up stdin, stdout and stderr as streams: about
 * 10 ms of `sc-timeline summary` (stdin alone loads the stream modules). The global `process` is the
 * same object; every such import gets it instead. Named imports get only the names listed here
 * (esbuild stops the build on any other, so a new one is added knowingly).
 */
const processWithoutFacade = {
	name: 'process-without-facade',
	setup(b) {
		b.onResolve({filter: /^(node:)?process$/}, () => ({path: 'process', namespace: 'global-process'}));
		b.onLoad({filter: /.*/, namespace: 'global-process'}, () => ({
			contents: 'export default globalThis.process;\nexport const {env} = globalThis.process;\nexport const cwd = () => globalThis.process.cwd();\n',
			loader: 'js',
		}));
	},
};

/**
 * jsonc-parser (the position-keeping JSON parser of `check`, also used by the explorer's `--watch`
 * to place a problem): its main file is UMD, whose inner require()s esbuild cannot follow; its ES
 * module build bundles.
 */
const jsoncAsModule = {
	name: 'jsonc-as-module',
	setup(b) {
		b.onResolve({filter: /^jsonc-parser$/}, () => ({path: path.join(root, 'node_modules', 'jsonc-parser', 'lib', 'esm', 'main.js')}));
	},
};

const shared = {
	outdir: path.join(root, 'dist'),
	bundle: true,
	platform: 'node',
	target: 'node20',
	jsx: 'automatic',
	minify: false,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"', PACKAGE_VERSION: JSON.stringify(pkg.version)},
	plugins: [stubDevtools, yogaWithoutFetch, lazyTextWidths, inkOutputRows, processWithoutFacade, jsoncAsModule],
	logLevel: 'warning',
	metafile: true,
};

// The search worker: an ES module of its own, which the explorer starts as a worker thread (source/core/search/client.ts).
await build({
	...shared,
	entryPoints: {'search-worker': path.join(root, 'source/core/search/worker.ts')},
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
const separateFiles = {
	name: 'separate-files',
	setup(b) {
		b.onResolve({filter: /^\.\/core\/load\.js$/}, args => (args.importer.endsWith(path.join('source', 'cli.tsx')) ? {path: './load.cjs', external: true} : undefined));
		// The explorer (Ink, React): dist/ui.cjs, required only when it opens.
		b.onResolve({filter: /^\.\/ui\.js$/}, args => (args.importer.endsWith(path.join('source', 'cli.tsx')) ? {path: './ui.cjs', external: true} : undefined));
		// The position-keeping JSON parser (jsonc-parser), for check and for placing a load error: dist/locate.cjs.
		b.onResolve({filter: /^\.\.?\/(core\/check\/)?locate\.js$/}, args => {
			if (args.importer.endsWith(path.join('source', 'cli.tsx'))) return {path: './locate.cjs', external: true};
			return args.importer.endsWith(path.join('source', 'core', 'check', 'check.ts')) ? {path: '../locate.cjs', external: true} : undefined;
		});
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
		load: path.join(root, 'source/core/load.ts'),
		locate: path.join(root, 'source/core/check/locate.ts'),
		...Object.fromEntries(commandNames.map(name => [`commands/${name}`, path.join(root, `source/commands/${name}.ts`)])),
	},
	plugins: [separateFiles, ...shared.plugins],
});
// The explorer, dist/ui.cjs: built on its own, as the position-keeping parser is ./locate.cjs from it whoever imports it.
const explorerFiles = {
	name: 'explorer-files',
	setup(b) {
		b.onResolve({filter: /^\.\.?\/(core\/check\/)?locate\.js$/}, () => ({path: './locate.cjs', external: true}));
	},
};
const explorer = await build({...cjs, entryPoints: {ui: path.join(root, 'source/ui.tsx')}, plugins: [explorerFiles, explorerWithoutTopLevelAwait, ...shared.plugins]});

/**
 * Node modules the explorer needs only after its first frame, or never on most runs: the search
 * worker's thread, promise-based file reading (history, marks, a large file), and the subprocess
 * terminal-size runs when it cannot ask the terminal. Loading them is about 4 ms before the first
 * frame (fs/promises alone brings readline); each is required on first use instead, through a
 * stand-in whose every property read loads it. Only plain `var x = require("…")` lines are changed.
 */
const lazyBuiltins = ['node:child_process', 'node:worker_threads', 'node:fs/promises'];
{
	const file = path.join(root, 'dist', 'ui.cjs');
	const source = readFileSync(file, 'utf8');
	let count = 0;
	const pattern = new RegExp(`^var (\\w+) = require\\(("(?:${lazyBuiltins.join('|')})")\\);$`, 'gm');
	const contents = source.replace(pattern, (_, name, id) => {
		count++;
		return `var ${name} = __lazyRequire(${id});`;
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
 * take ready-made (source/core/bundled.ts); with the size of the file it came from, so an edited
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
	await buildTs({entryPoints: [path.join(root, 'source/core/schema.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'warning'});
	const {TimelineSchema, idPattern} = await import(out);
	rmSync(out);
	const schema = {
		$id: 'https://sc-timeline.invalid/schema.json',
		title: 'sc-timeline timeline',
		// The id check (a fast ASCII test, then letters of any script) is a function at run time: published as its pattern.
		...toJsonSchema(TimelineSchema, {errorMode: 'ignore', overrideAction: ({valibotAction, jsonSchema}) => (valibotAction.type === 'check' ? {...jsonSchema, pattern: idPattern} : undefined)}),
	};
	writeFileSync(path.join(root, 'data', 'schema.json'), `${JSON.stringify(schema, null, '\t')}\n`);
	console.log('wrote data/schema.json');
}
