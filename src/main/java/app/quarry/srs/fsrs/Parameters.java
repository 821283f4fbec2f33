package app.quarry.srs.fsrs;

import java.util.Arrays;
import java.util.List;

/**
 * The 21 FSRS-6 weights. Instances are validated: exactly 21 finite values, each within
 * the bounds the fsrs-rs optimizer clips to, so a scheduler never runs on nonsense.
 */
public final class Parameters {

	/** Number of FSRS-6 weights. */
	public static final int COUNT = 21;

	private static final double[] DEFAULTS = { 0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722,
			0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542 };

	// fsrs-rs parameter_clipper.rs with one relearning step (w17, w18 ceiling 2.0).
	static final double[] LOWER = { 0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001,
			0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1 };

	static final double[] UPPER = { 100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9,
			4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8 };

	private static final Parameters DEFAULT = new Parameters(DEFAULTS.clone());

	private final double[] w;

	private Parameters(double[] w) {
		this.w = w;
	}

	/** The published FSRS-6 defaults. */
	public static Parameters defaults() {
		return DEFAULT;
	}

	/**
	 * Validated parameters.
	 * @throws IllegalArgumentException naming the count or the first value out of bounds
	 */
	public static Parameters of(double... values) {
		if (values.length != COUNT) {
			throw new IllegalArgumentException("expected " + COUNT + " parameters (w0..w20), found " + values.length);
		}
		for (int i = 0; i < COUNT; i++) {
			double v = values[i];
			if (!Double.isFinite(v) || v < LOWER[i] || v > UPPER[i]) {
				throw new IllegalArgumentException(
						"parameter w" + i + " = " + v + " is outside its bounds [" + LOWER[i] + ", " + UPPER[i] + "]");
			}
		}
		return new Parameters(values.clone());
	}

	/** Parses a comma-separated list such as {@code 0.212,1.2931,...}. */
	public static Parameters parse(String text) {
		String[] parts = text.split(",", -1);
		double[] values = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("parameter w" + i + " is not a number: '" + parts[i].strip() + "'");
			}
		}
		return of(values);
	}

	/** Clamps each value into its bounds (what the optimizer does after every step). */
	static void clip(double[] values) {
		for (int i = 0; i < COUNT; i++) {
			values[i] = Math.min(Math.max(values[i], LOWER[i]), UPPER[i]);
		}
	}

	/** Weight {@code i}, 0..20. */
	public double get(int i) {
		return this.w[i];
	}

	/** A copy of the 21 weights. */
	public double[] toArray() {
		return this.w.clone();
	}

	/** The weights as a list, for storage and JSON. */
	public List<Double> toList() {
		return Arrays.stream(this.w).boxed().toList();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Parameters p && Arrays.equals(this.w, p.w);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.w);
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < COUNT; i++) {
			text.append(i == 0 ? "" : ",").append(this.w[i]);
		}
		return text.toString();
	}

}
