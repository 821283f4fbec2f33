package app.quarry.generation.extract;

import java.util.List;

/**
 * The kinds of date expression a calendar places on its own: a day, a month, a season, a
 * quarter, a decade, a century, a year in digits or in words, a time of day. Kept apart
 * from the kinds placed by their relation to another time because each list is read as
 * one; their order is the order they are tried in, and an earlier kind wins where two
 * match at the same word.
 */
final class CalendarDateKinds {

	/** Each kind, as one alternative of {@link DateExpressions#DATES}. */
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
			"\\b(?<rm>" + DateExpressions.MONTH + ")\\s+(?<rd1>" + DateExpressions.DAY + ")\\s*[–—-]\\s*(?<rd2>"
					+ DateExpressions.DAY + ")(?:\\s*,\\s*(?<ry>\\d{4})\\b|(?<rthat>" + DateExpressions.THAT_YEAR
					+ "))?",
			// "March 12 2009": a year may follow its day without the comma
			"\\b(?<mm>" + DateExpressions.MONTH + ")\\s+(?<md>" + DateExpressions.DAY
					+ ")(?:\\s*(?:st|nd|rd|th)\\b)?(?!:\\d)(?:\\s*,\\s*(?<my>\\d{4})\\b|[ \\t\\u00a0]+(?<my2>(?:1[0-9]|20)\\d\\d)\\b(?![.,]\\d)|(?<mthat>"
					+ DateExpressions.THAT_YEAR
					// "on the national holiday - March 3 - this year": a day set apart by
					// dashes takes the year after the closing dash
					+ "|(?<=[–—-]\\s{0,3}(?:" + DateExpressions.FULL_MONTH
					+ ")\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?)\\s+[–—-]\\s+(?:this|last|next)\\s+year\\b(?!['’])" + "))?",
			// a day and month never across a line: "aged 26" ending a title is not the
			// day of the date line under it
			// "20/21 July 356 BC": a day the sources disagree on is a range of the two;
			// a year with its era, or one just after a parenthesis ("(15 March), 44 BC"),
			// is the day's year
			"\\b(?:(?<dd0>" + DateExpressions.DAY + ")/)?(?<dd>" + DateExpressions.DAY
					+ ")(?:st|nd|rd|th)?[ \\t\\u00a0]+(?<dm>" + DateExpressions.MONTH
					+ ")(?:[ \\t\\u00a0]+(?<dyb>\\d{1,4})\\s*(?<dyera>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)|,?\\s+(?<dy>\\d{4})\\b"
					+ "|\\b(?=\\),?\\s+(?:(?<dyb2>\\d{1,4})\\s*(?<dyera2>BCE?\\b|B\\.C\\.|AD\\b|CE\\b|A\\.D\\.)|(?<dy2>\\d{4})\\b)))?\\b",
			// "In November, 2009, ...": a comma may set the year after its month, as long
			// as the year ends the phrase ("in March, 2000 people marched" counts)
			"\\b(?<ym>" + DateExpressions.MONTH + ")(?:\\s+(?:of\\s+)?|,\\s+(?=(?:1[89]|20)\\d\\d\\s*(?:[,.;:)]|$)))"
					+ "(?:(?<yy>\\d{4})|(?<yys>" + DateExpressions.SPOKEN_YEAR + "))\\b",
			"(?<sn>(?:[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past)?|[Tt]he\\s+(?:coming|past|following))\\s+)?(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
					+ "(?:\\s+(?:of\\s+)?(?:(?<sy>\\d{4})|(?<sys>" + DateExpressions.SPOKEN_YEAR + "))\\b|\\b)",
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
			// (a typesetter may turn the mark the other way: "in ‘02")
			"(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Oo]f|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Tt]he|and|to)\\s['’‘])"
					+ "|(?<=\\b(?:[Ee]arly|[Ll]ate|[Mm]id|of)[\\s-])(?:the\\s+)?['’‘])(?:(?<dec2>\\d0)s|(?<y2>\\d\\d))\\b(?![.,]\\d|['’])",
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
			"(?<omrel>(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?=(?:" + DateExpressions.FULL_MONTH
					+ ")\\b)(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]etween|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|and|[Tt]he|[Ee]nd of|[Ss]tart of|[Bb]eginning of|[Ff]or|to|a|[Tt]heir|[Ii]ts|[Oo]ur)\\s{1,3}|\\b(?:"
					+ DateExpressions.FULL_MONTH
					+ ")\\s{1,3}or\\s{1,3}|mid-|[Ll]ate-|[Ee]arly-)(?<!(?:Ides|Nones|Kalends) of )(?<om>"
					+ DateExpressions.FULL_MONTH + ")\\b(?!\\s+\\d)(?<omthat>" + DateExpressions.THAT_YEAR + ")?",
			"(?<fy>(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s+|FY\\s?)(?<fyy>\\d{4}))\\b", "\\b(?<yth>(?:that|the same) year)\\b",
			// a year said in words, as a broadcast transcript writes it
			"(?<spy>(?<spc>[Nn]ineteen|[Ee]ighteen)\\s+(?<spr>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
					+ "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
					+ "|sixteen|seventeen|eighteen|nineteen|oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine))"
					+ "|(?<=[Tt]he\\s{1,3}year\\s)two\\s+thousand(?:\\s+(?:and\\s+)?(?<spt>"
					+ DateExpressions.AFTER_TWO_THOUSAND + "))?"
					// "in two thousand and one, ...": a year only where a clause goes on
					+ "|(?<=[Ii]n\\s)two\\s+thousand\\s+(?:and\\s+)?(?<spt2>" + DateExpressions.AFTER_TWO_THOUSAND + ")"
					+ "(?=\\s*[,.;]|\\s+(?:the|a|an|he|she|it|they|we|I|his|her|its|their)\\b))"
					+ "\\b(?![\\s-]+(?:dollars|people|years|times|miles)\\b)",
			// "the fiscal year ended Sept. 30": a year's length, placed by its last day
			"(?<ye>(?:[Tt]he\\s+)?(?:fiscal\\s+)?year)(?=\\s+(?:ended|ending)\\b)",
			// the year or the day a report is about: "for the full year", "by year-end",
			// "to end the day"
			"(?<rp>(?:[Tt]he\\s+(?:full\\s+|entire\\s+|whole\\s+|fiscal\\s+|current\\s+fiscal\\s+)?(?<rpu>year|day)|year[-\\s]end|year['’]s\\s+end)\\b"
					// "the year before the merger" is a year the text names by its event
					+ "(?!(?<=year)\\s+(?:before|after)\\b)" + "(?![-\\s]+(?:(?:ended|ending|(?:before|after)"
					+ DateExpressions.ALONE
					+ "|earlier|later|previous|prior|ago|of|when|that|in\\s+which|on\\s+which|two"
					+ "|the|an?|he|she|it|they|we|I|you|his|her|its|their|this|these|those)\\b|\\d|[A-Z])|-))",
			"\\b(?<!\\d[.,])(?<yr>(?:[Tt]he year\\s+)?(?:1[0-9]|20)\\d\\d)(?:\\s*[–/-]\\s*(?<yr2>\\d{2}|\\d{4}))?\\b(?!-\\d|/\\d|[.,]\\d|\\s*(?:years?|people|km|miles|dollars|won(?![’']t)|yen|%|percent|troops|soldiers|BC|AD|B\\.C\\.|A\\.D\\.)\\b)");

	private CalendarDateKinds() {
	}

}
