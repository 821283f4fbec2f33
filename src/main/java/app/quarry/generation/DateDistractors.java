package app.quarry.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Wrong dates for a question: the story's dates of the answer's shape nearest to it in
 * time, then dates near the answer itself, never one that overlaps it.
 */
final class DateDistractors {

	/** How many of the story's dates, nearest the answer, are drawn from. */
	private static final int STORY_DATES = 12;

	private final TreeSet<String> dates = new TreeSet<>();

	/** The story's dates by shape, in ISO order, parsed once. */
	private final Map<String, List<DateValue>> byShape = new HashMap<>();

	/** The same dates' ISO values, for finding the answer's place among them. */
	private final Map<String, List<String>> isosByShape = new HashMap<>();

	/** The dates near each answer asked so far: many questions of a corpus share one. */
	private final Map<DateValue, List<String>> nearIsos = new HashMap<>();

	void add(String iso) {
		this.dates.add(iso);
	}

	/**
	 * Three dates of the same precision as the answer, or fewer when the corpus lacks
	 * them.
	 */
	List<DateValue> pick(DateValue answer, String seed) {
		List<String> story = nearestStoryDates(answer).stream()
			.filter(d -> sameEra(d, answer))
			.map(DateValue::iso)
			.toList();
		List<String> chosen = new ArrayList<>(StableChoice.pick(story, 2, seed));
		List<String> near = this.nearIsos.computeIfAbsent(answer, a -> a.near().stream().map(DateValue::iso).toList())
			.stream()
			.filter(n -> !chosen.contains(n))
			.toList();
		chosen.addAll(StableChoice.pick(near, 3 - chosen.size(), seed));
		return chosen.stream().map(DateValue::parse).filter(d -> !overlaps(d, answer)).toList();
	}

	/**
	 * The story's dates closest in time to the answer, at most {@value #STORY_DATES}: a
	 * distractor from the same period is more plausible than one from years away, and the
	 * choice costs the same however many dates a large corpus holds.
	 */
	private List<DateValue> nearestStoryDates(DateValue answer) {
		String shape = answer.shape();
		List<DateValue> dates = this.byShape.computeIfAbsent(shape,
				s -> this.dates.stream().map(DateValue::parse).filter(d -> d.shape().equals(s)).toList());
		List<String> isos = this.isosByShape.computeIfAbsent(shape, s -> dates.stream().map(DateValue::iso).toList());
		int at = Collections.binarySearch(isos, answer.iso());
		int right = at >= 0 ? at : -at - 1;
		int left = right - 1;
		boolean fromLeft = true;
		List<DateValue> story = new ArrayList<>();
		while (story.size() < STORY_DATES && (left >= 0 || right < dates.size())) {
			// outwards from the answer, one side then the other
			boolean takeLeft = left >= 0 && (fromLeft || right >= dates.size());
			DateValue d = dates.get(takeLeft ? left-- : right++);
			fromLeft = !takeLeft;
			if (!overlaps(d, answer)) {
				story.add(d);
			}
		}
		return story;
	}

	/**
	 * Whether a story date is a fair option for the answer: on the same side of the start
	 * of the era and near it (a day or a month within three years, a year within 25):
	 * "1955" is no plausible alternative to "2010".
	 */
	private static boolean sameEra(DateValue d, DateValue answer) {
		int a = DateValue.year(answer.iso());
		int y = DateValue.year(d.iso());
		int reach = answer.precision() == DateValue.Precision.DAY || answer.precision() == DateValue.Precision.MONTH ? 3
				: 25;
		return y > 0 == a > 0 && Math.abs(y - a) <= reach;
	}

	private static boolean overlaps(DateValue a, DateValue b) {
		String[] x = a.iso().split("/");
		String[] y = b.iso().split("/");
		String xFrom = x[0];
		String xTo = x[x.length - 1];
		String yFrom = y[0];
		String yTo = y[y.length - 1];
		return xFrom.compareTo(yTo) <= 0 && yFrom.compareTo(xTo) <= 0 || a.iso().equals(b.iso());
	}

}
