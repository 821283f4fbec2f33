package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of dates, durations and times as one expression, tried at each word that may
 * begin one: every kind of expression is an alternative whose named group tells the
 * readers ({@link CalendarDates}, {@link Years}, {@link RelativeDates},
 * {@link ReportedPeriods}, {@link VagueTimes}, {@link TimesOfDay}) that it is theirs.
 */
final class DateExpressions {

	static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
			+ "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

	static final String FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

	static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	/** A day of the month: 1 to 31, never the start of a longer number. */
	private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?!\\d)";

	/**
	 * The year of a day or month said by its relation to another: "of that year", "of the
	 * following year", or "this year", "last year" just after it ("in July last year").
	 */
	private static final String THAT_YEAR = "(?:\\s+of\\s+(?:that|the same|next|last|this|the following|the previous)\\s+year"
			+ "|,?\\s+(?:this|last|next)\\s+year\\b(?!['’]))";

	/**
	 * A unit of time, its plural, or the singular before a hyphen ("a several-year
	 * tenure").
	 */
	static final String VAGUE_UNIT = "(?:minute|hour|day|week|month|quarter|year|decade|centur(?:y|ie))s?\\b";

	/**
	 * A year said in words after a month or season, as a broadcast transcript writes it:
	 * "January nineteen ninety-seven".
	 */
	static final String SPOKEN_YEAR = "(?:[Nn]ineteen|[Ee]ighteen)\\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
			+ "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
			+ "|sixteen|seventeen|eighteen|nineteen|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine))";

	/** The years after two thousand, as speech says them: "two thousand and one". */
	private static final String AFTER_TWO_THOUSAND = "(?:twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
			+ "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
			+ "|seventeen|eighteen|nineteen)";

	/**
	 * A count in words, capitalised too where it opens a sentence ("Twelve years ago").
	 */
	private static final String SPOKEN_COUNT = "(?i:" + NumberWords.CARDINAL_REGEX + ")";

	/** A count of units in digits or words: "60", "1,000", "six", "twenty-five". */
	private static final String COUNT = "\\d{1,3}(?:,\\d{3})*|" + SPOKEN_COUNT
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten)";

	private static final String SMALL_NUMBER = "\\d{1,3}|(?i:an?)|" + SPOKEN_COUNT
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten)";

	/**
	 * A modifier kept in a date's words without changing its value ("early December",
	 * "mid-2011", "the end of last year"), or the half of a year that does change it
	 * ("the last half of 1989", "the first two quarters of 1990").
	 */
	static final String MODIFIER = "(?:(?<mod>(?:[Tt]he\\s+)?(?:(?:very\\s+)?(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)"
			+ "|(?:[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle|[Cc]lose)\\s+of\\s+))"
			+ "|(?<half>(?:[Tt]he\\s+)?(?:(?:first|second|last|latter)\\s+half|(?:first|last)\\s+two\\s+quarters)\\s+of\\s+))?";

	/**
	 * A word that ends its phrase: "the day before." but not "the day before the vote".
	 */
	private static final String ALONE = "(?=\\s*(?:[,.;:!?)\"”]|$))";

	/** Each kind of expression, as one alternative of {@link #DATES}. */
	static final List<String> KINDS = List.of("\\b(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})\\b(?!-\\d)",
			// a time of day on a clock: "10:35 a.m.", "5 p.m. EST", "16:08 UTC", "0800
			// GMT"
			"\\b(?<clk>(?<ch>1[0-2]|0?\\d)(?::(?<cm>[0-5]\\d))?\\s*(?<cap>[ap]\\.m\\b\\.?|[ap]m\\b)(?:\\s+[ECMP][SD]T\\b)?"
					+ "|(?<ch2>[01]\\d|2[0-3]):?(?<cm2>[0-5]\\d)\\s*(?<cz>UTC|GMT)\\b"
					// "at noon", "until midnight Friday"
					+ "|(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Aa]round|[Aa]bout)\\s)(?<noon>noon|midnight|midday)\\b)",
			// "at 4 in the morning": an hour of the part of the day named
			"\\b(?<podh>1[0-2]|[1-9])\\s+in\\s+the\\s+(?<podp>morning|afternoon|evening)\\b",
			// "in the morning", "by mid afternoon": a part of the day told of
			"(?<=\\b(?:[Ii]n|[Bb]y|[Dd]uring)\\s(?:the\\s)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?)(?<pod>morning|afternoon|evening)\\b"
					+ "(?!\\s+(?:of|and|or|paper|papers|news|show|edition|session|shift|prayers?|star|rush|hours)\\b|-)",
			"\\b(?<rm>" + MONTH + ")\\s+(?<rd1>" + DAY + ")\\s*[–—-]\\s*(?<rd2>" + DAY
					+ ")(?:\\s*,\\s*(?<ry>\\d{4})\\b|(?<rthat>" + THAT_YEAR + "))?",
			// "March 12 2009": a year may follow its day without the comma
			"\\b(?<mm>" + MONTH + ")\\s+(?<md>" + DAY
					+ ")(?:\\s*(?:st|nd|rd|th)\\b)?(?!:\\d)(?:\\s*,\\s*(?<my>\\d{4})\\b|[ \\t\\u00a0]+(?<my2>(?:1[0-9]|20)\\d\\d)\\b(?![.,]\\d)|(?<mthat>"
					+ THAT_YEAR
					// "on the national holiday - March 3 - this year": a day set apart by
					// dashes takes the year after the closing dash
					+ "|(?<=[–—-]\\s{0,3}(?:" + FULL_MONTH
					+ ")\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?)\\s+[–—-]\\s+(?:this|last|next)\\s+year\\b(?!['’])" + "))?",
			// a day and month never across a line: "aged 26" ending a title is not the
			// day of the date line under it
			// "20/21 July 356 BC": a day the sources disagree on is a range of the two;
			// a year with its era, or one just after a parenthesis ("(15 March), 44 BC"),
			// is the day's year
			"\\b(?:(?<dd0>" + DAY + ")/)?(?<dd>" + DAY + ")(?:st|nd|rd|th)?[ \\t\\u00a0]+(?<dm>" + MONTH
					+ ")(?:[ \\t\\u00a0]+(?<dyb>\\d{1,4})\\s*(?<dyera>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)|,?\\s+(?<dy>\\d{4})\\b"
					+ "|\\b(?=\\),?\\s+(?:(?<dyb2>\\d{1,4})\\s*(?<dyera2>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)|(?<dy2>\\d{4})\\b)))?\\b",
			// "In November, 2009, ...": a comma may set the year after its month, as long
			// as the year ends the phrase ("in March, 2000 people marched" counts)
			"\\b(?<ym>" + MONTH + ")(?:\\s+(?:of\\s+)?|,\\s+(?=(?:1[89]|20)\\d\\d\\s*(?:[,.;:)]|$)))"
					+ "(?:(?<yy>\\d{4})|(?<yys>" + SPOKEN_YEAR + "))\\b",
			"(?<sn>(?:[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past)?|[Tt]he\\s+(?:coming|past|following))\\s+)?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
					+ "(?:\\s+(?:of\\s+)?(?:(?<sy>\\d{4})|(?<sys>" + SPOKEN_YEAR + "))\\b|\\b)",
			"(?:[Tt]he\\s+)?(?:(?<qpy>\\d{4})\\s+|(?<qpr>[Tt]his|[Ll]ast|[Nn]ext)\\s+year['’]s\\s+|(?<qago>year-ago|year-earlier)\\s+)?(?:fiscal[\\s-]+)?(?:(?<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|1st|2nd|3rd|4th)(?:\\s+|-)(?:fiscal\\s+)?quarter"
					// "this year's second half": the half of the year its words name
					+ "|(?<=(?:year['’]s|\\d{4})\\s)(?<qh>first|second)\\s+half)"
					+ "(?:\\s+of\\s+(?:(?<qy>\\d{4})|(?<qrel>this|last|next)\\s+year)|\\s+(?<qy2>\\d{4}))?\\b",
			// "the same period last year", "last year's quarter": a period named before,
			// a
			// year back
			"(?<ya>[Tt]he\\s+(?:(?:same|corresponding|comparable)\\s+(?<yau>period|month|quarter)|quarter)"
					+ "\\s+(?:of\\s+)?(?:(?:the\\s+)?last\\s+year|a\\s+year\\s+(?:ago|earlier))\\b"
					+ "|[Ll]ast\\s+year['’]s\\s+(?:period|quarter)\\b)",
			"(?<qa>[Tt]he\\s+(?:(?<qaw>latest|last|most\\s+recent|recent|current|same|year-ago|year-earlier|previous|comparable)\\s+)?(?:fiscal\\s+)?quarter|(?<qat>[Tt]his)\\s+(?:fiscal\\s+)?quarter)\\b(?![-\\s]+(?:of|point|century|mile|inch|hour)\\b|-)",
			// in a quarterly report: "the latest period", "the year-earlier period",
			// "year-ago results"
			"(?<qp>(?:[Tt]he\\s+)?(?:comparable\\s+)?(?<qpw>[Ll]atest|[Yy]ear-ago|[Yy]ear-earlier|(?<=[Tt]he\\s)(?<qpy4>(?:19|20)\\d\\d)(?=\\s+(?:period|quarter)\\b))(?:\\s+(?:period|quarter)\\b|(?<![Ll]atest)(?=\\s+(?:results|profit|net|earnings|loss|sales|revenue|levels?)\\b)))",
			"(?:[Tt]he\\s+)?(?<dec>1\\d\\d0|20\\d0)['’]?s\\b(?:\\s+and\\s+(?:the\\s+)?(?<decb>1\\d\\d0|20\\d0)['’]?s\\b)?",
			// "the nineties", "the Sixties", "the noughties", as a transcript or a
			// British paper says a decade; after a part of it ("the early seventies",
			// "the mid-eighties") the
			// article stands before that part
			"(?:[Tt]he\\s+|(?<=\\b[Tt]he\\s(?:very\\s)?(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]))"
					+ "(?<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|noughties))\\b",
			// "the '80s", "since '82": a decade or a year written with two digits, after
			// the words that introduce one ("iLife '11" is a version); after a part of
			// it ("the last half of the '80s", "the late '70s") its mark is in its words
			"(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Tt]he|and|to)\\s['’])"
					+ "|(?<=\\b(?:[Ee]arly|[Ll]ate|[Mm]id|of)[\\s-])(?:the\\s+)?['’])(?:(?<dec2>\\d0)s|(?<y2>\\d\\d))\\b(?![.,]\\d|['’])",
			// "the tall hats of the 50s and 60s", "during the 30's": a decade without
			// its century, only after the words that make it one ("in the 70s" may be
			// degrees)
			"(?<=\\b(?:[Oo]f|[Ff]rom|[Ss]ince|[Dd]uring|[Tt]hrough|[Uu]ntil)\\s[Tt]he\\s|\\d0s\\sand\\s)(?<dec4>[1-9]0)['’]?s\\b(?!['’])"
					// "the 70s and 80s": two decades in a row joined are one span of
					// twenty years
					+ "(?:\\s+and\\s+(?:the\\s+)?(?<dec4b>[1-9]0)['’]?s\\b(?!['’]))?",
			// "by 258, he was consul": a year of three digits, read only in a history of
			// the first millennium
			"(?<=\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil)\\s)(?<y3>[1-9]\\d{2})\\b(?=\\s*[,;)]|\\s*\\.(?!\\d))",
			// "the 190s": a decade of the first millennium needs its article
			"[Tt]he\\s+(?<dec3>[1-9]\\d0)s\\b",
			// "(c. 220 – 267)": a life span of years written without their thousands
			"\\b(?:c|ca)\\.\\s*(?<ca>\\d{3,4})\\s*[–-]\\s*(?<ca2>\\d{3,4})\\b(?![-–/.,]\\d)",
			"(?<hol>Christmas\\s+(?:Day|Eve)|New\\s+Year['’]s\\s+(?:Day|Eve)|Boxing\\s+Day|Halloween|Thanksgiving(?:\\s+Day)?|Election\\s+Day)(?:,?\\s+(?<holy>\\d{4})\\b)?",
			"(?:[Tt]he\\s+)?(?<cen>\\d{1,2}(?:st|nd|rd|th)|" + NumberWords.ORDINAL_REGEX
					+ ")[\\s-]+[Cc]entury(?:\\s+(?<cera>BCE?|B\\.C\\.))?\\b",
			"\\b(?<bc>\\d{1,4})\\s*(?<era>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)",
			"\\b(?:AD|A\\.D\\.)\\s+(?<ad>\\d{1,4})\\b",
			// the month is looked for before the words behind it: trying those at every
			// word was the most costly part of the expression
			"(?<omrel>(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?=(?:" + FULL_MONTH
					+ ")\\b)(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]etween|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|and|[Tt]he|[Ee]nd of|[Ss]tart of|[Bb]eginning of|[Ff]or|to|a|[Tt]heir|[Ii]ts|[Oo]ur)\\s{1,3}|\\b(?:"
					+ FULL_MONTH + ")\\s{1,3}or\\s{1,3}|mid-|[Ll]ate-|[Ee]arly-)(?<!(?:Ides|Nones|Kalends) of )(?<om>"
					+ FULL_MONTH + ")\\b(?!\\s+\\d)(?<omthat>" + THAT_YEAR + ")?",
			"(?<fy>(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s+|FY\\s?)(?<fyy>\\d{4}))\\b", "\\b(?<yth>(?:that|the same) year)\\b",
			// a year said in words, as a broadcast transcript writes it
			"(?<spy>(?<spc>[Nn]ineteen|[Ee]ighteen)\\s+(?<spr>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
					+ "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
					+ "|sixteen|seventeen|eighteen|nineteen|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine))"
					+ "|(?<=[Tt]he\\s{1,3}year\\s)two\\s+thousand(?:\\s+(?:and\\s+)?(?<spt>" + AFTER_TWO_THOUSAND
					+ "))?"
					// "in two thousand and one, ...": a year only where a clause goes on
					+ "|(?<=[Ii]n\\s)two\\s+thousand\\s+(?:and\\s+)?(?<spt2>" + AFTER_TWO_THOUSAND + ")"
					+ "(?=\\s*[,.;]|\\s+(?:the|a|an|he|she|it|they|we|I|his|her|its|their)\\b))"
					+ "\\b(?![\\s-]+(?:dollars|people|years|times|miles)\\b)",
			// "the fiscal year ended Sept. 30": a year's length, placed by its last day
			"(?<ye>(?:[Tt]he\\s+)?(?:fiscal\\s+)?year)(?=\\s+(?:ended|ending)\\b)",
			// the year or the day a report is about: "for the full year", "by year-end",
			// "to end the day"
			"(?<rp>(?:[Tt]he\\s+(?:full\\s+|entire\\s+|whole\\s+|fiscal\\s+|current\\s+fiscal\\s+)?(?<rpu>year|day)|year[-\\s]end|year['’]s\\s+end)\\b"
					// "the year before the merger" is a year the text names by its event
					+ "(?!(?<=year)\\s+(?:before|after)\\b)" + "(?![-\\s]+(?:(?:ended|ending|(?:before|after)" + ALONE
					+ "|earlier|later|previous|prior|ago|of|when|that|in\\s+which|on\\s+which|two"
					+ "|the|an?|he|she|it|they|we|I|you|his|her|its|their|this|these|those)\\b|\\d|[A-Z])|-))",
			"\\b(?<!\\d[.,])(?<yr>(?:[Tt]he year\\s+)?(?:1[0-9]|20)\\d\\d)(?:\\s*[–/-]\\s*(?<yr2>\\d{2}|\\d{4}))?\\b(?!-\\d|/\\d|[.,]\\d|\\s*(?:years?|people|km|miles|dollars|won(?![’']t)|yen|%|percent|troops|soldiers|BC|AD|B\\.C\\.|A\\.D\\.)\\b)",
			"(?<an>(?:[Tt]he\\s+)(?<anw>following|next|previous|prior|preceding|same)\\s+(?<anu>day|week|month|year)\\b"
					// "appeared in court the next morning": the day after the one told of
					+ "|[Tt]he\\s+(?:following|next)\\s+(?<anp>morning|afternoon|evening|night)\\b"
					// "the day before." is the day before the last one named; "the day
					// before the plunge" is a day the text names by its event
					// "than the year before.", "the month previous": the one before the
					// last named
					+ "|[Tt]he\\s+(?<and1u>day|month|year)\\s+(?<and1>before|after|previous|prior|earlier)\\b" + ALONE
					// "the week after the bombing": the week after the one of an event
					// the
					// text has dated
					+ "|[Tt]he\\s+week(?=\\s+(?<and3>before|after)\\s+(?:the|his|her|its|their)\\s+\\p{L})"
					// "that day", "earlier that day": the day the text has just told of
					+ "|(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<ant>[Tt]hat)\\s+(?:same\\s+)?day\\b(?!['’])" + "|(?<ann>"
					+ SMALL_NUMBER
					+ ")\\s+(?<anu2>days?|weeks?|months?|years?)\\s+(?<and2>later|afterwards?|earlier|before(?=\\s+the\\b)|after(?=\\s+the\\b)))",
			// "a second consecutive day", "a fourth week in a row", "today is the eighth
			// day of the strike", "its best week since November": the day or week a run
			// or a record has reached
			"(?<run>(?i:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:(?:straight|consecutive|successive)\\s+)?"
					+ "(?<runu>day|week)\\b(?:(?<=(?:straight|consecutive|successive)\\s{1,3}(?:day|week))"
					+ "|(?=\\s+(?:in\\s+a\\s+row|running)\\b)"
					+ "|(?<=(?:\\b(?:is|marks)|['’]s)\\s{1,3}the\\s{1,3}\\p{L}{5,7}\\s{1,3}(?:day|week))(?=\\s+of\\b)"
					// "the strike, now in its third day", "the talks entered their
					// second week"
					+ "|(?<=\\b(?:in|entered|into)\\s{1,3}(?:its|their)\\s{1,3}\\p{L}{5,7}\\s{1,3}(?:day|week)))"
					+ "|(?<=\\b(?:best|worst|biggest|strongest|weakest|sharpest|steepest)\\s)(?<runbu>day|week|month|year)(?=\\s+since\\b)"
					// "today is day three of the strike", "this is the eve of the
					// visit": the day an event has reached, or the day before it
					+ "|(?<=(?:\\b(?:is|marks)|['’]s)\\s{1,3})[Dd]ay\\s+(?:two|three|four|five|six|seven|eight|nine|ten)(?=\\s+of\\b)"
					+ "|(?<=(?:\\b(?:is|marks)|['’]s)\\s{1,3}the\\s{1,3})eve(?=\\s+of\\b))",
			"(?<set>(?:[Ee]very|[Ee]ach)\\s+(?<setu>day|week|month|quarter|year|hour|" + WEEKDAY + "|" + FULL_MONTH
					+ ")\\b|(?<![Aa]verage\\s)(?<seta>daily|weekly|monthly|annually|yearly|hourly|nightly)\\b)",
			// "several years", "the past few weeks", "recent months", "for decades": a
			// length of time whose count the text does not give
			"(?<vd>(?:(?:[Tt]he\\s+)?(?:past|last|next|coming|first)\\s+)?(?:[Ss]everal|(?:[Aa]\\s+)?[Ff]ew)[\\s-]+"
					+ VAGUE_UNIT + "(?!\\s+ago\\b)|(?:[Rr]ecent|(?:[Tt]he\\s+)?[Cc]oming)\\s+" + VAGUE_UNIT
					+ "|(?<=\\b(?:[Ff]or|[Ii]n|[Oo]ver|[Ww]ithin)\\s(?:just\\s|only\\s)?)(?:the\\s+(?=years))?"
					+ VAGUE_UNIT + "(?<=s)(?!\\s+(?:of|ago|old|later|earlier|before|after|since)\\b|-))",
			// a time placed only as past, present or future; "the future of the
			// industry" is its fate and "the now-closed bank" a state, no time
			"(?<vague>(?i:now(?!-\\p{L})|currently|nowadays|presently|these\\s+days)\\b|(?:[Mm]ore\\s+)?[Rr]ecently\\b"
					+ "|[Rr]ecent\\b(?![\\s-]+" + VAGUE_UNIT
					+ ")|[Cc]urrent\\b(?!\\s+(?:account|assets|liabilities)\\b)"
					+ "|(?:[Ss]everal|[Aa]\\s+few|[Mm]any)\\s+(?:days|weeks|months|years|decades)\\s+ago\\b"
					+ "|(?:[Aa]s\\s+)?soon\\s+as\\s+possible\\b|(?<!\\b[Aa]s\\s)\\b[Ss]oon\\b(?!\\s+(?:as|after|afterwards?|thereafter|before)\\b)"
					+ "|(?<=\\b[Ff]or\\s)the\\s+time\\s+being\\b|[Tt]he\\s+(?:near|short|long)\\s+term\\b(?!-)|[Aa]\\s+(?:later|future)\\s+date\\b"
					+ "|[Tt]he\\s+(?:near|distant)\\s+future\\b|[Tt]he\\s+(?:present|past|future)\\b(?![-\\s]+(?:\\d|(?:\\p{L}+[-\\s]+){1,2}(?:days?|weeks?|months?|years?|decades?|quarters?|(?:spring|summer|autumn|fall|winter)s?)\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|decades?\\b|quarters?\\b|century\\b|\\p{L}+\\s+of\\b|of\\b)))",
			"\\b(?<rel>(?i:yesterday|today|tomorrow|tonight)|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening)"
					+ "|(?:[Ee]arlier|[Ll]ater)\\s+(?:today|this\\s+(?:week|month|year))|[Tt]he\\s+current\\s+(?:fiscal\\s+)?year"
					+ "|(?<=\\b(?:[Oo]ver|[Oo]n|[Dd]uring|[Tt]hrough|[Ff]or|[Aa]t|[Bb]y|[Oo]f)\\s)[Tt]he\\s+weekend"
					+ "|(?:[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past)?|[Tt]he\\s+past|[Tt]he\\s+coming)\\s+(?:week(?:end)?|month|year|"
					+ WEEKDAY + ")|[Tt]he\\s+(?:previous|preceding|following)\\s+(?:" + WEEKDAY + ")|" + WEEKDAY
					// "Last Year the fair drew ...": a writer who capitalises the unit
					// still means the relative one, unless the words are a title: quoted,
					// or going on in capitals
					+ "|(?<![\"“‘]|\\b(?:[Oo]n|[Oo]f)\\s)(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+(?:Week|Month|Year)\\b"
					+ "(?![-\\s]+\\p{Lu}|['’]s\\s+\\p{Lu}|\\s*,?[\"”]|['’](?!s\\b))" + ")\\b",
			"\\b(?<agon>" + ScaledAgo.MULTIPLIED + "|" + SMALL_NUMBER
					+ ")\\s+(?<agou>days?|weeks?|months?|years?|decades?"
					// "a posting made 30 hours ago": a day and some hours back is the day
					// before the one the story is dated
					+ "|(?<=(?<!\\d)(?:2[4-9]|3\\d|4[0-7])\\s{1,3})hours)\\s+(?:or\\s+so\\s+)?ago\\b",
			// "a day-long meeting", "a year-long strike", "the worst single-day
			// decline": one unit's length
			"\\b(?:(?<lu>minute|hour|day|week|month|year)-long|[Ss]ingle-(?<lus>day|week|month|year))\\b",
			// "two to six days", "between 60 and 90 days": the first count of a range
			// is a length in the unit written after the second
			"\\b(?<rn>" + COUNT + ")(?=(?:\\s+(?:to|or|and)\\s+(?:" + COUNT
					+ ")|(?<=\\d)\\s*[-–]\\s*\\d{1,3}(?:,\\d{3})*)[\\s-]+(?<ru>days?|weeks?|months?|years?|decades?|hours?|minutes?)\\b"
					+ "(?!\\s+old|-old|\\s+ago|\\s+(?:later|afterwards?|earlier)))",
			// "2 1/2 years", "two and a half years", "a minute and a half": a count and
			// its half; "an hour later" is a length, as no time of day is counted from
			"\\b(?<dn>(?:\\d{1,3}(?:,\\d{3})*|(?i:a|the\\s+(?:next|past|last))\\s+couple\\s+of|(?i:the\\s+(?:next|past|last))(?=\\s+decade\\b)|an?|"
					+ SPOKEN_COUNT
					+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?<dnh>\\s+1/2|\\s+and\\s+a\\s+half)?)(?:\\s+(?:more|full|additional|whole|straight|consecutive|trading|business|working))?[\\s-]+(?<du>days?|weeks?|months?|years?|decades?|hours?|minutes?|quarters(?!\\s+(?:percent|points?)\\b|-)"
					// "three quarters of the vote" is a share; "two straight quarters of
					// growth" is no share
					+ "(?!(?<!(?:straight|consecutive|successive)\\s{1,3}quarters)\\s+of\\b))\\b(?!\\s+old|-old|-ago|-earlier|-end\\b|\\s+ago|(?<!hour|hours|minute|minutes)\\s+(?:later|afterwards?|earlier))"
					+ "(?<duh>(?<!s)\\s+and\\s+a\\s+half\\b(?!-))?");

	/**
	 * The kinds of expression as one, tried at each word that may begin one; each kind
	 * behind a look at its first character, which spares trying it where it cannot begin.
	 */
	static final Pattern DATES = Pattern.compile(MODIFIER + "(?:" + FirstChars.guarded(KINDS) + ")");

	/** A length of time alone, for words that looked like a date counted from another. */
	static final Pattern DURATION = Pattern.compile(("(?<dn>\\d{1,3}(?:,\\d{3})*|(?i:an?)|" + SPOKEN_COUNT
			+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))[\\s-]+(?<du>days?|weeks?|months?|years?|decades?)\\b"));

	private DateExpressions() {
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

	static int num(String digits) {
		return Integer.parseInt(digits);
	}

	static LocalDate date(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return LocalDate.of(year, month, day);
	}

}
