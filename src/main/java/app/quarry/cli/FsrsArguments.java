package app.quarry.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quarry.cli.CommandLine.UsageException;

/**
 * The {@code --name value} options of the fsrs commands, checked against what each
 * allows.
 */
final class FsrsArguments {

	private final Map<String, String> values = new HashMap<>();

	FsrsArguments(String[] args, int from, Set<String> allowed) {
		for (int i = from; i < args.length; i++) {
			String name = args[i];
			if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
				throw new UsageException(
						"unknown option '" + name + "' (allowed: --" + String.join(", --", allowed) + ")");
			}
			if (i + 1 >= args.length) {
				throw new UsageException("option " + name + " needs a value");
			}
			this.values.put(name.substring(2), args[++i]);
		}
	}

	String required(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new UsageException("missing --" + name);
		}
		return value;
	}

	String optional(String name) {
		return this.values.get(name);
	}

	double number(String name, double fallback) {
		String value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--" + name + " must be a number, was '" + value + "'");
		}
	}

	/** Steps such as {@code 1m,10m} (units s, m, h, d); an empty value is no steps. */
	List<Duration> steps(String name, List<Duration> fallback) {
		String value = this.values.get(name);
		if (value == null) {
			return fallback;
		}
		List<Duration> steps = new ArrayList<>();
		for (String part : value.split(",")) {
			String step = part.strip();
			if (step.isEmpty()) {
				continue;
			}
			steps.add(step(name, step));
		}
		return steps;
	}

	private static Duration step(String name, String step) {
		char unit = step.charAt(step.length() - 1);
		long amount;
		try {
			amount = Long.parseLong(step.substring(0, step.length() - 1));
		}
		catch (NumberFormatException ex) {
			amount = -1;
		}
		if (amount <= 0 || "smhd".indexOf(unit) < 0) {
			throw new UsageException("--" + name + ": '" + step + "' is not a step such as 30s, 1m, 10m, 1h or 1d");
		}
		return switch (unit) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			case 'h' -> Duration.ofHours(amount);
			default -> Duration.ofDays(amount);
		};
	}

}
