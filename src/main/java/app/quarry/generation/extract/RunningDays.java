package app.quarry.generation.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.quarry.corpus.Sentence;

/**
 * The day or week a report is about, named by its place in a run or a record: "closed for
 * a second consecutive day", "gains for a fourth week in a row", "today is the eighth day
 * of the strike", "day three of the talks", "their best week since November"; the eve of
 * an event ("this is the eve of the visit") is told of the same way. Markets and strikes
 * are told of this way on the day the story is dated, so the day is the reference date
 * and the week its week. A sentence that names another time ("fell for a third straight
 * day on Tuesday", "in 1929 the market fell for a fourth day in a row") tells of that
 * time instead, and the run is then left without a date.
 */
final class RunningDays {

	/**
	 * Another time named in the same sentence, which the run belongs to rather than to
	 * the date line.
	 */
	private static final Pattern OTHER_TIME = Pattern
		.compile("\\b(?:" + DateExpressions.WEEKDAY + "|" + DateExpressions.FULL_MONTH
				+ "|(?i:yesterday|tomorrow|ago|earlier|later|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)|(?:1[0-9]|20)\\d\\d"
				// "last week", not "one of the last bastions"
				+ "|(?i:last|next)(?=\\s+(?:week|weekend|month|year|night|time|season|spring|summer|autumn|fall|winter"
				+ "|quarter|decade|century|" + DateExpressions.WEEKDAY + ")\\b))\\b");

	/** What a record is measured from: " since November", " since 1987,". */
	private static final Pattern SINCE = Pattern.compile("^\\s+since\\s+[^,.;:]*");

	private final DateRun run;

	RunningDays(DateRun run) {
		this.run = run;
	}

	static boolean reads(Matcher m) {
		return m.group("run") != null;
	}

	Fact read(Matcher m, int s, int e) {
		// "day three of the strike", "the eve of the visit": a day
		String unit = m.group("runu") != null ? m.group("runu") : m.group("runbu") != null ? m.group("runbu") : "day";
		LocalDate ref = this.run.ref;
		// "stocks may fall for a fifth straight day": a day still to come
		if (ref == null || namesAnotherTime(s, e, m.group("runbu") != null) || this.run.future(s)) {
			return this.run.dateFact(s, e, null, true);
		}
		String value = switch (unit) {
			case "day" -> ref.toString();
			case "week" -> {
				LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield monday + "/" + monday.plusDays(6);
			}
			case "month" -> YearMonth.from(ref).toString();
			default -> String.valueOf(ref.getYear());
		};
		return this.run.dateFact(s, e, value, true);
	}

	private boolean namesAnotherTime(int s, int e, boolean record) {
		Sentence sentence = this.run.doc.sentenceAt(s);
		if (sentence == null) {
			return false;
		}
		String clean = this.run.doc.cleanText();
		int from = Math.max(0, sentence.start());
		int to = Math.min(clean.length(), sentence.end());
		String before = clean.substring(from, Math.max(from, s));
		String after = clean.substring(Math.min(e, to), to);
		if (record) {
			// "its best week since November": the time it is measured from is no other
			after = SINCE.matcher(after).replaceFirst("");
		}
		return OTHER_TIME.matcher(before).find() || OTHER_TIME.matcher(after).find();
	}

}
