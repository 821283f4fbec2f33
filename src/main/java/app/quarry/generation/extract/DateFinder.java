package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.DocumentText;
import app.quarry.corpus.Sentence;

/**
 * Finds dates, durations and times. Absolute dates ("April 1, 2018", "2018-09-10", "1
 * April 2018") are taken as written; partial ones ("Sept. 7", "in June") get their year
 * from "of that year" (the last year named), from a year named in the same or the
 * previous sentence, or from the reference date and the sentence's tense (past: the last
 * such date on or before it; future: the next). Relative expressions ("yesterday",
 * "Sunday", "last week") are resolved against the reference date; a week is given as a
 * range Monday/Sunday. "between April 2018 and August 2019" gives two dates. Expressions
 * that cannot be placed keep a null value.
 */
public final class DateFinder implements FactFinder {

	static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
			+ "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

	private static final String FULL_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

	private static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

	private static final String THAT_YEAR = "\\s+of\\s+(?:that|the same|next|last|this|the following|the previous)\\s+year";

	private static final Pattern DATES = Pattern.compile(String.join("|",
			"\\b(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})\\b(?!-\\d)",
			"\\b(?<rm>" + MONTH
					+ ")\\s+(?<rd1>\\d{1,2})\\s*[–—-]\\s*(?<rd2>\\d{1,2})(?!\\d)(?:\\s*,\\s*(?<ry>\\d{4})\\b|(?<rthat>"
					+ THAT_YEAR + "))?",
			"\\b(?<mm>" + MONTH
					+ ")\\s+(?<md>\\d{1,2})(?:\\s*(?:st|nd|rd|th)\\b)?(?!\\d|:)(?:\\s*,\\s*(?<my>\\d{4})\\b|(?<mthat>"
					+ THAT_YEAR + "))?",
			"\\b(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dm>" + MONTH + ")(?:,?\\s+(?<dy>\\d{4}))?\\b",
			"\\b(?<ym>" + MONTH + ")\\s+(?:of\\s+)?(?<yy>\\d{4})\\b",
			"(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Tt]hrough|of|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|and|[Tt]he)\\s{1,3}|mid-)(?<om>"
					+ FULL_MONTH + ")\\b(?!\\s+\\d)",
			"\\b(?<yth>(?:that|the same) year)\\b",
			"\\b(?<yr>(?:[Tt]he year\\s+)?(?:1[6-9]|20)\\d\\d)(?:\\s*[–-]\\s*(?<yr2>\\d{2}|\\d{4}))?\\b(?!-\\d|\\s*(?:years?|people|km|miles|dollars|won|yen|%|percent|troops|soldiers)\\b)",
			"\\b(?<rel>(?i:yesterday|today|tomorrow|tonight)|(?:[Ee]arlier|[Ll]ater)\\s+this\\s+(?:week|month|year)"
					+ "|(?:[Ll]ast|[Nn]ext|[Tt]his|[Tt]he past)\\s+(?:week(?:end)?|month|year|" + WEEKDAY + ")|"
					+ WEEKDAY + ")\\b",
			"\\b(?<agon>\\d{1,3}|a|an|" + NumberWords.CARDINAL_REGEX
					+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))\\s+(?<agou>days?|weeks?|months?|years?)\\s+ago\\b",
			"\\b(?<dn>\\d{1,3}(?:,\\d{3})*|an?|" + NumberWords.CARDINAL_REGEX
					+ "|(?i:one|two|three|four|five|six|seven|eight|nine|ten))(?:\\s+(?:more|full|additional|whole))?[\\s-]+(?<du>days?|weeks?|months?|years?|decades?|hours?|minutes?)\\b(?!\\s+old|-old|\\s+ago)"));

	private static final Pattern TIME_AFTER = Pattern.compile(
			"(?:\\s*,)?\\s+(?:at\\s+)?(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?:\\s*,)?\\s+(?:at\\s+)?(?<h2>\\d{1,2}):(?<mi2>\\d{2})\\b");

	private static final Pattern FUTURE = Pattern.compile(
			"\\b(?:will|shall|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to|plans? to|is to|are to|upcoming|next)\\b");

	/** Words that may begin a date or duration (besides digits). */
	private static final Set<String> TRIGGERS = triggers();

	@Override
	public List<Fact> find(DocumentText document, ExtractionContext context) {
		return LastResult.of(this, document, context, () -> List.copyOf(new Run(document, context).all()));
	}

	private static Set<String> triggers() {
		Set<String> words = new HashSet<>();
		for (String w : (MONTH + "|" + WEEKDAY).replace("\\.", "").split("\\|")) {
			words.add(w);
		}
		for (String w : List.of("yesterday", "today", "tomorrow", "tonight", "earlier", "later", "last", "next", "this",
				"the", "that", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
				"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
				"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
				"dozen")) {
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

		/**
		 * The sentence whose tense was last looked at, and whether it speaks of the
		 * future.
		 */
		private Sentence tensed;

		private boolean tensedFuture;

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
				if (at < done[0]) {
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
				done[0] = m.end();
				Fact fact = fact(m, clean);
				if (fact != null) {
					this.facts.add(fact);
				}
			});
			return this.facts;
		}

		private Fact fact(Matcher m, String clean) {
			int s = m.start();
			int e = m.end();
			int sentence = sentenceIndex(s);
			if (m.group("iy") != null) {
				LocalDate d = date(num(m.group("iy")), num(m.group("im")), num(m.group("id")));
				return withTime(m, clean, d, s, e, sentence);
			}
			if (m.group("rm") != null) {
				int month = month(m.group("rm"));
				Integer year = m.group("ry") != null ? Integer.valueOf(num(m.group("ry"))) : null;
				if (year != null) {
					focus(year, sentence);
				}
				else {
					year = yearFor(month, num(m.group("rd1")), m.group("rthat"), sentence, s);
				}
				LocalDate a = year == null ? null : date(year, month, num(m.group("rd1")));
				LocalDate b = year == null ? null : date(year, month, num(m.group("rd2")));
				return dateFact(s, e, a == null || b == null ? null : a + "/" + b, false);
			}
			if (m.group("mm") != null || m.group("dm") != null) {
				boolean md = m.group("mm") != null;
				int month = month(md ? m.group("mm") : m.group("dm"));
				int day = num(md ? m.group("md") : m.group("dd"));
				String y = md ? m.group("my") : m.group("dy");
				Integer year = y != null ? Integer.valueOf(num(y)) : null;
				if (year != null) {
					focus(year, sentence);
				}
				else {
					year = yearFor(month, day, md ? m.group("mthat") : null, sentence, s);
				}
				LocalDate d = year == null ? null : date(year, month, day);
				if (d == null && year != null) {
					return null;
				}
				return year == null ? dateFact(s, e, null, false) : withTime(m, clean, d, s, e, sentence);
			}
			if (m.group("ym") != null) {
				int year = num(m.group("yy"));
				focus(year, sentence);
				return dateFact(s, e, YearMonth.of(year, month(m.group("ym"))).toString(), false);
			}
			if (m.group("om") != null) {
				int month = month(m.group("om"));
				String before = clean.substring(Math.max(0, s - 6), s).toLowerCase(Locale.ROOT);
				Integer year = yearForMonth(month, sentence, s, before);
				return dateFact(s, e, year == null ? null : YearMonth.of(year, month).toString(), false);
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
					if (second <= year) {
						return null;
					}
					return dateFact(s, e, year + "/" + second, false);
				}
				focus(year, sentence);
				return dateFact(s, e, String.valueOf(year), false);
			}
			if (m.group("rel") != null) {
				return dateFact(s, e, relative(m.group("rel"), s), true);
			}
			if (m.group("agon") != null) {
				Long n = NumberWords.cardinal(m.group("agon"));
				return dateFact(s, e, ago(n, m.group("agou")), true);
			}
			if (m.group("dn") != null) {
				Long n = NumberWords.cardinal(m.group("dn"));
				return n == null ? null : new DurationFact(text(s, e), s, e, Durations.iso(n, m.group("du")));
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

		/** The year of a month-day written without one. */
		private Integer yearFor(int month, int day, String ofYear, int sentence, int at) {
			if (ofYear != null) {
				return yearOf(ofYear);
			}
			if (this.focusYear != null && sentence - this.focusSentence <= 1
					&& (this.refMonth == null || this.focusYear != this.refMonth.getYear())) {
				return this.focusYear;
			}
			if (this.refMonth == null) {
				return null;
			}
			boolean future = future(at);
			int year = this.refMonth.getYear();
			if (this.ref != null) {
				LocalDate candidate = date(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
				if (candidate == null) {
					return null;
				}
				if (!future && candidate.isAfter(this.ref)) {
					return year - 1;
				}
				if (future && candidate.isBefore(this.ref)) {
					return year + 1;
				}
				return year;
			}
			return yearByMonth(month, future, year);
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
			if (this.focusYear != null && sentence - this.focusSentence <= 1
					&& (this.refMonth == null || this.focusYear != this.refMonth.getYear())) {
				return this.focusYear;
			}
			if (this.refMonth == null) {
				return null;
			}
			boolean future = before.contains("next") || !before.contains("last") && future(at);
			return yearByMonth(month, future, this.refMonth.getYear());
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

		private String relative(String expression, int at) {
			String e = expression.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (this.ref == null) {
				if (this.refMonth != null && e.endsWith("this month")) {
					return this.refMonth.toString();
				}
				return null;
			}
			LocalDate monday = this.ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return switch (e) {
				case "yesterday" -> this.ref.minusDays(1).toString();
				case "today", "tonight" -> this.ref.toString();
				case "tomorrow" -> this.ref.plusDays(1).toString();
				case "this week", "earlier this week", "later this week" -> monday + "/" + monday.plusDays(6);
				case "last week" -> monday.minusWeeks(1) + "/" + monday.minusDays(1);
				case "next week" -> monday.plusWeeks(1) + "/" + monday.plusDays(13);
				case "the past week" -> this.ref.minusDays(7) + "/" + this.ref;
				case "this weekend" -> monday.plusDays(5) + "/" + monday.plusDays(6);
				case "last weekend" -> monday.minusDays(2) + "/" + monday.minusDays(1);
				case "next weekend" -> monday.plusDays(12) + "/" + monday.plusDays(13);
				case "this month", "earlier this month", "later this month" -> YearMonth.from(this.ref).toString();
				case "last month", "the past month" -> YearMonth.from(this.ref).minusMonths(1).toString();
				case "next month" -> YearMonth.from(this.ref).plusMonths(1).toString();
				case "this year", "earlier this year", "later this year" -> String.valueOf(this.ref.getYear());
				case "last year", "the past year" -> String.valueOf(this.ref.getYear() - 1);
				case "next year" -> String.valueOf(this.ref.getYear() + 1);
				default -> weekday(e, at);
			};
		}

		private String weekday(String e, int at) {
			String[] words = e.split(" ");
			DayOfWeek day = DayOfWeek.valueOf(words[words.length - 1].toUpperCase(Locale.ROOT));
			boolean future = words[0].equals("next") || words[0].equals("this") && future(at)
					|| words.length == 1 && future(at);
			LocalDate d = future ? this.ref.with(TemporalAdjusters.next(day))
					: this.ref.with(TemporalAdjusters.previous(day));
			return d.toString();
		}

		private String ago(Long n, String unit) {
			if (this.ref == null || n == null) {
				return null;
			}
			return switch (unit.charAt(0)) {
				case 'd' -> this.ref.minusDays(n).toString();
				case 'w' -> this.ref.minusWeeks(n).toString();
				case 'm' -> YearMonth.from(this.ref).minusMonths(n).toString();
				default -> String.valueOf(this.ref.getYear() - n);
			};
		}

		private boolean future(int at) {
			Sentence sentence = this.doc.sentenceAt(at);
			if (sentence == null) {
				return false;
			}
			if (sentence != this.tensed) {
				this.tensed = sentence;
				this.tensedFuture = FUTURE.matcher(sentence.text()).find();
			}
			return this.tensedFuture;
		}

		private void focus(int year, int sentence) {
			this.focusYear = year;
			this.focusSentence = sentence;
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
