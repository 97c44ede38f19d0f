/**
 * General English word lists the rules rely on. Nothing here names a person, place or outlet: these are
 * the words news prose uses to attribute, hedge, title and date, and so they work on articles nobody here
 * has seen.
 */

/** Verbs that introduce speech or a claim, in the forms news prose uses. */
export const SPEECH_VERBS = new Set(
	(
		'said says say saying told tells telling added adds adding insisted insists answered answers ' +
		'predicted predicts announced announces stated states wrote writes asked asks explained explains ' +
		'warned warns argued argues claimed claims confirmed confirms noted notes replied replies ' +
		'responded responds acknowledged acknowledges admitted admits called calls calling described ' +
		'describes dismissed dismisses declared declares promised promises vowed vows urged urges ' +
		'conceded concedes contended contends recalled recalls testified testifies asserted asserts ' +
		'suggested suggests assessed assesses reported reports cautioned cautions complained complains ' +
		'estimated estimates put puts counted counts recorded records listed lists published publishes ' +
		'believes believed expects expected projected projects calculated calculates tallied ' +
		'countered counters continued continues agreed agrees posted tweeted shouted joked ' +
		// Base forms, for plural subjects (“U.S. officials estimate”, “other experts suggest”).
		'say estimate believe report claim count expect suggest insist argue warn predict assess ' +
		'contend agree list cited cites'
	).split(' ')
);

/** Verbs that credit a figure to their subject (a subset of SPEECH_VERBS plus counting verbs). */
export const FIGURE_VERBS = new Set(
	(
		'said says told tells estimated estimates put puts counted counts recorded records listed lists ' +
		'published publishes reported reports announced announces suggested suggests assessed assesses ' +
		'claimed claims believes believed expects expected projected projects calculated calculates ' +
		'tallied confirmed confirms stated states gave gives added adds insisted insists say estimate ' +
		'believe report claim count expect suggest assess'
	).split(' ')
);

/** Words that begin a clause: a speaker's noun phrase never runs across them. */
export const CLAUSE_WORDS = new Set(
	(
		'that which who whom whose when while as because although though if after before since where ' +
		'and but or nor so than until unless whether once despite however then also is are was were be ' +
		'been being has have had do does did will would could should may might can must not this these ' +
		'those it its they their there here what how why to in on at by for from with without about into ' +
		'over under between against during through'
	).split(' ')
);

/** Capitalised words that open sentences but are not names. */
export const FUNCTION_WORDS = new Set(
	(
		'The A An This That These Those However According When While If After Before Because Although ' +
		'Though At In On For But And So Now Thus Still Yet Its His Her Their Our We They He She It I You ' +
		'Many Some Most Other Others Several Few Both Each Every All No Not Asked Speaking Citing Also ' +
		'Hours Days Weeks Months Years Last Next Earlier Later Meanwhile Since Until Despite Then There ' +
		'Here What How Why Who Where Which Even Only Just As Like Unlike Once With Without By From To Of ' +
		'Over Under Among Amid Between During Instead Perhaps Indeed Nobody Somebody Anyone Everyone ' +
		'Local Opposition Foreign Federal National Regional Aid Crew Officials Residents Police'
	).split(' ')
);

/** Titles and job words that stand before a name (`Defense Minister Kim`, `Dr. Venkataraman`). */
export const TITLE_WORDS = new Set(
	(
		'president vice prime minister secretary chairman chairwoman chair chairperson governor senator ' +
		'sen. representative rep. mayor director commander captain capt. general gen. colonel col. ' +
		'lieutenant lt. sergeant sgt. admiral adm. major sheriff judge justice chief dr. prof. professor ' +
		'mr. mrs. ms. mr mrs ms dr prof miss sir dame lord lady king queen prince princess pope bishop rev. ambassador ' +
		'commissioner inspector detective officer deputy spokesman spokeswoman spokesperson leader ' +
		'speaker premier chancellor defense defence health interior finance foreign trade state home ' +
		'justice economy education labor labour transport energy agriculture environment intelligence ' +
		'security'
	).split(' ')
);

/** Honorifics that tell a person's gender. */
export const FEMALE_HONORIFICS = new Set([
	'ms.',
	'mrs.',
	'miss',
	'ms',
	'mrs',
	'dame',
	'lady',
	'madam'
]);
export const MALE_HONORIFICS = new Set(['mr.', 'mr', 'sir', 'lord']);

/** Head nouns of institutions, capitalised in names (`Health Ministry`) or not (`Ukrainian intelligence`). */
export const ORG_WORDS = new Set(
	(
		'agency ministry department office council society network authority authorities police trust ' +
		'observatory university navy army military federation union commission committee service services ' +
		'bureau institute foundation association corporation company group party government court ' +
		'tribunal parliament assembly congress senate administration center centre organization ' +
		'organisation bank fund board analytics inc. ltd corp. forces guard coalition alliance nations ' +
		'intelligence officials media firm charity campaign project programme program team ' +
		'forecasters researchers analysts experts scientists investigators prosecutors diplomats ' +
		'regime cabinet embassy consulate command headquarters coast-guard secretariat directorate ' +
		'corps inspectorate ombudsman watchdog regulator league movement front institute hospital ' +
		'clinic school college academy polytechnic church mosque museum library airport station ' +
		'prison lender insurer bureau desk unit taskforce task-force society chamber cooperative ' +
		'co-operative federation confederation syndicate collective'
	).split(' ')
);

/** Person nouns that make a described speaker (`a police spokesman`, `the governor`). */
export const PERSON_ROLE_WORDS = new Set(
	(
		'spokesman spokeswoman spokesperson director director-general secretary-general chair chairman ' +
		'chairwoman governor sheriff minister secretary president leader head chief commander captain ' +
		'officer official analyst expert researcher scientist teacher schoolteacher nurse driver doctor ' +
		'farmer rancher resident worker owner manager founder member lawmaker senator mayor general ' +
		'ambassador deputy master professor economist lawyer judge spokesperson coordinator editor ' +
		'writer reporter correspondent pilot engineer student mother father son daughter wife husband ' +
		'envoy epidemiologist physician surgeon pharmacist coordinator representative ' +
		'commissioner adviser advisor aide negotiator prosecutor attorney activist organiser ' +
		'organizer volunteer survivor witness neighbour neighbor chairperson president-elect'
	).split(' ')
);

/** Qualifiers of a figure and what they say about its bounds. */
export const HEDGES: ReadonlyArray<{ words: string; bound: 'low' | 'high' | null }> = [
	{ words: 'at least', bound: 'low' },
	{ words: 'more than', bound: 'low' },
	{ words: 'well over', bound: 'low' },
	{ words: 'well above', bound: 'low' },
	{ words: 'just over', bound: 'low' },
	{ words: 'upwards of', bound: 'low' },
	{ words: 'in excess of', bound: 'low' },
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
	{ words: 'an average of', bound: null }
];

export const MONTHS =
	'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** Units after a number that make it a date, an age, a time or a duration rather than an estimate. */
export const NON_ESTIMATE_UNITS = new Set(
	(
		'year years month months week weeks day days hour hours minute minutes second seconds decade ' +
		"decades century centuries a.m. p.m. o’clock o'clock percent-owned year-old years-old " +
		'kilometres kilometers km miles mile metres meters feet foot inches centimetres degrees magnitude'
	).split(' ')
);

/** Words that count things in numbers written out. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};
