package app.quarry.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import app.quarry.cli.CommandLine.UsageException;
import app.quarry.srs.fsrs.Evaluation;
import app.quarry.srs.fsrs.Metrics;
import app.quarry.srs.fsrs.Optimizer;
import app.quarry.srs.fsrs.Parameters;
import app.quarry.srs.fsrs.Replay;
import app.quarry.srs.fsrs.ReviewHistories;
import app.quarry.srs.fsrs.ReviewLogException;
import app.quarry.srs.fsrs.ReviewLogReader;
import app.quarry.srs.fsrs.ReviewRecord;
import app.quarry.srs.fsrs.Scheduler;
import app.quarry.srs.fsrs.SchedulerSettings;

/**
 * {@code fsrs replay|optimize|evaluate --reviews FILE.csv [options]}: see docs in the
 * README.
 */
final class FsrsCommand {

	private static final String USAGE = "usage: fsrs replay --reviews FILE.csv [--parameters w0,...,w20] [--retention 0.9]"
			+ " [--learning-steps 1m,10m] [--relearning-steps 10m] [--maximum-interval 36500]\n"
			+ "       fsrs optimize --reviews FILE.csv\n"
			+ "       fsrs evaluate --reviews FILE.csv --parameters w0,...,w20";

	private FsrsCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			throw new UsageException("missing subcommand\n" + USAGE);
		}
		try {
			return switch (args[0]) {
				case "replay" -> replay(new FsrsArguments(args, 1, Set.of("reviews", "parameters", "retention",
						"learning-steps", "relearning-steps", "maximum-interval")), out);
				case "optimize" -> optimize(new FsrsArguments(args, 1, Set.of("reviews")), out);
				case "evaluate" -> evaluate(new FsrsArguments(args, 1, Set.of("reviews", "parameters")), out);
				default -> throw new UsageException("unknown subcommand '" + args[0] + "'\n" + USAGE);
			};
		}
		catch (InputException ex) {
			err.println("fsrs: " + ex.getMessage());
			return 1;
		}
	}

	private static int replay(FsrsArguments arguments, PrintStream out) {
		String file = arguments.required("reviews");
		Parameters parameters = parameters(arguments.optional("parameters"), Parameters.defaults());
		double retention = arguments.number("retention", 0.9);
		double maximum = arguments.number("maximum-interval", 36500);
		if (maximum < 1 || maximum != Math.rint(maximum) || maximum > Integer.MAX_VALUE) {
			throw new UsageException("--maximum-interval must be a whole number of days, at least 1");
		}
		SchedulerSettings settings;
		try {
			settings = new SchedulerSettings(parameters, retention,
					arguments.steps("learning-steps", SchedulerSettings.DEFAULT_LEARNING_STEPS),
					arguments.steps("relearning-steps", SchedulerSettings.DEFAULT_RELEARNING_STEPS), (int) maximum,
					false);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		List<ReviewRecord> records = read(file);
		new Replay(new Scheduler(settings)).run(records, step -> out.println(FsrsJson.replayLine(step)));
		return 0;
	}

	private static int optimize(FsrsArguments arguments, PrintStream out) {
		List<ReviewRecord> records = read(arguments.required("reviews"));
		long start = System.nanoTime();
		ReviewHistories histories = ReviewHistories.of(records);
		Parameters fitted = Optimizer.fit(histories);
		double seconds = (System.nanoTime() - start) / 1e9;
		Metrics after = Evaluation.evaluate(histories, fitted);
		Metrics before = Evaluation.evaluate(histories, Parameters.defaults());
		out.println(FsrsJson.optimizeResult(fitted, histories, after, before, seconds));
		return 0;
	}

	private static int evaluate(FsrsArguments arguments, PrintStream out) {
		List<ReviewRecord> records = read(arguments.required("reviews"));
		Parameters parameters = parameters(arguments.required("parameters"), null);
		Metrics metrics = Evaluation.evaluate(ReviewHistories.of(records), parameters);
		out.println(FsrsJson.metrics(metrics));
		return 0;
	}

	private static Parameters parameters(String text, Parameters fallback) {
		if (text == null) {
			return fallback;
		}
		try {
			return Parameters.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new InputException("--parameters: " + ex.getMessage());
		}
	}

	private static List<ReviewRecord> read(String file) {
		Path path = Path.of(file);
		try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			return ReviewLogReader.read(reader);
		}
		catch (ReviewLogException ex) {
			throw new InputException(file + ": " + ex.getMessage());
		}
		catch (NoSuchFileException ex) {
			throw new InputException(file + ": no such file");
		}
		catch (CharacterCodingException ex) {
			throw new InputException(file + ": not UTF-8 text");
		}
		catch (IOException ex) {
			throw new InputException(file + ": cannot be read (" + ex.getMessage() + ")");
		}
	}

	/** Bad input that is not a usage error: the message names the file, line or value. */
	private static final class InputException extends RuntimeException {

		InputException(String message) {
			super(message);
		}

	}

}
