package app.quarry.generation;

import app.quarry.bank.QuestionFormat;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.Sentence;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.LetterFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Questions on a date: "On what date did ...?" as multiple choice, typed and flashcard; a
 * cloze; true/false. A relative date ("Friday", "last month") is asked too: the answer is
 * the calendar date it stands for, while the cloze keeps the sentence's own words. A
 * sentence that needs its neighbours ("He started Apple in 1976") is asked only as a
 * cloze, which shows it as it stands.
 */
final class DateQuestions {

	/**
	 * A date written as a name or a number ("June 12", "Sunday", "2019"), not a phrase
	 * ("the beginning of August", "last year") whose words a calendar date cannot take
	 * the place of.
	 */
	private static final Pattern CALENDAR_WRITTEN = Pattern.compile("[\\d\\p{Lu}]");

	private static final Pattern YEAR = Pattern.compile("['’]?\\d{2}|\\d{4}(?:\\s*[–/-]\\s*\\d{2,4})?");

	private static final Pattern OTHER_DATE = Pattern.compile(
			"\\b(?:1[0-9]|20)\\d\\d\\b|\\b(?:January|February|March|April|June|July|August|September|October|November|December)\\b");

	/** "this year" left in a question on a month or a day gives its year away. */
	private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis\\s+year\\b");

	/**
	 * "The day", "the full year", "the latest quarter", "third-quarter results", "the
	 * year-ago period": the period a report is about or compares with, whose words alone
	 * make no question ("to end _____ at 9505.96"), nor does a fiscal quarter ("the
	 * fiscal first quarter"), whose months the company's year decides; with a bound ("the
	 * start of the day") or a year ("the third quarter of 2009", "next year's first
	 * quarter") they say when something happened.
	 */
	private static final Pattern PERIOD_OF_A_REPORT = Pattern.compile(
			"(?i)(?:the\\s+(?:full\\s+|fiscal\\s+|current\\s+fiscal\\s+)?(?:day|year)|year[-\\s]end|year['’]s\\s+end"
					+ "|(?:the\\s+)?(?:(?:fiscal|financial)\\s+)?(?:(?:" + ReportedPeriodClozes.LATEST_WORDS
					+ "|last|recent|current|past|previous|same|" + ReportedPeriodClozes.QUARTER_NUMBERS
					+ ")[-\\s]+)?(?:fiscal\\s+|financial\\s+)?quarter"
					+ "|(?:the\\s+)?year-(?:earlier|ago)(?:\\s+(?:period|quarter|results?))?)");

	/**
	 * "the quarter ended", "the six months ending", "the year through": a period's end.
	 */
	private static final Pattern PERIOD_ENDED = Pattern.compile(
			"(?i)\\b(?:quarter|year|period|months|weeks|half)\\s+(?:that\\s+|which\\s+)?(?:ended|ending|through)\\s+$");

	/**
	 * "on Monday and Tuesday nights", "Friday evenings": a weekday with a plural part of
	 * the day recurs every week; it dates no single event.
	 */
	private static final Pattern RECURRING_DAY = Pattern
		.compile("(?:\\s*(?:,|\\s(?:and|or))\\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)*\\s+"
				+ "(?:nights|evenings|mornings|afternoons)\\b");

	/** "two days before", "a year after": date words whose event follows them. */
	private static final Pattern COUNTED_FROM_AN_EVENT = Pattern.compile("(?i)\\s(?:before|after)$");

	private DateQuestions() {
	}

	static List<BankQuestion> of(FactSite site, DateFact fact, DistractorPool pool) {
		List<BankQuestion> apposed = ApposedDays.of(site, fact, pool);
		if (!apposed.isEmpty()) {
			// "Nov. 3, the day before the warrant was issued": asked as the warrant's day
			return apposed;
		}
		List<BankQuestion> start = EventStarts.of(site, fact, pool);
		if (!start.isEmpty()) {
			// "today is the fourth day of the strike": asked as the day the strike began
			return start;
		}
		List<BankQuestion> months = isTitle(site) ? null : MonthsOfAYear.of(site, fact);
		if (months != null) {
			// "the first nine months of 1997": asked as those months
			return months;
		}
		String sentence = site.text();
		if (PeriodsToldByTheirEnd.is(site, fact)) {
			// "for its second quarter ended Friday": the day it ended is asked on its
			// own; the quarter's months would be a guess at the company's year
			return List.of();
		}
		if (!isTitle(site) && !UnsureRelativeDates.unsure(site, fact)) {
			List<BankQuestion> period = ReportedPeriodClozes.of(site, fact);
			if (period != null) {
				return period;
			}
		}
		DateValue date = DateValue
			.parse(YearEdges.bounded(fact.text(), fact.value(), site.text().substring(0, site.from())));
		boolean yearOfAnEvent = YEAR.matcher(fact.text()).matches() && (YearsBesideNouns.datesAnEvent(sentence, site)
				|| NamedEventYears.dated(sentence, site) || EditionYears.names(sentence, site)
				|| YearsBesideNouns.datesACommonNoun(sentence, site) && !OtherDates.told(site, fact));
		// a report's numbered quarters are asked above, where the story shows it reports
		// figures and which months its year gives them
		boolean periodOfAReport = PERIOD_OF_A_REPORT.matcher(fact.text()).matches();
		if (date != null && !isTitle(site) && !periodOfAReport && PossessiveDates.ownsAnEvent(sentence, site)
				&& !UnsureRelativeDates.unsure(site, fact)) {
			return Stream.of(PossessiveDates.cloze(site, date)).filter(q -> q != null).toList();
		}
		if (date != null && isTitle(site)) {
			// a headline is no statement to rewrite or to judge true, but its own words
			// make a cloze as well as any sentence's ("Bread prices rise to a high in
			// _____"); a year alone in a headline mostly names an event ("the 2014
			// Harbour Cup")
			// rather than dating what the headline tells; readers disagree whether
			// even an edition's year ("2011 Acme Cup: ...") is the headline's date
			return UnsureRelativeDates.unsure(site, fact) || ReportBaselines.is(fact) || periodOfAReport
					|| YEAR.matcher(fact.text()).matches() ? List.of()
							: Stream.of(cloze(site, fact, date)).filter(q -> q != null).toList();
		}
		if (date == null || ReportBaselines.is(fact) || BaselineYears.yardstick(site, fact, sentence)
				|| periodOfAReport && !YearEnds.isAPoint(sentence, site.from(), fact.text())
						&& !UnsureRelativeDates.countedFromADatedEvent(site, fact)
				|| YEAR.matcher(fact.text()).matches() && YearsBesideNouns.namesAThing(sentence, site) && !yearOfAnEvent
				|| UnsureRelativeDates.unsure(site, fact) || possessive(sentence, site)
				|| RECURRING_DAY.matcher(sentence).region(site.to(), sentence.length()).lookingAt()) {
			return List.of();
		}
		boolean alone = SelfContained.check(sentence);
		List<BankQuestion> questions = new ArrayList<>();
		String answer = date.display();
		List<String> accepted = date.accepted();
		List<DateValue> distractors = pool.dates(date, site.seed());
		// "the 1998 beating of ...": the year dates the event, yet a question rewritten
		// around it would read as a label; the cloze keeps the sentence's own words
		// "a month after the opening of X": the words before "before" or "after" are
		// the date's, the event after them would be left in the question without them
		// "said that _____ was a hard year": a question rewritten around a year that is
		// its clause's subject would ask what the year was
		boolean subject = YEAR.matcher(fact.text()).matches() && YearsBesideNouns.subjectAfterThat(sentence, site);
		String asked = alone && daysOrSingle(date) && !yearOfAnEvent && !subject
				&& !COUNTED_FROM_AN_EVENT.matcher(fact.text()).find()
						? DateQuestionWriter.question(sentence, site.from(), site.to(), date.precision()) : null;
		if (asked != null && PERIOD_ENDED.matcher(sentence.substring(0, site.from())).find()) {
			// "lost $2 million in the quarter ended Nov. 30": the date ends the period
			// the
			// figure is for; "On what date did the mill lose ..." asks what the text
			// never
			// said
			asked = null;
		}
		if (asked != null && date.iso().length() > 4 && THIS_YEAR.matcher(asked).find()) {
			// "In what month was released this year the game ...?": the question
			// tells the year it asks for, and is as often cut from another clause
			// than the month's
			asked = null;
		}
		if (asked != null && OTHER_DATE.matcher(asked).find()) {
			// "In what year was 2007 the year of the iPhone?": another date left in the
			// question makes it a riddle about which one is asked
			asked = null;
		}
		if (asked != null) {
			if (distractors.size() == 3) {
				questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, asked, answer, date.iso(), accepted,
						options(date, distractors), null));
			}
			questions.add(site.question(QuestionFormat.TYPED, asked, answer, date.iso(), accepted, List.of(), null));
			questions
				.add(site.question(QuestionFormat.FLASHCARD, asked, answer, date.iso(), accepted, List.of(), null));
		}
		String written = Statement.plain(fact.text());
		questions.add(cloze(site, fact, date));
		// a false statement must read differently from the true one: "15 March" with its
		// year written elsewhere cannot show a distractor a year away
		// the answer in the sentence's style, written once for all the distractors
		String right = distractors.isEmpty() ? null : date.inStyleOf(written);
		// nor one the sentence already tells of: "the May 24 announcement of a summit to
		// be
		// held on May 24" contradicts itself and so tells "False"
		DateValue wrong = distractors.stream()
			.filter(d -> !d.inStyleOf(written).equals(right) && !sentence.contains(d.inStyleOf(written)))
			.findFirst()
			.orElse(null);
		// "at the beginning of August": a calendar date put in its place ("at April
		// 2018") would not read as English, and so would tell "False"
		if (alone && wrong != null && CALENDAR_WRITTEN.matcher(written).lookingAt()
				&& !YearEnds.isAPoint(sentence, site.from(), fact.text())
				&& !UnsureRelativeDates.countedFromADatedEvent(site, fact)) {
			boolean truth = StableChoice.coin(site.seed() + "|true_false");
			String statement = truth ? Statement.withoutCredit(sentence.strip())
					: SwappedDates.fitted(site.replaced(wrong.inStyleOf(written)), wrong.inStyleOf(written));
			questions.add(TrueFalse.question(site, statement, truth));
		}
		return questions.stream().filter(q -> q != null).toList();
	}

	/** The sentence with its date blanked, to be filled in with its own words. */
	private static BankQuestion cloze(FactSite site, DateFact fact, DateValue date) {
		String written = Statement.plain(fact.text());
		List<String> accepted = Stream.concat(Stream.of(written), date.accepted().stream()).distinct().toList();
		return site.question(QuestionFormat.CLOZE, "Fill in the date: " + site.blanked(), written, date.iso(), accepted,
				List.of(), null);
	}

	/**
	 * Whether a date stands alone on its line near the top of a document: the line that
	 * dates an article. It is no statement, yet when the document was written is worth
	 * knowing; a letter's date line is asked by the letter's own questions.
	 */
	static boolean isDateLine(SourceDocument document, Sentence sentence, DateFact fact) {
		return fact.start() - sentence.start() <= 1 && sentence.end() - fact.end() <= 1 && fact.start() < 600
		// a letter's own date line belongs to its header, which its letter questions
		// ask; a story that only tells of letters still has a date of its own
				&& document.facts()
					.stream()
					.noneMatch(f -> f instanceof LetterFact && f.start() <= fact.start() && fact.end() <= f.end());
	}

	/**
	 * "What is the date of “Title”?" for the date line of a document, named by how it
	 * begins when it has no title.
	 */
	static List<BankQuestion> dateLine(FactSite site, DateFact fact, DistractorPool pool) {
		DateValue date = DateValue.parse(fact.value());
		String title = site.document().document().title();
		if (date == null || fact.relative() || date.precision() != DateValue.Precision.DAY) {
			return List.of();
		}
		String named;
		if (title == null || title.isBlank() || title.strip().equals(fact.text().strip())) {
			named = OpeningWords.after(site.document(), site.sentence());
		}
		else {
			// a title that holds the date ("News briefs: April 18, 2014") would give the
			// answer away, and without it ("News briefs") may name several documents
			named = title.contains(fact.text()) ? null : "“" + title.strip() + "”";
		}
		if (named == null) {
			return List.of();
		}
		String asked = "What is the date of " + named + "?";
		List<BankQuestion> questions = new ArrayList<>();
		List<DateValue> distractors = pool.dates(date, site.seed());
		if (distractors.size() == 3) {
			questions.add(site.question(QuestionFormat.MULTIPLE_CHOICE, asked, date.display(), date.iso(),
					date.accepted(), options(date, distractors), null));
		}
		questions.add(site.question(QuestionFormat.TYPED, asked, date.display(), date.iso(), date.accepted(), List.of(),
				null));
		return questions.stream().filter(q -> q != null).toList();
	}

	static List<String> options(DateValue date, List<DateValue> distractors) {
		return Stream.concat(Stream.of(date), distractors.stream())
			.sorted(Comparator.comparingInt((DateValue d) -> DateValue.year(d.iso())).thenComparing(DateValue::iso))
			.map(DateValue::display)
			.toList();
	}

	/**
	 * Whether "On what date(s) ...?" fits the value: a day, month, year or span of days;
	 * a decade or a span of years is asked only as a cloze.
	 */
	private static boolean daysOrSingle(DateValue date) {
		return date.precision() != DateValue.Precision.RANGE || date.shape().equals("RANGE8");
	}

	/**
	 * A date written as a possessive ("this year's conference", "Friday's close")
	 * qualifies a noun: its blank would leave a dangling "'s".
	 */
	private static boolean possessive(String sentence, FactSite site) {
		String after = sentence.substring(site.to());
		return after.startsWith("'s") || after.startsWith("’s");
	}

	/**
	 * A headline states no date of its own: its facts are asked where the body says them.
	 */
	private static boolean isTitle(FactSite site) {
		String title = site.document().document().title();
		return title != null && Prose.normalize(title).equals(Prose.normalize(site.sentence().text()));
	}

}
