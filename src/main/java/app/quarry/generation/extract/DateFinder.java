package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Finds dates, durations and times. Absolute dates ("April 1, 2018", "2018-09-10", "1
 * April 2018") are taken as written; partial ones ("Sept. 7", "in June") get their year
 * from "of that year" (the last year named), from a year named in the same sentence (or
 * the previous one when the document has no date), or from the reference date and the
 * sentence's tense (past: the last such date on or before it; future: the next). Relative
 * expressions ("yesterday", "Sunday", "last week") are resolved against the reference
 * date; a week is given as a range Monday/Sunday. "between April 2018 and August 2019"
 * gives two dates. Expressions that cannot be placed keep a null value.
 */
public final class DateFinder implements FactFinder {

	static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
			+ "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

	private static final String FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

	private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	/**
	 * How far before the date line the last year named must lie for the text to be a
	 * history rather than news looking back.
	 */
	private static final int NARRATIVE_YEARS = 50;

	/** A value that names a month (or a day): "2009-12", "2009-12-01", not a range. */
	private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?$");

	/** A day of the month: 1 to 31, never the start of a longer number. */
	private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)";

	private static final String THAT_YEAR = "\\s+of\\s+(?:that|the same|next|last|this|the following|the previous)\\s+year";

	/**
	 * A unit of time, its plural, or the singular before a hyphen ("a several-year
	 * tenure").
	 */
	private static final String VAGUE_UNIT = "(?:minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?\\b";

	private static final String SMALL_NUMBER = "\\d{1,3}|(?i:an?)|" + NumberWords.CARDINAL_REGEX
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten)";

	/**
	 * A modifier kept in a date's words without changing its value ("early December",
	 * "mid-2011", "the end of last year"), or the half of a year that does change it.
	 */
	private static final String MODIFIER = "(?:(?<mod>(?:[Tt]he\\s+)?(?:(?:very\\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)"
			+ "|(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Cc]lose)\\s+of\\s+))"
			+ "|(?<half>(?:[Tt]he\\s+)?(?:first|second)\\s+half\\s+of\\s+))?";

	private static final Pattern DATES = Pattern.compile((MODIFIER + "(?:" + String.join("|",
			"\\b(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})\\b(?!-\\d)",
			// a time of day on a clock: "10:35 a.m.", "5 p.m. EST", "16:08 UTC", "0800
			// GMT"
			"\\b(?<clk>(?<ch>1[0-2]|0?\\d)(?::(?<cm>[0-5]\\d))?\\s*(?<cap>[ap]\\.m\\b\\.?|[ap]m\\b)(?:\\s+[ECMP][SD]T\\b)?"
					+ "|(?<ch2>[01]\\d|2[0-3]):?(?<cm2>[0-5]\\d)\\s*(?<cz>UTC|GMT)\\b)",
			"\\b(?<rm>" + MONTH + ")\\s+(?<rd1>" + DAY + ")\\s*[–—-]\\s*(?<rd2>" + DAY
					+ ")(?:\\s*,\\s*(?<ry>\\d{4})\\b|(?<rthat>" + THAT_YEAR + "))?",
			"\\b(?<mm>" + MONTH + ")\\s+(?<md>" + DAY
					+ ")(?:\\s*(?:st|nd|rd|th)\\b)?(?!:)(?:\\s*,\\s*(?<my>\\d{4})\\b|(?<mthat>" + THAT_YEAR + "))?",
			// a day and month never across a line: "aged 26" ending a title is not the
			// day of the date line under it
			// "20/21 July 356 BC": a day the sources disagree on is a range of the two;
			// a year with its era, or one just after a parenthesis ("(15 March), 44 BC"),
			// is the day's year
			"\\b(?:(?<dd0>" + DAY + ")/)?(?<dd>" + DAY + ")(?:st|nd|rd|th)?[ \\t\\u00a0]+(?<dm>" + MONTH
					+ ")(?:[ \\t\\u00a0]+(?<dyb>\\d{1,4})\\s*(?<dyera>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)|,?\\s+(?<dy>\\d{4})\\b"
					+ "|\\b(?=\\),?\\s+(?:(?<dyb2>\\d{1,4})\\s*(?<dyera2>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)|(?<dy2>\\d{4})\\b)))?\\b",
			"\\b(?<ym>" + MONTH + ")\\s+(?:of\\s+)?(?<yy>\\d{4})\\b",
			"(?<sn>(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\\s+(?:coming|past|following))\\s+)?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
					+ "(?:\\s+(?:of\\s+)?(?<sy>\\d{4})\\b|\\b)",
			"(?:[Tt]he\\s+)?(?:(?<qpy>\\d{4})\\s+|(?<qpr>[Tt]his|[Ll]ast|[Nn]ext)\\s+year['’]s\\s+|(?<qago>year-ago|year-earlier)\\s+)?(?:fiscal\\s+)?(?<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|1st|2nd|3rd|4th)(?:\\s+|-)(?:fiscal\\s+)?quarter"
					+ "(?:\\s+of\\s+(?:(?<qy>\\d{4})|(?<qrel>this|last|next)\\s+year)|\\s+(?<qy2>\\d{4}))?\\b",
			"(?<qa>[Tt]he\\s+(?:(?<qaw>latest|last|most\\s+recent|recent|current|same|year-ago|year-earlier|previous|comparable)\\s+)?(?:fiscal\\s+)?quarter)\\b(?![-\\s]+(?:of|point|century|mile|inch|hour)\\b|-)",
			// in a quarterly report: "the latest period", "the year-earlier period",
			// "year-ago results"
			"(?<qp>(?:[Tt]he\\s+)?(?:comparable\\s+)?(?<qpw>[Ll]atest|[Yy]ear-ago|[Yy]ear-earlier|(?<=[Tt]he\\s)(?<qpy4>(?:19|20)\\d\\d)(?=\\s+(?:period|quarter)\\b))(?:\\s+(?:period|quarter)\\b|(?=\\s+(?:results|profit|net|earnings|loss|sales|revenue|levels?)\\b)))",
			"(?:[Tt]he\\s+)?(?<dec>1\\d\\d0|20\\d0)['’]?s\\b",
			// "by 258, he was consul": a year of three digits, read only in a history of
			// the first millennium
			"(?<=\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil)\\s)(?<y3>[1-9]\\d{2})\\b(?=\\s*[,;)]|\\s*\\.(?!\\d))",
			// "the 190s": a decade of the first millennium needs its article
			"[Tt]he\\s+(?<dec3>[1-9]\\d0)s\\b",
			// "(c. 220 – 267)": a life span of years written without their thousands
			"\\b(?:c|ca)\\.\\s*(?<ca>\\d{3,4})\\s*[–-]\\s*(?<ca2>\\d{3,4})\\b(?![-–/.,]\\d)",
			"(?<hol>Christmas\\s+(?:Day|Eve)|New\\s+Year['’]s\\s+(?:Day|Eve)|Boxing\\s+Day|Halloween)(?:,?\\s+(?<holy>\\d{4})\\b)?",
			"(?:[Tt]he\\s+)?(?<cen>\\d{1,2}(?:st|nd|rd|th)|" + NumberWords.ORDINAL_REGEX
					+ ")[\\s-]+century(?:\\s+(?<cera>BCE?|B\\.C\\.))?\\b",
			"\\b(?<bc>\\d{1,4})\\s*(?<era>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)",
			"\\b(?:AD|A\\.D\\.)\\s+(?<ad>\\d{1,4})\\b",
			"(?<omrel>(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|and|[Tt]he|[Ee]nd of|[Ss]tart of|[Bb]eginning of)\\s{1,3}|mid-)(?<!(?:Ides|Nones|Kalends) of )(?<om>"
					+ FULL_MONTH + ")\\b(?!\\s+\\d)(?<omthat>" + THAT_YEAR + ")?",
			"(?<fy>(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s+|FY\\s?)(?<fyy>\\d{4}))\\b", "\\b(?<yth>(?:that|the same) year)\\b",
			// a year said in words, as a broadcast transcript writes it
			"(?<spy>(?<spc>[Nn]ineteen|[Ee]ighteen)\\s+(?<spr>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
					+ "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
					+ "|sixteen|seventeen|eighteen|nineteen)|(?<=[Tt]he\\s{1,3}year\\s)two\\s+thousand)\\b(?![\\s-]+(?:dollars|people|years|times|miles)\\b)",
			// "the fiscal year ended Sept. 30": a year's length, placed by its last day
			"(?<ye>(?:[Tt]he\\s+)?(?:fiscal\\s+)?year)(?=\\s+(?:ended|ending)\\b)",
			// the year or the day a report is about: "for the full year", "by year-end",
			// "to end the day"
			"(?<rp>(?:[Tt]he\\s+(?:full\\s+|fiscal\\s+|current\\s+fiscal\\s+)?(?<rpu>year|day)|year[-\\s]end|year['’]s\\s+end)\\b"
					+ "(?![-\\s]+(?:(?:ended|ending|before|after|earlier|later|ago|of|when|that|in\\s+which|on\\s+which|two"
					+ "|the|an?|he|she|it|they|we|I|you|his|her|its|their|this|these|those)\\b|\\d|[A-Z])|-))",
			"\\b(?<!\\d[.,])(?<yr>(?:[Tt]he year\\s+)?(?:1[0-9]|20)\\d\\d)(?:\\s*[–/-]\\s*(?<yr2>\\d{2}|\\d{4}))?\\b(?!-\\d|/\\d|[.,]\\d|\\s*(?:years?|people|km|miles|dollars|won|yen|%|percent|troops|soldiers|BC|AD|B\\.C\\.|A\\.D\\.)\\b)",
			"(?<an>(?:[Tt]he\\s+)(?<anw>following|next|previous|same)\\s+(?<anu>day|week|month|year)\\b"
					+ "|[Tt]he\\s+day\\s+(?<and1>before|after)\\b" + "|(?<ann>" + SMALL_NUMBER
					+ ")\\s+(?<anu2>days?|weeks?|months?|years?)\\s+(?<and2>later|afterwards?|earlier|before(?=\\s+the\\b)|after(?=\\s+the\\b)))",
			"(?<set>(?:[Ee]very|[Ee]ach)\\s+(?<setu>day|week|month|quarter|year|hour|" + WEEKDAY + "|" + FULL_MONTH
					+ ")\\b|(?<![Aa]verage\\s)(?<seta>daily|weekly|monthly|annually|yearly|hourly|nightly)\\b)",
			// "several years", "the past few weeks", "recent months", "for decades": a
			// length of time whose count the text does not give
			"(?<vd>(?:(?:[Tt]he\\s+)?(?:past|last|next|coming|first)\\s+)?(?:[Ss]everal|(?:[Aa]\\s+)?[Ff]ew)[\\s-]+"
					+ VAGUE_UNIT + "(?!\\s+ago\\b)|(?:[Rr]ecent|(?:[Tt]he\\s+)?[Cc]oming)\\s+" + VAGUE_UNIT
					+ "|(?<=\\b(?:[Ff]or|[Ii]n|[Oo]ver|[Ww]ithin)\\s)(?:the\\s+(?=years))?" + VAGUE_UNIT
					+ "(?<=s)(?!\\s+(?:of|ago|old|later|earlier|before|after|since)\\b|-))",
			// a time placed only as past, present or future
			"(?<vague>(?i:now|currently|nowadays|presently|these\\s+days)\\b|(?:[Mm]ore\\s+)?[Rr]ecently\\b"
					+ "|[Rr]ecent\\b(?![\\s-]+" + VAGUE_UNIT
					+ ")|[Cc]urrent\\b(?!\\s+(?:account|assets|liabilities)\\b)"
					+ "|(?:[Ss]everal|[Aa]\\s+few|[Mm]any)\\s+(?:days|weeks|months|years|decades)\\s+ago\\b"
					+ "|[Tt]he\\s+(?:near|distant)\\s+future\\b|[Tt]he\\s+(?:present|past|future)\\b(?![-\\s]+(?:\\d|\\p{L}+[-\\s]+(?:days?|weeks?|months?|years?|decades?|quarters?)\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|decades?\\b|quarters?\\b|century\\b|\\p{L}+\\s+of\\b)))",
			"\\b(?<rel>(?i:yesterday|today|tomorrow|tonight)|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening)"
					+ "|(?:[Ee]arlier|[Ll]ater)\\s+(?:today|this\\s+(?:week|month|year))|[Tt]he\\s+current\\s+(?:fiscal\\s+)?year"
					+ "|(?<=\\b(?:[Oo]ver|[Oo]n|[Dd]uring|[Tt]hrough|[Ff]or|[Aa]t|[Bb]y|[Oo]f)\\s)[Tt]he\\s+weekend"
					+ "|(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\\s+past|[Tt]he\\s+coming)\\s+(?:week(?:end)?|month|year|"
					+ WEEKDAY + ")|" + WEEKDAY + ")\\b",
			"\\b(?<agon>" + SMALL_NUMBER + ")\\s+(?<agou>days?|weeks?|months?|years?)\\s+ago\\b",
			"\\b(?<dn>\\d{1,3}(?:,\\d{3})*(?<dnh>\\s+1/2)?|an?|" + NumberWords.CARDINAL_REGEX
					+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?:\\s+(?:more|full|additional|whole))?[\\s-]+(?<du>days?|weeks?|months?|years?|decades?|hours?|minutes?)\\b(?!\\s+old|-old|-ago|-earlier|\\s+ago|\\s+(?:later|afterwards?|earlier))")
			+ ")"));

	/** A length of time alone, for words that looked like a date counted from another. */
	private static final Pattern DURATION = Pattern.compile(("(?<dn>\\d{1,3}(?:,\\d{3})*|(?i:an?)|"
			+ NumberWords.CARDINAL_REGEX
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))[\\s-]+(?<du>days?|weeks?|months?|years?|decades?)\\b"));

	private static final Pattern TIME_AFTER = Pattern.compile(
			"(?:\\s*,)?\\s+(?:at\\s+)?(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?:\\s*,)?\\s+(?:at\\s+)?(?<h2>\\d{1,2}):(?<mi2>\\d{2})\\b");

	private static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will|shall|might|would|could|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to"
					+ "|plans? to|is to|are to|upcoming|forthcoming|next|to be released|is due|are due"
					+ "|payable|of record|effective|expires?|due|scheduled for|expects?|extended (?:to|until|through))\\b");

	/**
	 * Words before an -ed form that make it no past: a passive in the present or future
	 * ("is expected", "will be paid") or an adjective ("the reduced dividend").
	 */
	private static final Pattern NOT_PAST_BEFORE = Pattern
		.compile("\\b(?:is|are|be|being|the|a|an|its|their)\\s+(?:not\\s+)?$");

	/** A verb in the past: an -ed form or a common irregular one. */
	private static final Pattern PAST = Pattern.compile(
			"\\b(?:(?!(?:succe|proce|exce|ne|fe|spe|inde|bre|ble|se|he|hundr|sacr|nak|wick|kindr|bas|ag)ed\\b)[a-z]{3,}ed|was|were|had|did|said|told|met|held|made|took|came|went"
					+ "|gave|began|fell|rose|won|lost|sold|saw|left|became|bought|paid|spent|sent|wrote|got|hit|cut|put|struck|grew"
					+ "|ran|led|fought|brought|thought|found|kept|spoke|broke|chose|drove|flew|knew|shut|slid|sank|stood|won|unveiled)\\b");

	/**
	 * Words opening a clause whose past verb follows a future one: "would be paid when
	 * the markets opened" still speaks of the future.
	 */
	private static final Pattern SUBORDINATE = Pattern.compile("\\b(?:when|once|if|until|after|before|as soon as)\\b");

	private static final Pattern PAST_AUXILIARY = Pattern.compile("\\b(?:was|were|had)\\b");

	private static final Pattern UNTIL = Pattern.compile("\\b(?:until|till)\\s+(?:at\\s+least\\s+)?$");

	/**
	 * Words of a quarter counted back from another: "a year ago", "the year-earlier
	 * period".
	 */
	private static final Pattern COUNTED_BACK = Pattern.compile("(?i)\\b(?:ago|earlier|previous|last year)\\b");

	/** A part of the day after a day: "Friday morning", "yesterday afternoon". */
	private static final Pattern PART_OF_DAY = Pattern.compile("\\s+(morning|afternoon|evening|night)\\b");

	private static final Pattern WEEKDAY_ONLY = Pattern.compile(WEEKDAY);

	/** What may stand between a weekday and its date: "Monday, Oct. 26". */
	private static final Pattern WEEKDAY_GAP = Pattern.compile(",?[ \\t\\u00a0]{1,2}");

	/** What may stand between a clock time and its day: "10 p.m. on Wednesday". */
	private static final Pattern TIME_DAY_GAP = Pattern.compile(",?\\s+(?:on\\s+)?");

	/** A calendar quarter's range: "2009-07/2009-09". */
	private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-(?:01|04|07|10)/\\d{4}-(?:03|06|09|12)");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern ENDS_IN_YEAR = Pattern.compile(".*\\d{4}");

	/** Words after which "today" speaks of the day a document was written, as it says. */
	private static final Pattern WRITER_DAY = Pattern.compile("(?i)\\b(?:yesterday|tomorrow|last night)\\b");

	/**
	 * The words that may follow the commonest triggers in a date: "the" begins one only
	 * before "year", "past", "first", a number..., "a" only before a unit or "few".
	 * Trying the whole alternation after every "the" was most of the finder's time.
	 */
	private static final Map<String, Set<String>> NEXT_WORDS = nextWords();

	/** Words that may begin a date or duration (besides digits). */
	private static final Set<String> TRIGGERS = triggers();

	@Override
	public List<Fact> find(DocumentText document, ExtractionContext context) {
		return LastResult.of(this, document, context, () -> List.copyOf(new Run(document, context).all()));
	}

	private static Map<String, Set<String>> nextWords() {
		Set<String> afterThe = new HashSet<>(
				List.of("very", "early", "late", "weekend", "mid", "end", "start", "beginning", "middle", "close",
						"first", "second", "third", "fourth", "coming", "past", "following", "this", "last", "next",
						"year", "fiscal", "latest", "most", "recent", "current", "same", "previous", "comparable",
						"quarter", "final", "full", "day", "near", "distant", "present", "future", "years", DIGIT));
		afterThe.addAll(List.of(NumberWords.ORDINAL_REGEX.split("[^a-z]+")));
		Set<String> afterA = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
				"decades", "hour", "hours", "minute", "minutes", "few", "more", "full", "additional", "whole",
				"hundred", "thousand", "dozen");
		return Map.of("the", Set.copyOf(afterThe), "a", afterA, "an", afterA, "that", Set.of("year"));
	}

	/** Stands for any word that begins with a digit among the words that may follow. */
	private static final String DIGIT = "0";

	/**
	 * Whether a date may begin at a trigger word, by the word after it (see
	 * {@link #NEXT_WORDS}); true for a trigger without such a list.
	 */
	static boolean mayStart(String text, int at) {
		int n = text.length();
		int i = at;
		while (i < n && Character.isLetter(text.charAt(i))) {
			i++;
		}
		Set<String> next = NEXT_WORDS.get(text.substring(at, i).toLowerCase(Locale.ROOT));
		if (next == null) {
			return true;
		}
		while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
			i++;
		}
		if (i >= n) {
			return false;
		}
		if (Character.isDigit(text.charAt(i))) {
			return next.contains(DIGIT);
		}
		int from = i;
		while (i < n && Character.isLetter(text.charAt(i))) {
			i++;
		}
		return i > from && next.contains(text.substring(from, i).toLowerCase(Locale.ROOT));
	}

	private static Set<String> triggers() {
		Set<String> words = new HashSet<>();
		for (String w : (MONTH + "|" + WEEKDAY).replace("\\.", "").split("\\|")) {
			words.add(w);
		}
		for (String w : List.of("yesterday", "today", "tomorrow", "tonight", "earlier", "later", "last", "next", "this",
				"the", "that", "year", "latest", "nineteen", "eighteen", "two", "comparable", "a", "an", "one", "two",
				"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
				"fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
				"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "early", "late", "mid",
				"first", "second", "third", "fourth", "final", "fiscal", "now", "currently", "nowadays", "presently",
				"spring", "summer", "autumn", "fall", "winter", "AD", "A", "FY", "c", "ca", "christmas", "new",
				"boxing", "halloween", "every", "each", "daily", "weekly", "monthly", "annually", "yearly", "hourly",
				"nightly", "several", "few", "recent", "recently", "more", "coming", "current", "these", "many",
				"minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries")) {
			words.add(w);
			words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
		}
		return Set.copyOf(words);
	}

	/** The state of one pass over a document: the year in focus and the reference. */
	private static final class Run {

		private final DocumentText doc;

		private final LocalDate ref;

		private final YearMonth refMonth;

		private Integer focusYear;

		private int focusSentence = -10;

		/** The month of the last date that named one, and its sentence. */
		private YearMonth lastMonth;

		private int lastMonthSentence = -10;

		/** Where words already read as part of the last date end, beyond its own span. */
		private int claimedTo = -1;

		/** The latest year the text has named so far. */
		private int latestYear = Integer.MIN_VALUE;

		private final List<Fact> facts = new ArrayList<>();

		Run(DocumentText doc, ExtractionContext context) {
			this.doc = doc;
			this.ref = context == null ? null : context.referenceDate();
			YearMonth month = null;
			if (this.ref != null) {
				month = YearMonth.from(this.ref);
			}
			else if (context != null && context.published() != null && context.published().length() >= 7) {
				month = YearMonth.parse(context.published().substring(0, 7));
			}
			this.refMonth = month;
		}

		List<Fact> all() {
			String clean = this.doc.cleanText();
			Matcher m = DATES.matcher(clean).useTransparentBounds(true).useAnchoringBounds(false);
			int[] done = { 0 };
			WordStarts.forEach(clean, TRIGGERS, (at) -> {
				if (at < done[0] || !mayStart(clean, at)) {
					return;
				}
				m.region(at, clean.length());
				if (!m.lookingAt()) {
					return;
				}
				if (at > 0 && (clean.charAt(at - 1) == '-' || Character.isLetterOrDigit(clean.charAt(at - 1)))
						&& m.group("om") == null) {
					return;
				}
				this.claimedTo = -1;
				Fact fact = fact(m, clean);
				if (fact == null && m.group("an") != null) {
					// "a month after the summit" with no date to count from: a length of
					// time
					Matcher d = DURATION.matcher(clean).region(at, clean.length());
					if (d.lookingAt()) {
						Long n = NumberWords.cardinal(d.group("dn"));
						fact = n == null ? null
								: new DurationFact(text(at, d.end()), at, d.end(), Durations.iso(n, d.group("du")));
					}
				}
				if (fact != null) {
					done[0] = Math.max(fact.end(), this.claimedTo);
					this.facts.add(fact);
				}
			});
			weekdaysWithTheirDate();
			resolveQuotedRelatives();
			resolveTodayToTheNewsDay();
			timesOfDay();
			return this.facts;
		}

		/**
		 * "Monday, Oct. 26" is one date, the one its calendar words give: the weekday is
		 * not counted from the reference day on its own.
		 */
		private void weekdaysWithTheirDate() {
			String clean = this.doc.cleanText();
			for (int i = this.facts.size() - 2; i >= 0; i--) {
				if (this.facts.get(i) instanceof DateFact day && day.relative()
						&& WEEKDAY_ONLY.matcher(day.text()).matches() && this.facts.get(i + 1) instanceof DateFact date
						&& !date.relative() && date.value() != null && date.value().length() == 10
						&& WEEKDAY_GAP.matcher(clean.substring(day.end(), date.start())).matches()) {
					this.facts.set(i,
							new DateFact(text(day.start(), date.end()), day.start(), date.end(), date.value(), false));
					this.facts.remove(i + 1);
				}
			}
		}

		/**
		 * A relative expression inside a quotation speaks from the day the words were
		 * said: "handed at the border yesterday," Trump said on Sept. 7 is Sept. 6.
		 */
		private void resolveQuotedRelatives() {
			for (int i = 0; i < this.facts.size(); i++) {
				if (!(this.facts.get(i) instanceof DateFact d) || !d.relative() || d.text().endsWith("ago")
						|| !insideQuote(d.start())) {
					continue;
				}
				Sentence sentence = this.doc.sentenceAt(d.start());
				for (Fact f : this.facts) {
					if (f instanceof DateFact said && !said.relative() && said.value() != null
							&& said.value().length() == 10 && sentence != null && said.start() >= sentence.start()
							&& said.end() <= sentence.end() && !insideQuote(said.start())) {
						String value = relative(d.text(), d.start(), LocalDate.parse(said.value()));
						this.facts.set(i, new DateFact(d.text(), d.start(), d.end(), value, true));
						break;
					}
				}
			}
		}

		private boolean insideQuote(int at) {
			Sentence sentence = this.doc.sentenceAt(at);
			if (sentence == null) {
				return false;
			}
			return InsideQuotation.at(this.doc.cleanText(), sentence.start(), at);
		}

		private Fact fact(Matcher m, String clean) {
			Fact fact = plain(m, clean);
			if (fact instanceof DateFact d && d.value() != null && m.group("half") != null) {
				String year = d.value().length() == 4 ? d.value() : null;
				String value = year == null ? null : CalendarSpans
					.half(m.group("half").toLowerCase(Locale.ROOT).contains("first") ? 1 : 2, num(year));
				return new DateFact(d.text(), d.start(), d.end(), value, d.relative());
			}
			return fact;
		}

		private Fact plain(Matcher m, String clean) {
			int s = m.start();
			int e = m.end();
			int sentence = sentenceIndex(s);
			if (m.group("clk") != null) {
				return clock(m, s, e);
			}
			if (m.group("iy") != null) {
				LocalDate d = date(num(m.group("iy")), num(m.group("im")), num(m.group("id")));
				return withTime(m, clean, d, s, e, sentence);
			}
			if (m.group("rm") != null) {
				int month = month(m.group("rm"));
				Integer year = m.group("ry") != null ? Integer.valueOf(num(m.group("ry"))) : null;
				if (year != null) {
					focus(year, sentence, s);
				}
				else {
					year = yearFor(month, num(m.group("rd1")), m.group("rthat"), sentence, s);
				}
				LocalDate a = year == null ? null : date(year, month, num(m.group("rd1")));
				LocalDate b = year == null ? null : date(year, month, num(m.group("rd2")));
				if (a != null && b != null && !a.isBefore(b)) {
					return null;
				}
				return dateFact(s, e, a == null || b == null ? null : a + "/" + b, false);
			}
			if (m.group("mm") != null || m.group("dm") != null) {
				boolean md = m.group("mm") != null;
				int month = month(md ? m.group("mm") : m.group("dm"));
				int day = num(md ? m.group("md") : m.group("dd"));
				String y = md ? m.group("my") : m.group("dy");
				Integer year = y != null ? Integer.valueOf(num(y)) : md ? null : eraYear(m);
				// the year after the parenthesis is the day's, not a fact of its own
				this.claimedTo = md ? -1 : Math.max(m.end("dyera2"), m.end("dy2"));
				if (year != null) {
					focus(year, sentence, s);
				}
				else {
					year = yearFor(month, day, md ? m.group("mthat") : null, sentence, s);
				}
				LocalDate d = year == null ? null : date(year, month, day);
				if (d == null && year != null) {
					return null;
				}
				if (!md && m.group("dd0") != null && d != null) {
					LocalDate first = date(year, month, num(m.group("dd0")));
					return first == null || !first.isBefore(d) ? null : dateFact(s, e, first + "/" + d, false);
				}
				return year == null ? dateFact(s, e, null, false) : withTime(m, clean, d, s, e, sentence);
			}
			if (m.group("ym") != null) {
				int year = num(m.group("yy"));
				focus(year, sentence, s);
				return dateFact(s, e, YearMonth.of(year, month(m.group("ym"))).toString(), false);
			}
			if (m.group("season") != null) {
				return season(m, s, e, sentence);
			}
			if (m.group("q") != null) {
				return quarter(m, s, e);
			}
			if (m.group("dec") != null) {
				return dateFact(s, e, CalendarSpans.decade(num(m.group("dec"))), false);
			}
			if (m.group("y3") != null) {
				if (this.latestYear == Integer.MIN_VALUE || this.latestYear >= 1000 || !inNarrative(sentence)) {
					return null;
				}
				int year = num(m.group("y3"));
				focus(year, sentence, s);
				return dateFact(s, e, CalendarSpans.iso(year), false);
			}
			if (m.group("dec3") != null) {
				int first = num(m.group("dec3"));
				focus(first, sentence, s);
				return dateFact(s, e, CalendarSpans.iso(first) + "/" + CalendarSpans.iso(first + 9), false);
			}
			if (m.group("ca") != null) {
				int from = num(m.group("ca"));
				int to = num(m.group("ca2"));
				if (from < 100 || to <= from || to - from > 120) {
					return null;
				}
				focus(to, sentence, s);
				return dateFact(s, e, CalendarSpans.iso(from) + "/" + CalendarSpans.iso(to), false);
			}
			if (m.group("hol") != null) {
				return holiday(m, s, e, sentence);
			}
			if (m.group("cen") != null) {
				Long n = NumberWords.ordinal(m.group("cen"));
				if (n == null || n < 1 || n > 21) {
					return null;
				}
				return dateFact(s, e, CalendarSpans.century(n.intValue(), m.group("cera") != null), false);
			}
			if (m.group("bc") != null) {
				int year = num(m.group("bc"));
				boolean bc = m.group("era").startsWith("B");
				if (year == 0) {
					return null;
				}
				focus(bc ? 1 - year : year, sentence, s);
				return dateFact(s, e, CalendarSpans.iso(bc ? 1 - year : year), false);
			}
			if (m.group("ad") != null) {
				int year = num(m.group("ad"));
				if (year == 0) {
					return null;
				}
				focus(year, sentence, s);
				return dateFact(s, e, CalendarSpans.iso(year), false);
			}
			if (m.group("om") != null) {
				int month = month(m.group("om"));
				if (m.group("omthat") != null) {
					Integer year = yearOf(m.group("omthat"));
					return dateFact(s, e, year == null ? null : YearMonth.of(year, month).toString(), true);
				}
				String before = (m.group("omrel") != null ? m.group("omrel") : clean.substring(Math.max(0, s - 6), s))
					.toLowerCase(Locale.ROOT);
				Integer year;
				if (m.group("omrel") != null && this.refMonth != null) {
					year = yearNamed(month, m.group("omrel").strip().toLowerCase(Locale.ROOT));
				}
				else {
					year = yearForMonth(month, sentence, s, before);
				}
				return dateFact(s, e, year == null ? null : YearMonth.of(year, month).toString(),
						m.group("omrel") != null);
			}
			if (m.group("fy") != null) {
				int year = num(m.group("fyy"));
				focus(year, sentence, s);
				return dateFact(s, e, String.valueOf(year), false);
			}
			if (m.group("spy") != null) {
				int year = m.group("spc") == null ? 2000 : (m.group("spc").equalsIgnoreCase("nineteen") ? 1900 : 1800)
						+ NumberWords.cardinal(m.group("spr")).intValue();
				focus(year, sentence, s);
				return dateFact(s, e, String.valueOf(year), false);
			}
			if (m.group("ye") != null) {
				return new DurationFact(text(s, e), s, e, "P1Y");
			}
			if (m.group("rp") != null) {
				return reportedPeriod(m, s, e, sentence);
			}
			if (m.group("yth") != null) {
				return dateFact(s, e, this.focusYear == null ? null : String.valueOf(this.focusYear), false);
			}
			if (m.group("yr") != null) {
				String yr = m.group("yr");
				int year = num(yr.substring(yr.length() - 4));
				if (m.group("yr2") != null) {
					String y2 = m.group("yr2");
					int second = y2.length() == 2 ? year / 100 * 100 + num(y2) : num(y2);
					if (second <= year || second - year > 200) {
						return null;
					}
					return dateFact(s, e, year + "/" + second, false);
				}
				focus(year, sentence, s);
				return dateFact(s, e, String.valueOf(year), false);
			}
			if (m.group("an") != null) {
				return anaphoric(m, s, e, sentence);
			}
			if (m.group("qa") != null) {
				return reportedQuarter(m, s, e);
			}
			if (m.group("qp") != null) {
				// only a report that named its quarter speaks of periods this way
				String quarter = lastQuarter(sentence, 8);
				if (quarter == null) {
					return null;
				}
				if (m.group("qpy4") != null) {
					// "the 1988 period": the report's quarter in the year it names
					int years = num(m.group("qpy4")) - num(quarter.substring(0, 4));
					return Math.abs(years) > 1 ? null : dateFact(s, e, quarterYearsAway(quarter, years), false);
				}
				boolean yearAgo = !m.group("qpw").equalsIgnoreCase("latest");
				return dateFact(s, e, yearAgo ? quarterYearsAway(quarter, -1) : quarter, true);
			}
			if (m.group("vague") != null) {
				// "now", "recently", "the future": a time, but no day on the calendar
				String words = m.group("vague").toLowerCase(Locale.ROOT);
				return new TimeReferenceFact(text(s, e), s, e,
						words.contains("past") || words.contains("recent") || words.endsWith("ago") ? "PAST_REF"
								: words.contains("future") ? "FUTURE_REF" : "PRESENT_REF");
			}
			if (m.group("vd") != null) {
				return new DurationFact(text(s, e), s, e, Durations.vague(text(s, e)));
			}
			if (m.group("set") != null) {
				return new SetFact(text(s, e), s, e, Durations.recurrence(m.group("setu"), m.group("seta")));
			}
			if (m.group("rel") != null) {
				String rel = m.group("rel");
				if (rel.toLowerCase(Locale.ROOT).startsWith("the")
						&& rel.toLowerCase(Locale.ROOT).endsWith("weekend")) {
					// "over the weekend": the one just past, unless the words speak ahead
					rel = tense(s) > 0 ? "this weekend" : "last weekend";
				}
				return dateFact(s, e, relative(rel, s, this.ref), true);
			}
			if (m.group("agon") != null) {
				Long n = NumberWords.cardinal(m.group("agon"));
				String quarter = lastQuarter(sentence, 4);
				if (quarter != null && n != null && n == 1 && m.group("agou").startsWith("year")) {
					// "profit rose from a year ago" in a quarterly report: that quarter
					// last year
					return dateFact(s, e, quarterYearsAway(quarter, -1), true);
				}
				return dateFact(s, e, ago(n, m.group("agou")), true);
			}
			if (m.group("dn") != null) {
				// "2 1/2 years": the count without its half
				Long n = NumberWords.cardinal(m.group("dnh") == null ? m.group("dn")
						: m.group("dn").substring(0, m.start("dnh") - m.start("dn")));
				return n == null ? null
						: new DurationFact(text(s, e), s, e, Durations.iso(n, m.group("du"), m.group("dnh") != null));
			}
			return null;
		}

		/**
		 * "next summer", "the summer of 2010", "last winter"; a bare "fall" is a verb.
		 */
		private Fact season(Matcher m, int s, int e, int sentence) {
			String name = m.group("season");
			String modifier = m.group("sn") == null ? "" : m.group("sn").strip().toLowerCase(Locale.ROOT);
			if (m.group("sy") != null) {
				int year = num(m.group("sy"));
				focus(year, sentence, s);
				return dateFact(s, e, CalendarSpans.season(name, year), false);
			}
			boolean named = !modifier.isEmpty() && !modifier.startsWith("the");
			boolean afterThe = modifier.isEmpty() && s >= 4
					&& this.doc.cleanText().substring(s - 4, s).equalsIgnoreCase("the ");
			if (!named && !afterThe || name.equalsIgnoreCase("fall") && !named) {
				return null;
			}
			if (this.refMonth == null) {
				return dateFact(s, e, null, true);
			}
			String which = named ? modifier : "";
			int year = CalendarSpans.seasonYear(name, which, future(s), this.refMonth);
			return dateFact(s, e, CalendarSpans.season(name, year), true);
		}

		/**
		 * "the latest quarter", "the year-ago quarter", "the quarter": a report speaks of
		 * the last quarter ended before it was written.
		 */
		private Fact reportedQuarter(Matcher m, int s, int e) {
			if (this.refMonth == null) {
				return dateFact(s, e, null, true);
			}
			String which = m.group("qaw") == null ? "" : m.group("qaw").toLowerCase(Locale.ROOT);
			YearMonth last = this.refMonth.minusMonths(3);
			YearMonth quarter = switch (which) {
				case "current" -> this.refMonth;
				case "year-ago", "year-earlier", "comparable" -> last.minusYears(1);
				case "previous" -> last.minusMonths(3);
				default -> last;
			};
			return dateFact(s, e, CalendarSpans.quarter((quarter.getMonthValue() - 1) / 3 + 1, quarter.getYear()),
					true);
		}

		/** "the third quarter", "the first quarter of 2009", "fourth-quarter". */
		private Fact quarter(Matcher m, int s, int e) {
			String q = m.group("q").toLowerCase(Locale.ROOT);
			if (q.equals("final") && m.group("qy") == null && m.group("qy2") == null && m.group("qpy") == null) {
				// "the final quarter" of a game as often as of a year: only with its year
				return null;
			}
			int n = switch (q.charAt(0)) {
				case '1', 'f' -> q.startsWith("fo") || q.equals("final") ? 4 : 1;
				case '2', 's' -> 2;
				case '3', 't' -> 3;
				default -> 4;
			};
			Integer year = null;
			String y = m.group("qy") != null ? m.group("qy") : m.group("qy2") != null ? m.group("qy2") : m.group("qpy");
			if (y != null) {
				year = num(y);
			}
			else if (this.refMonth != null) {
				String rel = m.group("qrel") != null ? m.group("qrel")
						: m.group("qpr") != null ? m.group("qpr").toLowerCase(Locale.ROOT) : null;
				int base = this.refMonth.getYear();
				year = rel == null || rel.equals("this") ? base : rel.equals("last") ? base - 1 : base + 1;
				// "the fourth quarter" said in January is the one just ended
				if (rel == null && n > (this.refMonth.getMonthValue() + 2) / 3 && !future(s)) {
					year = base - 1;
				}
				if (m.group("qago") != null) {
					year = year - 1;
				}
			}
			return dateFact(s, e, year == null ? null : CalendarSpans.quarter(n, year), y == null);
		}

		/**
		 * Dates counted from one the text named before: "the following year", "three
		 * years later", "the day before". They need that date within the last two
		 * sentences; otherwise they cannot be placed.
		 */
		private Fact anaphoric(Matcher m, int s, int e, int sentence) {
			String unit;
			long n;
			if (m.group("anu") != null) {
				unit = m.group("anu");
				String w = m.group("anw");
				n = w.equals("same") ? 0 : w.equals("previous") ? -1 : 1;
			}
			else if (m.group("and1") != null) {
				unit = "day";
				n = m.group("and1").equals("before") ? -1 : 1;
			}
			else {
				unit = m.group("anu2").endsWith("s") ? m.group("anu2").substring(0, m.group("anu2").length() - 1)
						: m.group("anu2");
				Long count = NumberWords.cardinal(m.group("ann"));
				if (count == null) {
					return null;
				}
				String dir = m.group("and2");
				n = dir.equals("earlier") || dir.equals("before") ? -count : count;
			}
			String value = null;
			if (unit.equals("year")) {
				String quarter = lastQuarter(sentence, 4);
				if (quarter != null && Math.abs(n) == 1) {
					value = quarterYearsAway(quarter, n);
				}
				else if (this.focusYear != null && sentence - this.focusSentence <= 1) {
					value = String.valueOf(this.focusYear + n);
				}
			}
			else {
				LocalDate anchor = lastDay(sentence);
				if (anchor != null) {
					LocalDate d = switch (unit) {
						case "day" -> anchor.plusDays(n);
						case "week" -> anchor.plusWeeks(n);
						default -> anchor.plusMonths(n);
					};
					value = unit.equals("month") ? YearMonth.from(d).toString() : d.toString();
				}
			}
			if (value == null && m.group("and2") != null && m.group("and2").startsWith("a")
					&& !m.group("and2").startsWith("afterward")) {
				return null;
			}
			if (value == null && m.group("and2") != null && m.group("and2").equals("before")) {
				return null;
			}
			return dateFact(s, e, value, true);
		}

		/**
		 * The last quarter the text named, if within {@code within} sentences; a quarter
		 * counted back from it ("a year earlier") is not one named.
		 */
		private String lastQuarter(int sentence, int within) {
			for (int i = this.facts.size() - 1; i >= 0; i--) {
				if (this.facts.get(i) instanceof DateFact d && d.value() != null
						&& !COUNTED_BACK.matcher(d.text()).find() && QUARTER_VALUE.matcher(d.value()).matches()
						&& d.value().substring(0, 4).equals(d.value().substring(8, 12))
						&& Integer.parseInt(d.value().substring(13))
								- Integer.parseInt(d.value().substring(5, 7)) == 2) {
					return sentence - sentenceIndex(d.start()) <= within ? d.value() : null;
				}
			}
			return null;
		}

		private static String quarterYearsAway(String quarter, long years) {
			int year = Integer.parseInt(quarter.substring(0, 4)) + (int) years;
			return year + quarter.substring(4, 8) + year + quarter.substring(12);
		}

		/**
		 * The last single day the text named, if within the last five sentences: a story
		 * told day by day keeps its day until it names another.
		 */
		private LocalDate lastDay(int sentence) {
			for (int i = this.facts.size() - 1; i >= 0; i--) {
				if (this.facts.get(i) instanceof DateFact d && d.value() != null && d.value().length() == 10) {
					return sentence - sentenceIndex(d.start()) <= 4 ? LocalDate.parse(d.value()) : null;
				}
			}
			return null;
		}

		private Fact withTime(Matcher m, String clean, LocalDate d, int s, int e, int sentence) {
			if (d == null) {
				return null;
			}
			Matcher t = TIME_AFTER.matcher(clean).region(e, Math.min(clean.length(), e + 24));
			if (t.lookingAt()) {
				boolean ampm = t.group("h") != null;
				int hour = num(ampm ? t.group("h") : t.group("h2"));
				String mi = ampm ? t.group("mi") : t.group("mi2");
				int minute = mi == null ? 0 : num(mi);
				if (ampm) {
					boolean pm = t.group("ap").startsWith("p");
					hour = hour % 12 + (pm ? 12 : 0);
				}
				if (hour < 24 && minute < 60) {
					this.facts.add(dateFact(s, e, d.toString(), false));
					return new TimeFact(text(s, t.end()), s, t.end(), d.atTime(hour, minute).toString());
				}
			}
			return dateFact(s, e, d.toString(), false);
		}

		/**
		 * A clock time, its day still to be found ({@link #timesOfDay()}): the value is
		 * only its time, "T22:00", or "T16:08Z" for universal time.
		 */
		private Fact clock(Matcher m, int s, int e) {
			int hour;
			int minute;
			boolean universal = m.group("cz") != null;
			if (universal) {
				hour = num(m.group("ch2"));
				minute = num(m.group("cm2"));
			}
			else {
				hour = num(m.group("ch")) % 12 + (m.group("cap").startsWith("p") ? 12 : 0);
				minute = m.group("cm") == null ? 0 : num(m.group("cm"));
			}
			return new TimeFact(text(s, e), s, e,
					String.format(Locale.ROOT, "T%02d:%02d%s", hour, minute, universal ? "Z" : ""));
		}

		/**
		 * Times of day get their day: a clock time the day written just after it ("10
		 * p.m. Wednesday") or else the last day named within two sentences, or the
		 * reference day; a part of a day ("Friday morning", "this evening", "last night")
		 * is a time of that day. The day itself stays a date of its own.
		 */
		private void timesOfDay() {
			String clean = this.doc.cleanText();
			List<Fact> out = new ArrayList<>(this.facts.size());
			LocalDate lastDay = null;
			int lastDaySentence = -1;
			for (int i = 0; i < this.facts.size(); i++) {
				Fact f = this.facts.get(i);
				int sentence = sentenceIndex(f.start());
				if (f instanceof TimeFact t && t.value() != null && t.value().startsWith("T")) {
					Fact next = i + 1 < this.facts.size() ? this.facts.get(i + 1) : null;
					if (next instanceof DateFact d && isDay(d)
							&& TIME_DAY_GAP.matcher(clean.substring(t.end(), d.start())).matches()) {
						out.add(new TimeFact(text(t.start(), d.end()), t.start(), d.end(), d.value() + t.value()));
						continue;
					}
					// a story told day by day keeps its day for a sentence or two
					LocalDate day = lastDay != null && sentence - lastDaySentence <= 2 ? lastDay : this.ref;
					out.add(new TimeFact(t.text(), t.start(), t.end(), day == null ? null : day + t.value()));
					continue;
				}
				if (f instanceof DateFact d && isDay(d)) {
					lastDay = LocalDate.parse(d.value());
					lastDaySentence = sentence;
					String part = partOfDay(d.text());
					if (part != null) {
						out.add(new TimeFact(d.text(), d.start(), d.end(), d.value() + part));
					}
					else {
						Matcher p = PART_OF_DAY.matcher(clean).region(d.end(), Math.min(clean.length(), d.end() + 12));
						if (p.lookingAt() && d.relative()) {
							out.add(new TimeFact(text(d.start(), p.end()), d.start(), p.end(),
									d.value() + partOfDay(p.group(1))));
						}
					}
				}
				out.add(f);
			}
			this.facts.clear();
			this.facts.addAll(out);
		}

		private static boolean isDay(DateFact d) {
			return d.value() != null && d.value().length() == 10 && !d.value().startsWith("-");
		}

		/** TimeML's part of the day named last in words: "this morning" is TMO. */
		private static String partOfDay(String words) {
			String w = words.toLowerCase(Locale.ROOT);
			return w.endsWith("morning") ? "TMO" : w.endsWith("afternoon") ? "TAF"
					: w.endsWith("evening") ? "TEV" : w.endsWith("night") || w.equals("tonight") ? "TNI" : null;
		}

		/**
		 * "The year" and "the day" a report is about: the year named in this sentence or
		 * the one before, else the reference's; the last day named within two sentences,
		 * else the reference day ("the Nikkei closed down 6% for the day").
		 */
		private Fact reportedPeriod(Matcher m, int s, int e, int sentence) {
			boolean day = "day".equals(m.group("rpu"));
			String value;
			if (day) {
				LocalDate last = lastDay(sentence);
				value = last != null ? last.toString() : this.ref == null ? null : this.ref.toString();
			}
			else {
				value = this.focusYear != null && sentence - this.focusSentence <= 1 ? String.valueOf(this.focusYear)
						: this.refMonth == null ? null : String.valueOf(this.refMonth.getYear());
			}
			return dateFact(s, e, value, true);
		}

		/** A feast on a fixed day of the year: "Christmas Day 1066", "New Year's Eve". */
		private Fact holiday(Matcher m, int s, int e, int sentence) {
			String name = SPACES.matcher(m.group("hol").toLowerCase(Locale.ROOT)).replaceAll(" ");
			int month = name.startsWith("new year's eve") || name.startsWith("christmas") || name.startsWith("boxing")
					? 12 : name.startsWith("halloween") ? 10 : 1;
			int day = switch (name) {
				case "christmas day" -> 25;
				case "christmas eve" -> 24;
				case "boxing day" -> 26;
				case "halloween" -> 31;
				case "new year's eve", "new year’s eve" -> 31;
				default -> 1;
			};
			Integer year;
			if (m.group("holy") != null) {
				year = num(m.group("holy"));
				focus(year, sentence, s);
			}
			else {
				year = yearFor(month, day, null, sentence, s);
			}
			return dateFact(s, e, year == null ? null : date(year, month, day).toString(), false);
		}

		/**
		 * News telling events in order: after "sentenced in September 2009 ... lost the
		 * appeal in December", a page dated June 2010 that goes on "the latest trial was
		 * held in April" means the April after December, this year's, not the one before
		 * the story's last date.
		 */
		private boolean followsIntoTheDateLinesYear(int month, int sentence, int at) {
			return this.lastMonth != null && this.refMonth != null && this.focusYear != null
					&& this.lastMonth.getYear() == this.focusYear && sentence - this.lastMonthSentence == 1
					&& this.focusYear == this.refMonth.getYear() - 1 && month < this.lastMonth.getMonthValue()
					&& month <= this.refMonth.getMonthValue() && tense(at) <= 0;
		}

		/**
		 * Whether the year last named is near enough to give its year to a day or month
		 * written without one: in the same sentence ("in 1994, in January and March"); a
		 * sentence later only when the document has no date of its own, as news names
		 * past years in asides ("since its launch in 2003") and goes on about this year's
		 * months ("as of February").
		 */
		private boolean focusReaches(int sentence) {
			return sentence == this.focusSentence || this.refMonth == null && sentence - this.focusSentence <= 1;
		}

		/**
		 * Whether the year last named can be the year of a day or month written without
		 * one: not a past year for words in the future ("he joined in 1974 ... will
		 * succeed him Feb. 1"), and a year still to come only within its own sentence
		 * ("notes due 1993. The rights expire Nov. 21" is this November).
		 */
		private boolean focusFits(int sentence, int at) {
			if (this.refMonth == null) {
				return true;
			}
			int refYear = this.refMonth.getYear();
			if (this.focusYear > refYear) {
				return sentence == this.focusSentence;
			}
			return tense(at) <= 0;
		}

		/** The year of a month-day written without one. */
		private Integer yearFor(int month, int day, String ofYear, int sentence, int at) {
			if (ofYear != null) {
				return yearOf(ofYear);
			}
			if (inNarrative(sentence)) {
				return this.focusYear;
			}
			if (this.focusYear != null && focusReaches(sentence)
					&& (this.refMonth == null || this.focusYear != this.refMonth.getYear())
					&& (this.refMonth == null || Math.abs(this.focusYear - this.refMonth.getYear()) <= 60)
					&& focusFits(sentence, at)) {
				return this.focusYear;
			}
			if (this.refMonth == null) {
				return null;
			}
			int tense = tense(at);
			int year = this.refMonth.getYear();
			if (this.ref != null) {
				// the year that puts the day on the side of the reference its tense says,
				// or
				// nearest to it when the words do not tell
				LocalDate best = null;
				for (int y = year - 1; y <= year + 1; y++) {
					LocalDate candidate = date(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
					if (candidate == null || tense < 0 && candidate.isAfter(this.ref)
							|| tense > 0 && candidate.isBefore(this.ref)) {
						continue;
					}
					if (best == null || distance(candidate) < distance(best)) {
						best = candidate;
					}
				}
				LocalDate nearest = null;
				for (int y = year - 1; y <= year + 1; y++) {
					LocalDate candidate = date(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
					if (candidate != null && (nearest == null || distance(candidate) < distance(nearest))) {
						nearest = candidate;
					}
				}
				// a tense read from words around the date may belong to another verb
				// ("the
				// service decided the boy should go home by Jan. 14"): a day most of a
				// year
				// away on its side loses to one within weeks on the other
				if (best != null && nearest != null && distance(best) > 240 && distance(nearest) <= 60) {
					best = nearest;
				}
				return best == null ? null : best.getYear();
			}
			return yearByMonth(month, tense > 0, year);
		}

		/**
		 * The year written with an era after a day and month ("21 July 356 BC"), or a
		 * year just after the parenthesis that holds them; null when there is none.
		 */
		private static Integer eraYear(Matcher m) {
			for (String[] g : new String[][] { { "dyb", "dyera" }, { "dyb2", "dyera2" } }) {
				if (m.group(g[0]) != null) {
					int year = num(m.group(g[0]));
					if (year == 0) {
						return null;
					}
					return m.group(g[1]).startsWith("B") ? 1 - year : year;
				}
			}
			return m.group("dy2") != null ? Integer.valueOf(num(m.group("dy2"))) : null;
		}

		private long distance(LocalDate d) {
			return Math.abs(d.toEpochDay() - this.ref.toEpochDay());
		}

		/** The year of "of that year", "of next year", "of the previous year". */
		private Integer yearOf(String ofYear) {
			boolean relativeToFocus = ofYear.contains("that") || ofYear.contains("same") || ofYear.contains("the ");
			Integer base = relativeToFocus ? this.focusYear
					: this.refMonth == null ? null : Integer.valueOf(this.refMonth.getYear());
			if (base == null) {
				return null;
			}
			if (ofYear.contains("next") || ofYear.contains("following")) {
				return base + 1;
			}
			if (ofYear.contains("last") || ofYear.contains("previous")) {
				return base - 1;
			}
			return base;
		}

		private Integer yearForMonth(int month, int sentence, int at, String before) {
			if (inNarrative(sentence)) {
				return this.focusYear;
			}
			if (followsIntoTheDateLinesYear(month, sentence, at)) {
				return this.refMonth.getYear();
			}
			if (this.focusYear != null && focusReaches(sentence)
					&& (this.refMonth == null || this.focusYear != this.refMonth.getYear())
					&& focusFits(sentence, at)) {
				return this.focusYear;
			}
			if (this.refMonth == null) {
				return null;
			}
			int tense = before.contains("next") ? 1
					: before.contains("last") || before.contains("since") ? -1 : tense(at);
			if (tense == 0) {
				// no tense: the month nearest the reference
				int refM = this.refMonth.getMonthValue();
				int year = this.refMonth.getYear();
				return month - refM > 6 ? year - 1 : refM - month > 6 ? year + 1 : year;
			}
			return yearByMonth(month, tense > 0, this.refMonth.getYear());
		}

		private int yearByMonth(int month, boolean future, int year) {
			int refM = this.refMonth.getMonthValue();
			if (!future && month > refM) {
				return year - 1;
			}
			if (future && month < refM) {
				return year + 1;
			}
			return year;
		}

		/**
		 * The year of "last June", "next March", "this May" seen from the reference
		 * month.
		 */
		private int yearNamed(int month, String modifier) {
			int year = this.refMonth.getYear();
			int refM = this.refMonth.getMonthValue();
			return switch (modifier) {
				case "last" -> month < refM ? year : year - 1;
				case "next" -> month > refM ? year : year + 1;
				default -> year;
			};
		}

		private String relative(String expression, int at, LocalDate ref) {
			String e = SPACES.matcher(expression.toLowerCase(Locale.ROOT)).replaceAll(" ");
			if (ref == null) {
				if (this.refMonth != null && e.endsWith("this month")) {
					return this.refMonth.toString();
				}
				return null;
			}
			String value = CalendarSpans.deictic(e, ref);
			if (value != null) {
				return value;
			}
			String[] words = e.split(" ");
			DayOfWeek day = DayOfWeek.valueOf(words[words.length - 1].toUpperCase(Locale.ROOT));
			String modifier = switch (words.length == 1 ? "" : words[words.length - 2]) {
				case "next", "coming" -> "next";
				case "last", "past" -> "last";
				case "this" -> "this";
				default -> "";
			};
			if (modifier.equals("this")) {
				LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				return monday.with(TemporalAdjusters.nextOrSame(day)).toString();
			}
			return CalendarSpans.weekday(day, modifier, modifier.isEmpty() ? tense(at) : 0, ref).toString();
		}

		/**
		 * "N units ago", as precise as its unit: days and weeks give a day, months a
		 * month, years a year; "a year ago" speaks of the month a year back.
		 */
		private String ago(Long n, String unit) {
			if (this.ref == null || n == null) {
				return null;
			}
			return switch (unit.charAt(0)) {
				case 'd' -> this.ref.minusDays(n).toString();
				case 'w' -> this.ref.minusWeeks(n).toString();
				case 'm' -> YearMonth.from(this.ref).minusMonths(n).toString();
				default ->
					n == 1 ? YearMonth.from(this.ref).minusYears(1).toString() : String.valueOf(this.ref.getYear() - n);
			};
		}

		/**
		 * A document dated after the day it reports on (a date line set when it was
		 * published) says "today" of that day: when its lead names a day within the week
		 * before the date line and no "yesterday" or "tomorrow" shows the writer speaking
		 * from the date line, "today" is the day the lead names.
		 */
		private void resolveTodayToTheNewsDay() {
			if (this.ref == null || WRITER_DAY.matcher(this.doc.cleanText()).find()) {
				return;
			}
			LocalDate newsDay = null;
			int leadSentence = -1;
			for (Fact f : this.facts) {
				if (!(f instanceof DateFact d) || d.value() == null) {
					continue;
				}
				int sentence = sentenceIndex(d.start());
				if (isToday(d.text()) && newsDay == null) {
					return;
				}
				if (d.value().length() != 10 || d.value().equals(this.ref.toString()) && !d.relative()) {
					continue;
				}
				LocalDate day = LocalDate.parse(d.value());
				if (leadSentence < 0 && !day.isAfter(this.ref) && day.isAfter(this.ref.minusDays(7))
						&& sentence <= firstBodySentence() + 1) {
					newsDay = day;
					leadSentence = sentence;
					break;
				}
			}
			if (newsDay == null || newsDay.equals(this.ref)) {
				return;
			}
			for (int i = 0; i < this.facts.size(); i++) {
				if (this.facts.get(i) instanceof DateFact d && d.relative() && isToday(d.text())) {
					this.facts.set(i, new DateFact(d.text(), d.start(), d.end(), newsDay.toString(), true));
				}
			}
		}

		private static boolean isToday(String text) {
			String t = text.toLowerCase(Locale.ROOT);
			return t.endsWith("today") || t.equals("tonight") || t.startsWith("this ")
					&& (t.endsWith("morning") || t.endsWith("afternoon") || t.endsWith("evening"));
		}

		/**
		 * The first sentence after a date line (or the first sentence when there is
		 * none).
		 */
		private int firstBodySentence() {
			List<Sentence> sentences = this.doc.sentences();
			for (int i = 0; i < Math.min(4, sentences.size()); i++) {
				String text = sentences.get(i).text().strip();
				if (text.length() <= 24 && ENDS_IN_YEAR.matcher(text).matches()) {
					return i + 1;
				}
			}
			return 0;
		}

		/**
		 * Whether the words around a date speak of the future. The clause before the date
		 * decides when it has a verb ("Apple announced Friday that it will ..." is the
		 * past Friday, "the markets will reopen Friday" the next one); "until" before a
		 * date in a clause that is not in the past points ahead; a date that opens its
		 * clause ("In March, the plant will ...") takes the sentence's tense.
		 */
		private boolean future(int at) {
			return tense(at) > 0;
		}

		/**
		 * 1 when the words around a date speak of the future, -1 of the past, 0 when they
		 * do not tell.
		 */
		private int tense(int at) {
			Sentence sentence = this.doc.sentenceAt(at);
			if (sentence == null) {
				return 0;
			}
			String clean = this.doc.cleanText();
			int from = sentence.start();
			int depth = 0;
			for (int k = at - 1; k >= sentence.start(); k--) {
				char c = clean.charAt(k);
				// an aside in brackets is not the clause the date belongs to
				if (c == ')') {
					depth++;
				}
				else if (c == '(' && depth > 0) {
					depth--;
				}
				else if (depth == 0 && (c == ',' || c == ';' || c == ':' || c == '(' || c == '—' || c == '"' || c == '“'
						|| c == '\n')) {
					from = k + 1;
					break;
				}
			}
			String clause = clean.substring(from, at);
			// the verb nearest the date decides: "could have been delivered at a meeting
			// that was held on Sept. 7" is the past
			int future = lastEnd(FUTURE.matcher(clause));
			int pastEnd = lastPast(clause);
			if (future >= 0 && (future >= pastEnd || SUBORDINATE.matcher(clause.substring(future, pastEnd)).find())) {
				return 1;
			}
			boolean past = pastEnd >= 0;
			if (UNTIL.matcher(clause).find()) {
				return !past || !PAST_AUXILIARY.matcher(clause).find() ? 1 : -1;
			}
			if (past) {
				return -1;
			}
			// the date opens its clause: the first verb after it, past or future, decides
			String rest = clean.substring(at, sentence.end());
			Matcher will = FUTURE.matcher(rest);
			Matcher did = PAST.matcher(rest);
			int willAt = will.find() ? will.start() : Integer.MAX_VALUE;
			int didAt = did.find() ? did.start() : Integer.MAX_VALUE;
			if (willAt != didAt) {
				return willAt < didAt ? 1 : -1;
			}
			// a date in a trailing phrase ("..., and before the elections in November")
			// belongs to the sentence's main verb
			if (FUTURE.matcher(sentence.text()).find()) {
				return 1;
			}
			return PAST.matcher(clean.substring(sentence.start(), at)).find() ? -1 : 0;
		}

		/** Where the last verb in the past ends in a clause, or -1. */
		private static int lastPast(String clause) {
			Matcher m = PAST.matcher(clause);
			int end = -1;
			while (m.find()) {
				String before = clause.substring(Math.max(0, m.start() - 12), m.start());
				if (!NOT_PAST_BEFORE.matcher(before).find()) {
					end = m.end();
				}
			}
			return end;
		}

		private static int lastEnd(Matcher m) {
			int end = -1;
			while (m.find()) {
				end = m.end();
			}
			return end;
		}

		/**
		 * Whether the text tells of a time long before its date line (a history written
		 * today): a day or month without a year then belongs to the last year the story
		 * named, however many sentences back, not to the year the page was dated.
		 */
		private boolean inNarrative(int sentence) {
			return this.focusYear != null && this.refMonth != null && sentence - this.focusSentence <= 3
					&& this.latestYear != Integer.MIN_VALUE
					&& this.refMonth.getYear() - this.latestYear > NARRATIVE_YEARS;
		}

		private void focus(int year, int sentence, int at) {
			if (!onShortLine(at)) {
				// a date line alone says when the page was dated, not what it tells of
				this.latestYear = Math.max(this.latestYear, year);
			}
			this.focusYear = year;
			this.focusSentence = sentence;
		}

		private boolean onShortLine(int at) {
			String clean = this.doc.cleanText();
			int a = clean.lastIndexOf('\n', at) + 1;
			int b = clean.indexOf('\n', at);
			return (b < 0 ? clean.length() : b) - a <= 40;
		}

		private int sentenceIndex(int at) {
			List<Sentence> sentences = this.doc.sentences();
			int lo = 0;
			int hi = sentences.size() - 1;
			while (lo <= hi) {
				int mid = (lo + hi) >>> 1;
				if (sentences.get(mid).end() <= at) {
					lo = mid + 1;
				}
				else {
					hi = mid - 1;
				}
			}
			return lo;
		}

		private DateFact dateFact(int s, int e, String value, boolean relative) {
			if (value != null && MONTH_VALUE.matcher(value).lookingAt()) {
				this.lastMonth = YearMonth.parse(value.substring(0, 7));
				this.lastMonthSentence = sentenceIndex(s);
			}
			return new DateFact(text(s, e), s, e, value, relative);
		}

		private String text(int s, int e) {
			return this.doc.text().substring(s, e);
		}

	}

	static int month(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return switch (n.substring(0, 3)) {
			case "jan" -> 1;
			case "feb" -> 2;
			case "mar" -> 3;
			case "apr" -> 4;
			case "may" -> 5;
			case "jun" -> 6;
			case "jul" -> 7;
			case "aug" -> 8;
			case "sep" -> 9;
			case "oct" -> 10;
			case "nov" -> 11;
			default -> 12;
		};
	}

	private static int num(String digits) {
		return Integer.parseInt(digits);
	}

	private static LocalDate date(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

}
