package app.quarry.generation.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.quarry.generation.extract.DateExpressions.num;

/**
 * Times of day: a clock time ("10:35 a.m.", "16:08 UTC") on the day written after it or
 * last named, a time after a day ("Sept. 7, 10 a.m."), and a part of a day ("Friday
 * morning", "tonight").
 */
final class TimesOfDay {

	private final DateRun run;

	TimesOfDay(DateRun run) {
		this.run = run;
	}

	private static final Pattern TIME_AFTER = Pattern.compile(
			"(?:\\s*,)?\\s+(?:at\\s+)?(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?:\\s*,)?\\s+(?:at\\s+)?(?<h2>\\d{1,2}):(?<mi2>\\d{2})\\b");

	/** A part of the day after a day: "Friday morning", "yesterday afternoon". */
	private static final Pattern PART_OF_DAY = Pattern.compile("\\s+(morning|afternoon|evening|night)\\b");

	/**
	 * What may stand between a clock time and its day: "10 p.m. on Wednesday", an aside
	 * in brackets, "10:35 a.m. (0735 GMT) Friday", or the end of the aside the time is
	 * in.
	 */
	private static final Pattern TIME_DAY_GAP = Pattern.compile("(?:\\s*\\([^()]{0,30}\\))?\\)?,?\\s+(?:on\\s+)?");

	/** The opening of an aside just after a clock time: " (". */
	private static final Pattern ASIDE_OPENS = Pattern.compile("\\s*\\(");

	static boolean reads(Matcher m) {
		return m.group("clk") != null || m.group("pod") != null || m.group("podh") != null;
	}

	Fact read(Matcher m, int s, int e, int sentence, String clean) {
		if (m.group("clk") != null) {
			return clock(m, s, e);
		}
		if (m.group("podh") != null) {
			int hour = num(m.group("podh")) % 12 + (m.group("podp").equals("morning") ? 0 : 12);
			return new TimeFact(this.run.text(s, e), s, e, String.format(Locale.ROOT, "T%02d:00", hour));
		}
		if (m.group("pod") != null) {
			// its day is found as a clock time's is
			return new TimeFact(this.run.text(s, e), s, e, partOfDay(m.group("pod")));
		}
		return null;
	}

	Fact withTime(Matcher m, String clean, LocalDate d, int s, int e, int sentence) {
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
				this.run.facts.add(this.run.dateFact(s, e, d.toString(), false));
				return new TimeFact(this.run.text(s, t.end()), s, t.end(), d.atTime(hour, minute).toString());
			}
		}
		return this.run.dateFact(s, e, d.toString(), false);
	}

	/**
	 * A clock time, its day still to be found ({@link #timesOfDay()}): the value is only
	 * its time, "T22:00", or "T16:08Z" for universal time.
	 */
	private Fact clock(Matcher m, int s, int e) {
		int hour;
		int minute;
		boolean universal = m.group("cz") != null;
		if (m.group("noon") != null) {
			// midnight ends its day, as TimeML writes it: T24:00
			return new TimeFact(this.run.text(s, e), s, e, m.group("noon").equals("midnight") ? "T24:00" : "T12:00");
		}
		if (universal) {
			hour = num(m.group("ch2"));
			minute = num(m.group("cm2"));
		}
		else {
			hour = num(m.group("ch")) % 12 + (m.group("cap").startsWith("p") ? 12 : 0);
			minute = m.group("cm") == null ? 0 : num(m.group("cm"));
		}
		return new TimeFact(this.run.text(s, e), s, e,
				String.format(Locale.ROOT, "T%02d:%02d%s", hour, minute, universal ? "Z" : ""));
	}

	/**
	 * Times of day get their day: a clock time the day written just after it ("10 p.m.
	 * Wednesday") or else the last day named within two sentences, or the reference day;
	 * a part of a day ("Friday morning", "this evening", "last night") is a time of that
	 * day. The day itself stays a date of its own.
	 */
	void timesOfDay() {
		String clean = this.run.doc.cleanText();
		List<Fact> out = new ArrayList<>(this.run.facts.size());
		LocalDate lastDay = null;
		int lastDaySentence = -1;
		for (int i = 0; i < this.run.facts.size(); i++) {
			Fact f = this.run.facts.get(i);
			int sentence = this.run.sentenceIndex(f.start());
			if (f instanceof TimeFact t && t.value() != null && t.value().startsWith("T")) {
				// a time in an aside after it ("(0735 GMT)") is the same moment: the day
				// after the aside is the day of both
				int j = i + 1;
				while (j < this.run.facts.size() && this.run.facts.get(j) instanceof TimeFact inner
						&& inner.start() >= t.end()
						&& ASIDE_OPENS.matcher(clean.substring(t.end(), inner.start())).matches()) {
					j++;
				}
				Fact next = j < this.run.facts.size() ? this.run.facts.get(j) : null;
				if (next instanceof DateFact d && isDay(d)
						&& TIME_DAY_GAP.matcher(clean.substring(t.end(), d.start())).matches()) {
					// the words of an aside between them are neither's: the time keeps
					// its
					// own words
					boolean aside = clean.substring(t.end(), d.start()).contains(")");
					int end = aside ? t.end() : d.end();
					out.add(new TimeFact(this.run.text(t.start(), end), t.start(), end, d.value() + t.value()));
					continue;
				}
				// a story told day by day keeps its day for a sentence or two
				LocalDate day = lastDay != null && sentence - lastDaySentence <= 2 ? lastDay : this.run.ref;
				out.add(new TimeFact(t.text(), t.start(), t.end(), day == null ? null : day + t.value()));
				continue;
			}
			if (f instanceof DateFact d && isDay(d)) {
				lastDay = IsoDates.day(d.value());
				lastDaySentence = sentence;
				String part = partOfDay(d.text());
				if (part != null) {
					out.add(new TimeFact(d.text(), d.start(), d.end(), d.value() + part));
				}
				else {
					Matcher p = PART_OF_DAY.matcher(clean).region(d.end(), Math.min(clean.length(), d.end() + 12));
					if (p.lookingAt() && d.relative()) {
						out.add(new TimeFact(this.run.text(d.start(), p.end()), d.start(), p.end(),
								d.value() + partOfDay(p.group(1))));
					}
				}
			}
			out.add(f);
		}
		this.run.facts.clear();
		this.run.facts.addAll(out);
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

}
