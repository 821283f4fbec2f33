package app.quarry.classroom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which questions a student gets and in what order, and how a question's options are
 * ordered. Seeded from the assignment, the student and the attempt, so a reload shows
 * exactly the same quiz and two students get different draws.
 */
public final class QuestionDraw {

	private QuestionDraw() {
	}

	/**
	 * Draws {@code count} questions from {@code pool} (all of them when count is not
	 * smaller) in pool order, or shuffled when {@code shuffle}.
	 */
	public static <T> List<T> draw(List<T> pool, int count, boolean shuffle, long seed) {
		List<T> chosen = new ArrayList<>(pool);
		SplittableRandom random = new SplittableRandom(seed);
		if (count < chosen.size()) {
			Collections.shuffle(chosen, random);
			List<Integer> positions = new ArrayList<>();
			List<T> kept = chosen.subList(0, count);
			for (T item : kept) {
				positions.add(pool.indexOf(item));
			}
			Collections.sort(positions);
			chosen = new ArrayList<>(positions.stream().map(pool::get).toList());
		}
		if (shuffle) {
			Collections.shuffle(chosen, random);
		}
		return List.copyOf(chosen);
	}

	/** Options in a stable per-attempt order, or as given when not shuffled. */
	public static List<String> options(List<String> options, boolean shuffle, long attemptId, String questionId) {
		if (!shuffle) {
			return List.copyOf(options);
		}
		List<String> shuffled = new ArrayList<>(options);
		Collections.shuffle(shuffled, new SplittableRandom(seed(attemptId, questionId.hashCode())));
		return List.copyOf(shuffled);
	}

	public static long seed(long a, long b) {
		return a * 0x9E3779B97F4A7C15L ^ b;
	}

}
