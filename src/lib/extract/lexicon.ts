/**
 * General English word lists the rules rely on: the words news prose uses to attribute, hedge, title,
 * describe and date. Nothing here names a person, place or outlet, nor comes from any one article, so the
 * lists work on articles nobody has seen.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that introduce speech or a claim, in the forms news prose uses (present, past, plural). */
export const SPEECH_VERBS = set(`
	saying telling adding calling noting warning arguing insisting claiming estimating explaining stressing
	said says say told tells tell added adds add insisted insists insist answered answers predicted predicts
	announced announces stated states wrote writes asked asks explained explains warned warns warn argued argues
	argue claimed claims claim confirmed confirms confirm noted notes replied replies responded responds
	acknowledged acknowledges admitted admits called calls described describes dismissed dismisses declared
	declares promised promises vowed vows urged urges conceded concedes contended contends contend recalled
	recalls testified testifies asserted asserts suggested suggests suggest cautioned cautions complained
	complains countered counters agreed agrees agree posted tweeted shouted joked insisted
	estimated estimates estimate reported reports report believes believed believe expects expected expect
	projected projects calculated calculates counted counts count recorded records listed lists published
	publishes put puts tallied cited cites alleged alleges allege disputed disputes stressed stresses
	emphasised emphasized reckons reckoned concluded concludes found finds told interrupted interjected
	whispered shrugged laughed
`);

/** Speech verbs that also serve as nouns (“the estimate was”, “a report from”). */
export const NOUN_FORMS = set(`
	estimate estimates report reports claim claims count counts call calls note notes record records list
	lists warning warnings count finds found put
`);

/** Verbs that credit a figure to their subject even without a that-clause (“the agency counted 212”). */
export const FIGURE_VERBS = set(`
	estimated estimates estimate counted counts count recorded records listed lists published publishes put puts
	tallied reported reports report calculated calculates projected projects expects expected found finds
	registered registers logged logs confirmed confirms gave gives puts
`);

/** Verbs of claiming that attribute only with a that-clause (“maintains that …”, not “maintains roads”). */
export const THAT_VERBS = set(
	'maintains maintained holds held insists insisted contends contended believes'
);

/** Words between a subject and its verb that change nothing about who speaks (“also said”, “has said”). */
export const VERB_LEAD = set(`
	also later then again has had have previously recently earlier once simply only just repeatedly publicly
	privately flatly bluntly firmly quickly never would will could may might did does do is was were are not
	already now reportedly separately herself himself itself themselves still further initially originally
	first last told
`);

/** Passive past participles after which “by X” names who produced a figure (“published by the agency”). */
export const BY_VERBS = set(`
	published released compiled issued given reported provided produced collected estimated counted recorded
	calculated commissioned prepared gathered announced cited quoted made analyzed analysed conducted run
	carried modelled modeled
`);

/** Nouns that stand for a figure a source produced (“the ministry’s figure”, “its count”). */
export const FIGURE_NOUNS = set(`
	figure figures estimate estimates count counts tally number numbers total data statistics records record
	reckoning calculation calculations survey surveys analysis model models projection projections census
	toll assessment report reports study studies findings claim claims
`);

/** Function words that can open a sentence capitalised without being a name. */
export const FUNCTION_WORDS = set(`
	The A An This That These Those However According When While If After Before Because Although Though At In On
	For But And So Now Thus Still Yet Its His Her Their Our We They He She It I You My Your Many Some Most Other
	Others Several Few Both Each Every All No Not Asked Speaking Citing Also Last Next Earlier Later Meanwhile
	Since Until Despite Then There Here What How Why Who Where Which Even Only Just As Like Unlike Once With
	Without By From To Of Over Under Among Amid Between During Instead Perhaps Indeed Nobody Somebody Anyone
	Everyone Such Whether Yes Or Nor Nearly About Around Roughly Almost Another One Two Three Four Five Six Seven
	Eight Nine Ten Hundreds Thousands Dozens Millions
`);

/** Titles and honorifics that stand before a name, with what abbreviated ones stand for. */
export const TITLES: ReadonlyMap<string, string> = new Map(
	(
		'mr:mr mr.:mr mrs:mrs mrs.:mrs ms:ms ms.:ms miss:miss mx:mx dr:doctor dr.:doctor prof:professor cr:councillor ' +
		'prof.:professor professor:professor sir:sir dame:dame lord:lord lady:lady cllr:councillor ' +
		'councillor:councillor councilman:councilman councilwoman:councilwoman sen.:senator senator:senator ' +
		'rep.:representative representative:representative gov.:governor governor:governor mayor:mayor ' +
		'president:president minister:minister secretary:secretary chancellor:chancellor premier:premier ' +
		'judge:judge justice:justice sheriff:sheriff inspector:inspector insp.:inspector detective:detective ' +
		'det.:detective supt:superintendent supt.:superintendent superintendent:superintendent ' +
		'commissioner:commissioner commander:commander cmdr.:commander captain:captain capt.:captain ' +
		'general:general gen.:general colonel:colonel col.:colonel lieutenant:lieutenant lt.:lieutenant ' +
		'lt:lieutenant major:major maj.:major sergeant:sergeant sgt.:sergeant admiral:admiral adm.:admiral ' +
		'chief:chief director:director chairman:chairman chairwoman:chairwoman chair:chair ' +
		'ambassador:ambassador bishop:bishop rev.:reverend reverend:reverend father:father pope:pope ' +
		'king:king queen:queen prince:prince princess:princess speaker:speaker deputy:deputy ' +
		'officer:officer constable:constable pc:constable coach:coach collector:collector controller:controller'
	)
		.split(' ')
		.map((pair) => pair.split(':') as [string, string])
);

/** Words that qualify a title (“Prime Minister”, “Defense Secretary”, “Vice President”). */
export const TITLE_MODIFIERS = set(`
	prime vice deputy acting interim former assistant associate senior chief state foreign home interior
	finance health defense defence justice trade education labor labour transport energy agriculture
	environment economy economic housing police fire attorney solicitor surgeon press executive managing
	general lord first district divisional regional rear
`);

/** Forms of address that say nothing of what someone does: never a role (“Dr Lee” is no doctor's role). */
export const COURTESY_TITLES = set(
	'mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame lord lady madam rev rev. reverend fr fr.'
);

/** Honorifics that tell a person's gender. */
export const FEMALE_HONORIFICS = set('ms ms. mrs mrs. miss dame lady madam');
export const MALE_HONORIFICS = set('mr mr. sir lord');

/** Nouns for people that say their gender. */
export const FEMALE_NOUNS = set(`
	woman women wife mother daughter sister grandmother widow spokeswoman chairwoman businesswoman
	councilwoman congresswoman girl aunt niece
`);
export const MALE_NOUNS = set(`
	man men husband father son brother grandfather widower spokesman chairman businessman councilman
	congressman boy uncle nephew
`);

/** Head nouns of institutions, capitalised in names (`Health Ministry`) or not (`the agency`). */
export const ORG_WORDS = set(`
	agency ministry department office council society network authority authorities police trust observatory
	university navy army military federation union unions commission committee service services bureau
	institute foundation association corporation company group party government court tribunal parliament
	assembly congress senate administration center centre organization organisation bank fund board analytics
	inc inc. ltd ltd. corp corp. plc llc forces guard coalition alliance nations intelligence firm charity
	campaign project programme program team regime cabinet embassy consulate command headquarters secretariat
	directorate corps inspectorate ombudsman watchdog regulator league movement front hospital clinic school
	college academy polytechnic church museum library airport prison lender insurer insurers unit taskforce
	chamber cooperative co-operative confederation syndicate collective district division branch caucus
	newspaper agency airline carrier operator exchange registry lab laboratory laboratories partnership
	consortium utility network station ministry's mission observatory monitor force
`);

/** Organisation words that can stand for “a business” (“the company” can be “Velden Group”). */
export const COMPANY_WORDS = set(`
	company firm business group corporation operator carrier maker manufacturer retailer insurer lender inc
	ltd corp plc llc airline utility shipping airlines airways energy holdings partners insurance mutual foods
	motors systems technologies capital media labs logistics pharmaceuticals bank developer builder
	contractor owner
`);

/** Person nouns that make a described speaker (`a police spokesman`, `the governor`). */
export const PERSON_ROLE_WORDS = set(`
	spokesman spokeswoman spokesperson director director-general secretary-general chair chairman chairwoman
	chairperson governor sheriff minister secretary president leader head chief commander captain officer
	official analyst expert researcher scientist teacher nurse driver doctor farmer rancher resident worker
	owner manager founder member lawmaker senator mayor general ambassador deputy professor economist lawyer
	judge coordinator editor writer reporter correspondent pilot engineer student mother father son daughter
	wife husband envoy epidemiologist physician surgeon pharmacist representative commissioner adviser advisor
	aide negotiator prosecutor attorney activist organiser organizer volunteer survivor witness neighbour
	neighbor councillor councilman councilwoman inspector detective superintendent auditor statistician
	biologist ecologist historian sociologist psychologist criminologist demographer meteorologist
	seismologist geologist economist accountant consultant executive boss cfo ceo coo president-elect
	superintendent principal headteacher trustee campaigner protester demonstrator marcher organiser
	fisherman fishermen farmers parent mentor clinician midwife paramedic firefighter ranger warden guard
	medic colonel lieutenant sergeant admiral constable magistrate coroner registrar treasurer clerk
	speaker candidate voter observer monitor diplomat vicar priest imam rabbi bishop pastor
	man woman person shopkeeper owner-operator skipper captain crew chef baker shopkeeper
	officials experts analysts researchers scientists residents workers members activists campaigners
	protesters observers monitors diplomats investigators prosecutors doctors nurses teachers parents
	leaders executives people sources source
`);

/** Plurals that are more often verbs (“she heads the agency”, “who chairs it”). */
const VERB_PLURALS = set('heads chairs guards boss bosses');

/** Role nouns in the plural: a loose group of people, rarely one identifiable source. */
export const GROUP_WORDS: ReadonlySet<string> = new Set([
	...set(`
	officials experts analysts researchers scientists residents workers members activists campaigners
	protesters observers monitors diplomats investigators prosecutors doctors nurses teachers parents leaders
	executives people sources authorities ministers critics supporters opponents organisers organizers
	economists lawyers farmers ranchers witnesses survivors
`),
	// Any person noun in the plural: “engineers”, “firefighters”, “fishermen”.
	...[...PERSON_ROLE_WORDS]
		.filter((w) => /^[a-z]+$/.test(w) && !/(?:s|sh|ch|x|y)$/.test(w))
		.map((w) => (w.endsWith('man') ? `${w.slice(0, -3)}men` : `${w}s`))
		.filter((w) => !VERB_PLURALS.has(w))
]);

/** Final words that make a capitalised name a place (`Liberty Square`, `Tarrow County`). */
export const PLACE_WORDS = set(`
	street st avenue ave road rd square lane boulevard drive way place park bridge river bay lake sea ocean
	island islands mountain mountains hill hills valley county province region state city town village
	district coast beach harbour harbor port canal gulf strait peninsula plain plateau desert forest
	reef point cape heights falls creek springs station expressway freeway highway motorway parkway turnpike
	tunnel bypass terrace pier wharf quay dam reservoir plaza oval showground showgrounds
`);

/** First words that make an untitled two-word name a place rather than a person (`South Korea`). */
export const PLACE_STARTS = set(
	'north south east west northern southern eastern western new upper lower central saint san santa los las el port mount lake fort greater'
);

/** Pronouns a speaker can be referred to by, with the gender and number they imply. */
export const PRONOUNS: ReadonlyMap<string, { gender: 'f' | 'm' | null; plural: boolean }> = new Map(
	[
		['he', { gender: 'm', plural: false }],
		['she', { gender: 'f', plural: false }],
		['they', { gender: null, plural: true }],
		['it', { gender: null, plural: false }]
	]
);

/** Words that begin a clause: a speaker's noun phrase never runs across them. */
export const CLAUSE_WORDS = set(`
	that which who whom whose when while as because although though if after before since where and but or nor
	so than until unless whether once despite however then also is are was were be been being has have had do
	does did will would could should may might can must not this these those it its they their there here what
	how why to in on at by for from with without about into over under between against during through
`);

/** Determiners and possessives that open a description (`the agency`, `its director`). */
export const DETERMINERS = set('the a an its his her their our this that these those one another');

/** Qualifiers of a figure and what they say about its bounds. */
export const HEDGES: ReadonlyArray<{ words: string; bound: 'low' | 'high' | null }> = [
	{ words: 'at least', bound: 'low' },
	{ words: 'more than', bound: 'low' },
	{ words: 'well over', bound: 'low' },
	{ words: 'well above', bound: 'low' },
	{ words: 'just over', bound: 'low' },
	{ words: 'upwards of', bound: 'low' },
	{ words: 'in excess of', bound: 'low' },
	{ words: 'north of', bound: 'low' },
	{ words: 'over', bound: 'low' },
	{ words: 'no fewer than', bound: 'low' },
	{ words: 'no less than', bound: 'low' },
	{ words: 'a minimum of', bound: 'low' },
	{ words: 'fewer than', bound: 'high' },
	{ words: 'less than', bound: 'high' },
	{ words: 'no more than', bound: 'high' },
	{ words: 'just under', bound: 'high' },
	{ words: 'under', bound: 'high' },
	{ words: 'up to', bound: 'high' },
	{ words: 'as many as', bound: 'high' },
	{ words: 'as much as', bound: 'high' },
	{ words: 'as high as', bound: 'high' },
	{ words: 'nearly', bound: 'high' },
	{ words: 'almost', bound: 'high' },
	{ words: 'a maximum of', bound: 'high' },
	{ words: 'about', bound: null },
	{ words: 'roughly', bound: null },
	{ words: 'around', bound: null },
	{ words: 'approximately', bound: null },
	{ words: 'an estimated', bound: null },
	{ words: 'some', bound: null },
	{ words: 'closer to', bound: null },
	{ words: 'close to', bound: null },
	{ words: 'an average of', bound: null },
	{ words: 'only', bound: null }
];

export const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Names of months and days: capitalised, but never a source. */
export const TIME_NAMES = new Set([
	...`${MONTHS}|${WEEKDAYS}`
		.replace(/\\/g, '')
		.split('|')
		.map((w) => w.toLowerCase()),
	...'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(
		' '
	)
]);

/** Units after a number that make it a date, an age, a time or a duration rather than an estimate. */
export const NON_ESTIMATE_UNITS = set(`
	year years month months week weeks day days hour hours minute minutes second seconds decade decades century
	centuries a.m. p.m. am pm o’clock o'clock percent-owned year-old years-old kilometres kilometers km miles mile
	metres meters feet foot inches centimetres degrees magnitude nights night times summers winters autumns
	target targets goal goals threshold
`);

/** Words that count things in numbers written out. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	// Indian English: a lakh is 100,000, a crore ten million (“6 lakh people”, “Rs 2.8 crore”).
	lakh: 1e5,
	crore: 1e7
};
