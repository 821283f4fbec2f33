package app.quarry.generation.extract;

import java.util.List;

/**
 * The kinds of date expression placed by their relation to another time ("the next day",
 * "three weeks ago", "last year"), a run or a repeat ("a third straight day", "every
 * week"), a time only vaguely placed ("recently"), and lengths of time ("two and a half
 * years"). They are tried after the calendar's kinds, in the order listed, so a date the
 * calendar places wins over a reading of its words as a relation.
 */
final class RelativeTimeKinds {

	/** Each kind, as one alternative of {@link DateExpressions#DATES}. */
	static final List<String> KINDS = List
		.of("(?<an>(?:[Tt]he\\s+)(?<anw>following|next|previous|prior|preceding|same)\\s+(?<anu>day|week|month|year)\\b"
				// "appeared in court the next morning": the day after the one told of
				+ "|[Tt]he\\s+(?:following|next)\\s+(?<anp>morning|afternoon|evening|night)\\b"
				// "the day before." is the day before the last one named; "the day
				// before the plunge" is a day the text names by its event
				// "than the year before.", "the month previous": the one before the
				// last named
				+ "|[Tt]he\\s+(?<and1u>day|month|year)\\s+(?<and1>before|after|previous|prior|earlier)\\b"
				+ DateExpressions.ALONE
				// "the week after the bombing": the week after the one of an event
				// the
				// text has dated
				+ "|[Tt]he\\s+week(?=\\s+(?<and3>before|after)\\s+(?:the|his|her|its|their)\\s+\\p{L})"
				// "that day", "earlier that day": the day the text has just told of
				+ "|(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?<ant>[Tt]hat)\\s+(?:same\\s+)?day\\b(?!['’])" + "|(?<ann>"
				+ DateExpressions.SMALL_NUMBER
				+ ")\\s+(?<anu2>days?|weeks?|months?|years?)\\s+(?<and2>later|afterwards?|earlier|before(?=\\s+the\\b)|after(?=\\s+the\\b)))",
				// "a second consecutive day", "a fourth week in a row", "today is the
				// eighth
				// day of the strike", "its best week since November": the day or week a
				// run
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
				"(?<set>(?:[Ee]very|[Ee]ach)\\s+(?<setu>day|week|month|quarter|year|hour|" + DateExpressions.WEEKDAY
						+ "|" + DateExpressions.FULL_MONTH
						+ ")\\b|(?<![Aa]verage\\s)(?<seta>daily|weekly|monthly|annually|yearly|hourly|nightly)\\b)",
				// "several years", "the past few weeks", "recent months", "for decades":
				// a
				// length of time whose count the text does not give
				"(?<vd>(?:(?:[Tt]he\\s+)?(?:past|last|next|coming|first)\\s+)?(?:[Ss]everal|(?:[Aa]\\s+)?[Ff]ew)[\\s-]+"
						+ DateExpressions.VAGUE_UNIT + "(?!\\s+ago\\b)|(?:[Rr]ecent|(?:[Tt]he\\s+)?[Cc]oming)\\s+"
						+ DateExpressions.VAGUE_UNIT
						+ "|(?<=\\b(?:[Ff]or|[Ii]n|[Oo]ver|[Ww]ithin)\\s(?:just\\s|only\\s)?)(?:the\\s+(?=years))?"
						+ DateExpressions.VAGUE_UNIT
						+ "(?<=s)(?!\\s+(?:of|ago|old|later|earlier|before|after|since)\\b|-))",
				// a time placed only as past, present or future; "the future of the
				// industry" is its fate and "the now-closed bank" a state, no time
				"(?<vague>(?i:now(?!-\\p{L})|currently|nowadays|presently|these\\s+days)\\b|(?:[Mm]ore\\s+)?[Rr]ecently\\b"
						+ "|[Rr]ecent\\b(?![\\s-]+" + DateExpressions.VAGUE_UNIT
						+ ")|[Cc]urrent\\b(?!\\s+(?:account|assets|liabilities)\\b)"
						+ "|(?:[Ss]everal|[Aa]\\s+few|[Mm]any)\\s+(?:days|weeks|months|years|decades)\\s+ago\\b"
						+ "|(?:[Aa]s\\s+)?soon\\s+as\\s+possible\\b|(?<!\\b[Aa]s\\s)\\b[Ss]oon\\b(?!\\s+(?:as|after|afterwards?|thereafter|before)\\b)"
						+ "|(?<=\\b[Ff]or\\s)the\\s+time\\s+being\\b|[Tt]he\\s+(?:near|short|long)\\s+term\\b(?!-)|[Aa]\\s+(?:later|future)\\s+date\\b"
						+ "|[Tt]he\\s+(?:near|distant)\\s+future\\b|[Tt]he\\s+(?:present|past|future)\\b(?![-\\s]+(?:\\d|(?:\\p{L}+[-\\s]+){1,2}(?:days?|weeks?|months?|years?|decades?|quarters?|(?:spring|summer|autumn|fall|winter)s?)\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|decades?\\b|quarters?\\b|century\\b|\\p{L}+\\s+of\\b|of\\b)))",
				"\\b(?<rel>(?i:yesterday|today|tomorrow|tonight)|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening)"
						+ "|(?:[Ee]arlier|[Ll]ater)\\s+(?:today|this\\s+(?:week|month|year))|[Tt]he\\s+current\\s+(?:fiscal\\s+)?year"
						+ "|(?<=\\b(?:[Oo]ver|[Oo]n|[Dd]uring|[Tt]hrough|[Ff]or|[Aa]t|[Bb]y|[Oo]f)\\s)[Tt]he\\s+weekend"
						+ "|(?:[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past)?|[Tt]he\\s+past|[Tt]he\\s+coming)\\s+(?:week(?:end)?|month|year|"
						+ DateExpressions.WEEKDAY + ")|[Tt]he\\s+(?:previous|preceding|following)\\s+(?:"
						+ DateExpressions.WEEKDAY + ")|" + DateExpressions.WEEKDAY
						// "Last Year the fair drew ...": a writer who capitalises the
						// unit
						// still means the relative one, unless the words are a title:
						// quoted,
						// or going on in capitals
						+ "|(?<![\"“‘]|\\b(?:[Oo]n|[Oo]f)\\s)(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+(?:Week|Month|Year)\\b"
						+ "(?![-\\s]+\\p{Lu}|['’]s\\s+\\p{Lu}|\\s*,?[\"”]|['’](?!s\\b))" + ")\\b",
				"\\b(?<agon>" + ScaledAgo.MULTIPLIED + "|" + DateExpressions.SMALL_NUMBER
						+ ")\\s+(?<agou>days?|weeks?|months?|years?|decades?"
						// "a posting made 30 hours ago": a day and some hours back is the
						// day
						// before the one the story is dated
						+ "|(?<=(?<!\\d)(?:2[4-9]|3\\d|4[0-7])\\s{1,3})hours)\\s+(?:or\\s+so\\s+)?ago\\b",
				// "a day-long meeting", "a year-long strike", "the worst single-day
				// decline": one unit's length
				"\\b(?:(?<lu>minute|hour|day|week|month|year)-long|[Ss]ingle-(?<lus>day|week|month|year))\\b",
				// "two to six days", "between 60 and 90 days": the first count of a range
				// is a length in the unit written after the second
				"\\b(?<rn>" + DateExpressions.COUNT + ")(?=(?:\\s+(?:to|or|and)\\s+(?:" + DateExpressions.COUNT
						+ ")|(?<=\\d)\\s*[-–]\\s*\\d{1,3}(?:,\\d{3})*)[\\s-]+(?<ru>days?|weeks?|months?|years?|decades?|hours?|minutes?)\\b"
						+ "(?!\\s+old|-old|\\s+ago|\\s+(?:later|afterwards?|earlier)))",
				// "2 1/2 years", "two and a half years", "a minute and a half": a count
				// and
				// its half; "an hour later" is a length, as no time of day is counted
				// from
				"\\b(?<dn>(?:\\d{1,3}(?:,\\d{3})*|(?i:a|the\\s+(?:next|past|last))\\s+couple\\s+of|(?i:the\\s+(?:next|past|last))(?=\\s+decade\\b)|an?|"
						+ DateExpressions.SPOKEN_COUNT
						+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?<dnh>\\s+1/2|\\s+and\\s+a\\s+half)?)(?:\\s+(?:more|full|additional|whole|straight|consecutive|trading|business|working))?[\\s-]+(?<du>days?|weeks?|months?|years?|decades?|hours?|minutes?|quarters(?!\\s+(?:percent|points?)\\b|-)"
						// "three quarters of the vote" is a share; "two straight quarters
						// of
						// growth" is no share
						+ "(?!(?<!(?:straight|consecutive|successive)\\s{1,3}quarters)\\s+of\\b))\\b(?!\\s+old|-old|-ago|-earlier|-end\\b|\\s+ago|(?<!hour|hours|minute|minutes)\\s+(?:later|afterwards?|earlier))"
						+ "(?<duh>(?<!s)\\s+and\\s+a\\s+half\\b(?!-))?");

	private RelativeTimeKinds() {
	}

}
