package app.quarry.generation.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * One pass over a document: reads each date, duration and time where the expression
 * matches, in order, with what the pass knows so far (the year in focus, the last month
 * and day named, the reference date), then gives the dates found a second look.
 */
final class DateRun {

	/**
	 * How far before the date line the last year named must lie for the text to be a
	 * history rather than news looking back.
	 */
	private static final int NARRATIVE_YEARS = 50;

	/** A value that names a month (or a day): "2009-12", "2009-12-01", not a range. */
	private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?$");

	/** No tense read yet: {@link Tense#of} gives only -1, 0 or 1. */
	private static final int TENSE_NOT_READ = Integer.MIN_VALUE;

	final DocumentText doc;

	final LocalDate ref;

	final YearMonth refMonth;

	/** The years a story with no date line is told in, read when first asked for. */
	private final StoryYears storyYears = new StoryYears(this);

	/** Where the pass stops reading: see {@link #until}. */
	private int stopAt = Integer.MAX_VALUE;

	Integer focusYear;

	int focusSentence = -10;

	/** Where the year last named stands. */
	int focusAt = -1;

	/** Whether the year in focus is one a span of time runs since: "since 2003". */
	boolean focusStartsASpan;

	/**
	 * The tense of the words around the year in focus, read when first asked for (see
	 * {@link #focusToldAhead}); {@link #TENSE_NOT_READ} until then.
	 */
	private int focusTense = TENSE_NOT_READ;

	/** The month of the last date that named one, and its sentence. */
	YearMonth lastMonth;

	int lastMonthSentence = -10;

	/** Where words already read as part of the last date end, beyond its own span. */
	int claimedTo = -1;

	/** The latest year the text has named so far. */
	int latestYear = Integer.MIN_VALUE;

	final List<Fact> facts = new ArrayList<>();

	final YearChoice years = new YearChoice(this);

	final RelativeDates relatives = new RelativeDates(this);

	final TimesOfDay times = new TimesOfDay(this);

	final NamedQuarters quarters = new NamedQuarters(this);

	final DatesNamedBefore earlier = new DatesNamedBefore(this);

	private final DateReaders readers = new DateReaders(this);

	final DateRevisions revisions = new DateRevisions(this);

	/** Where the expression has matched nothing in this text, in any pass over it. */
	private final BitSet noDateAt;

	DateRun(DocumentText doc, ExtractionContext context) {
		this(doc, context, new BitSet());
	}

	DateRun(DocumentText doc, ExtractionContext context, BitSet noDateAt) {
		this.doc = doc;
		this.noDateAt = noDateAt;
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

	/** The year a story with no date line looks back on, or null (see StoryYears). */
	Integer reviewedYear() {
		return this.storyYears.reviewed();
	}

	/** The year a story with no date line is told in, or null (see StoryYears). */
	Integer toldInYear() {
		return this.storyYears.toldIn();
	}

	List<Fact> all() {
		return until(fact -> Integer.MAX_VALUE);
	}

	/**
	 * The dates read up to where {@code stop}, told each date as it is read, says to stop
	 * ({@code Integer.MAX_VALUE} to read on): no date beginning there or beyond is read,
	 * and the second looks are given to the dates read. The dates before the stop are
	 * those {@link #all} reads, since the pass reads from left to right; a second look
	 * joins only dates that stand close together.
	 */
	List<Fact> until(ToIntFunction<Fact> stop) {
		String clean = this.doc.cleanText();
		// a matcher for each expression of a first character (see DatesByFirstChar),
		// taken from those of the documents read before on this thread
		Map<Pattern, Matcher> kept = KeptMatchers.take();
		try {
			return all(clean, kept, stop);
		}
		finally {
			KeptMatchers.giveBack(kept);
		}
	}

	private List<Fact> all(String clean, Map<Pattern, Matcher> kept, ToIntFunction<Fact> stop) {
		Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
		int[] done = { 0 };
		WordStarts.forEachUntil(clean, DateTriggers.TRIGGERS, (at) -> {
			if (at >= this.stopAt) {
				return false;
			}
			if (at < done[0] || this.noDateAt.get(at) || !DateTriggers.mayStart(clean, at)) {
				return true;
			}
			Matcher m = matchers.computeIfAbsent(DatesByFirstChar.at(clean.charAt(at)),
					p -> KeptMatchers.reset(kept, p, clean));
			m.region(at, clean.length());
			if (!m.lookingAt()) {
				this.noDateAt.set(at);
				return true;
			}
			if (at > 0 && (clean.charAt(at - 1) == '-' || Character.isLetterOrDigit(clean.charAt(at - 1)))
					&& m.group("om") == null) {
				return true;
			}
			this.claimedTo = -1;
			Fact fact = this.readers.read(m, clean);
			if (fact == null && m.group("an") != null) {
				// "a month after the summit" with no date to count from: a length of
				// time
				Matcher d = DateExpressions.DURATION.matcher(clean).region(at, clean.length());
				if (d.lookingAt()) {
					Long n = NumberWords.cardinal(d.group("dn"));
					fact = n == null ? null
							: new DurationFact(text(at, d.end()), at, d.end(), Durations.iso(n, d.group("du")));
				}
			}
			if (fact != null) {
				done[0] = Math.max(fact.end(), this.claimedTo);
				this.facts.add(fact);
				this.stopAt = Math.min(this.stopAt, stop.applyAsInt(fact));
			}
			return true;
		});
		SharedMonthDays.add(this);
		SharedYearTails.add(this);
		this.revisions.weekdaysWithTheirDate();
		this.revisions.daysBeforeOrAfterADate();
		OffsetsFromALaterDate.apply(this);
		OffsetsBeforeTheirDay.apply(this);
		DaysOfTheMonthAlone.add(this);
		this.revisions.resolveQuotedRelatives();
		this.revisions.resolveTodayToTheNewsDay();
		this.times.timesOfDay();
		return this.facts;
	}

	/**
	 * 1 when the words around a date speak of the future, -1 of the past, 0 when they do
	 * not tell.
	 */
	int tense(int at) {
		return Tense.of(this.doc, at);
	}

	/**
	 * Whether the words around a date speak of the future. The clause before the date
	 * decides when it has a verb ("Apple announced Friday that it will ..." is the past
	 * Friday, "the markets will reopen Friday" the next one); "until" before a date in a
	 * clause that is not in the past points ahead; a date that opens its clause ("In
	 * March, the plant will ...") takes the sentence's tense.
	 */
	boolean future(int at) {
		return tense(at) > 0;
	}

	/**
	 * Whether the text tells of a time long before its date line (a history written
	 * today): a day or month without a year then belongs to the last year the story
	 * named, however many sentences back, not to the year the page was dated.
	 */
	boolean inNarrative(int sentence) {
		return this.focusYear != null && this.refMonth != null && sentence - this.focusSentence <= 3
				&& this.latestYear != Integer.MIN_VALUE && this.refMonth.getYear() - this.latestYear > NARRATIVE_YEARS;
	}

	void focus(int year, int sentence, int at) {
		if (!onShortLine(at)) {
			// a date line alone says when the page was dated, not what it tells of
			this.latestYear = Math.max(this.latestYear, year);
		}
		this.focusYear = year;
		this.focusSentence = sentence;
		this.focusAt = at;
		this.focusStartsASpan = false;
		// read when asked for: every year named moves the focus, few dates ask its
		// tense, and reading a tense was a tenth of finding the dates
		this.focusTense = TENSE_NOT_READ;
	}

	/**
	 * Whether the year in focus was told of in words about the future: "hopes sales will
	 * climb ahead of the 2012 Olympic Games".
	 */
	boolean focusToldAhead() {
		if (this.focusTense == TENSE_NOT_READ) {
			this.focusTense = tense(this.focusAt);
		}
		return this.focusTense > 0;
	}

	boolean onShortLine(int at) {
		String clean = this.doc.cleanText();
		int a = clean.lastIndexOf('\n', at) + 1;
		int b = clean.indexOf('\n', at);
		return (b < 0 ? clean.length() : b) - a <= 40;
	}

	int sentenceIndex(int at) {
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

	DateFact dateFact(int s, int e, String value, boolean relative) {
		if (value != null && MONTH_VALUE.matcher(value).lookingAt()) {
			this.lastMonth = IsoDates.month(value.substring(0, 7));
			this.lastMonthSentence = sentenceIndex(s);
		}
		return new DateFact(text(s, e), s, e, value, relative);
	}

	String text(int s, int e) {
		return this.doc.text().substring(s, e);
	}

}
