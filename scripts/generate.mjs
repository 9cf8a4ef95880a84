#!/usr/bin/env node
/**
 * Writes a large, valid sc-timeline file for benchmarks and scale tests. Deterministic: the same
 * --events and --seed always give the same bytes.
 *
 *   node scripts/generate.mjs --events 10000 --seed 1 --out bench-data/t10k.json
 *
 * Every event has its own source article of about 300 words in five paragraphs and cites a quote
 * taken verbatim from one of them. Words follow a Zipf distribution over a base news vocabulary
 * (the words of the Secure Communities story and common English), plus invented names of people,
 * places and organisations whose number grows with the timeline, so the vocabulary has the long
 * tail of real news text.
 */
import {writeFileSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';

/** sfc32, seeded through splitmix32: a small, fast generator with good statistics. */
export function createRandom(seed) {
	let s = seed >>> 0;
	const split = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = split(),
		b = split(),
		c = split(),
		d = split();
	const next = () => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = ((c << 21) | (c >>> 11)) >>> 0;
		c = (c + t) >>> 0;
		return t / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	return next;
}

const story = `program federal Heffernan police state Secure Patrick Communities immigration Massachusetts participate
immigrants deported officials communities arrested governor letter join immigrant groups crimes advocacy administration
status states statement sign serious records person people participation mandatory legal illegally illegal fire enforcement
discourages criminals criminal crime country cooperating convicted checks available audio aired Soults Security Secretary
Safety Public Homeland Enforcement Deval Department Customs Commonwealth worried weighing voters voluntary violent violence
victims unwilling understanding trust targets suspended successfully stunned strain statistics skeptical resisting residents
reluctant reluctance released relations racial profiling previously practice potential pilot participating opting
municipalities monitor memorandum legislation laws jurisdictions jail implemented implementation impact identified
formally fingerprint feds fear enforce encouraging dubious deter deliberating decided dated dangerous countries contentious
concerns committing closely cited choice checked biometrics arrestees agency advocates accomplishes objective Quinn Cuomo
Illinois California Boston Refugees Coalition Vazquez domestic fingerprints ICE FBI DHS`.split(/\s+/);

const common = `the of to and a in that is for it was on with he as at by this had not are but from or have an they which one
you were her all she there would their we him been has when who will more no if out so said what up its about into than them
can only other new some could time these two may then do first any my now such like our over man me even most made after also
did many before must through back years where much your way well down should because each just those people how too little
state good very make world still own see men work long get here between both life being under never day same another know while
last might us great old year off come since against go came right used take three states himself few house use during without
again place american around however home small found thought went say part once general high upon school every does got united
left number course war until always away something fact though water less public put thing almost hand enough far took head yet
government system better set told nothing night end why called didn't eyes find going look asked later knew point next program
city business give group toward young days let room president side social given present several order national possible rather
second face per among form important often things looked early white case john become large big need four within felt along
children saw best church ever least power development light thought seemed family interest want members mind country area
others done turned although open problem sense began help court report office council board committee mayor senator county
budget election vote voters residents officials spokesman spokeswoman agency department hearing lawsuit judge ruling plan
policy funding tax taxes hospital police sheriff district schools teachers students union workers contract housing transit
highway bridge project meeting week month morning evening monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december reported according statement interview news
announced expected proposal legislature bill law measure approved rejected decision concerns critics supporters community
neighborhood downtown federal regional local nonprofit company companies market prices costs million billion percent
percentage increase decrease data records survey study research university college professor director executive chief
manager leaders leadership campaign candidate governor attorney general secretary commissioner chairman chairwoman
representative advocates coalition organization association`.split(/\s+/);

const syllables = [
	'ka',
	'lo',
	'ven',
	'mar',
	'ti',
	'no',
	'ro',
	'sa',
	'bel',
	'den',
	'fi',
	'gar',
	'hol',
	'is',
	'jo',
	'kel',
	'li',
	'man',
	'nor',
	'os',
	'pe',
	'quin',
	'ras',
	'sto',
	'tan',
	'ul',
	'vi',
	'wen',
	'yar',
	'zel',
	'an',
	'ber',
	'cor',
	'da',
	'el',
	'fen',
	'gu',
	'ha',
	'ir',
	'ju',
	'ko',
	'lan',
	'mo',
	'ne',
	'or',
	'pa',
	'ri',
	'se',
	'tor',
	'u',
	'va',
	'wil',
	'xen',
	'yo',
	'zu',
];
const tagWords = [
	'program',
	'policy',
	'courts',
	'budget',
	'elections',
	'immigration',
	'policing',
	'schools',
	'housing',
	'transit',
	'health',
	'labor',
	'environment',
	'energy',
	'taxes',
	'privacy',
	'data',
	'federal',
	'state',
	'local',
	'statement',
	'lawsuit',
	'legislation',
	'protest',
	'report',
	'hearing',
	'vote',
	'funding',
	'audit',
	'investigation',
];
const outlets = ['Daily Ledger', 'Evening Courier', 'Harbor Gazette', 'Metro Wire', 'Valley Tribune', 'Capitol Dispatch', 'River Sentinel', 'Public Radio News'];

function capitalize(word) {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Draws from `items` with weight 1/rank^exponent. */
function zipf(random, items, exponent) {
	const cumulative = new Float64Array(items.length);
	let total = 0;
	for (let i = 0; i < items.length; i++) cumulative[i] = total += 1 / (i + 1) ** exponent;
	return () => {
		const target = random() * total;
		let low = 0;
		let high = items.length - 1;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (cumulative[mid] < target) low = mid + 1;
			else high = mid;
		}
		return items[low];
	};
}

/** Builds the timeline object; `events` events, each with its own ~300-word article. */
export function generateTimeline({events: count, seed}) {
	const random = createRandom(seed);
	const pick = items => items[Math.floor(random() * items.length)];
	const between = (low, high) => low + Math.floor(random() * (high - low + 1));
	const invent = (minSyllables, maxSyllables) => {
		let word = '';
		for (let n = between(minSyllables, maxSyllables); n > 0; n--) word += pick(syllables);
		return capitalize(word);
	};
	// The long tail: invented names whose number grows with the timeline, as a real archive's would.
	const surnames = new Set();
	while (surnames.size < 2000 + Math.floor(count / 2)) surnames.add(invent(2, 4));
	const surnameList = [...surnames];
	const givenNames = Array.from({length: 400}, () => invent(1, 3));
	const places = Array.from({length: 300 + Math.floor(count / 50)}, () => invent(2, 3) + pick(['ton', 'field', 'ville', 'burg', ' Falls', ' Harbor']));
	const people = Array.from({length: 1000 + Math.floor(count / 5)}, () => `${pick(givenNames)} ${pick(surnameList)}`);

	const vocabulary = [...new Set([...common.slice(0, 120), ...story, ...common.slice(120)])];
	const word = zipf(random, vocabulary, 1.05);
	const person = zipf(random, people, 0.9);
	const place = zipf(random, places, 0.9);
	const rareWord = () => (random() < 0.5 ? pick(surnameList) : pick(places).split(' ')[0]);

	const sentence = (min, max, quotes = true) => {
		const words = [];
		for (let n = between(min, max); n > 0; n--) {
			const roll = random();
			if (roll < 0.04) words.push(person());
			else if (roll < 0.06) words.push(place());
			else if (roll < 0.075) words.push(rareWord());
			else if (roll < 0.085) words.push(String(between(2, 90_000)));
			else words.push(word());
			if (n > 2 && random() < 0.07) words[words.length - 1] += ',';
		}
		const text = `${capitalize(words.join(' '))}.`;
		return quotes && random() < 0.12 ? `"${text}" ${pick(['said', 'wrote', 'told reporters'])} ${person()}.` : text;
	};
	const paragraph = () => {
		const sentences = [];
		for (let n = between(3, 6); n > 0; n--) sentences.push(sentence(8, 18));
		return sentences.join(' ');
	};

	const sources = [];
	const events = [];
	const start = Date.UTC(1995, 0, 1);
	const span = Date.UTC(2024, 11, 31) - start;
	for (let i = 0; i < count; i++) {
		const number = String(i + 1).padStart(6, '0');
		const day = new Date(start + Math.floor((random() * span) / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
		const paragraphs = Array.from({length: 5}, paragraph);
		const cited = between(1, paragraphs.length);
		const words = paragraphs[cited - 1].split(' ');
		const from = between(0, Math.max(0, words.length - 8));
		const quote = words.slice(from, from + between(5, 10)).join(' ');
		const actors = Array.from({length: between(1, 3)}, person);
		sources.push({id: `source-${number}`, outlet: pick(outlets), headline: sentence(5, 9, false).replace(/\.$/, ''), published: day, paragraphs});
		const roll = random();
		const precision = roll < 0.8 ? 'day' : roll < 0.93 ? 'month' : roll < 0.97 ? 'year' : 'reported';
		const value = precision === 'month' ? day.slice(0, 7) : precision === 'year' ? day.slice(0, 4) : day;
		events.push({
			id: `event-${number}`,
			date: {value, precision},
			headline: sentence(5, 10, false).replace(/\.$/, ''),
			summary: `${sentence(12, 20, false)} ${sentence(10, 18, false)}`,
			actors: [...new Set(actors)],
			tags: [...new Set([pick(tagWords), pick(tagWords)])],
			citations: [{source: `source-${number}`, paragraph: cited, quote}],
		});
	}
	return {
		format: 'sc-timeline/1',
		title: `Generated timeline: ${count} events (seed ${seed})`,
		description: 'Invented events and articles for measuring search and loading at scale. None of it is news.',
		sources,
		events,
	};
}

/** The file's text: one event or source per line, compact enough for 100,000 events and still readable with less. */
export function timelineJson(timeline) {
	return (
		'{' +
		Object.entries(timeline)
			.map(([key, value]) => (Array.isArray(value) ? `${JSON.stringify(key)}:[\n${value.map(item => JSON.stringify(item)).join(',\n')}\n]` : `${JSON.stringify(key)}:${JSON.stringify(value)}`))
			.join(',\n') +
		'}\n'
	);
}

/** Writes a generated timeline of `events` events to `file`, creating its directory. */
export function writeGenerated(file, {events, seed}) {
	const json = timelineJson(generateTimeline({events, seed}));
	mkdirSync(path.dirname(file), {recursive: true});
	writeFileSync(file, json);
	return Buffer.byteLength(json);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const {values} = parseArgs({options: {events: {type: 'string', default: '1000'}, seed: {type: 'string', default: '1'}, out: {type: 'string'}}});
	const events = Number(values.events);
	const seed = Number(values.seed);
	if (!Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
		process.stderr.write('usage: node scripts/generate.mjs --events N --seed S [--out file.json]\n');
		process.exit(2);
	}
	if (values.out) {
		const bytes = writeGenerated(values.out, {events, seed});
		process.stderr.write(`wrote ${values.out}: ${events} events, ${(bytes / 1048576).toFixed(1)} MB\n`);
	} else process.stdout.write(timelineJson(generateTimeline({events, seed})));
}
