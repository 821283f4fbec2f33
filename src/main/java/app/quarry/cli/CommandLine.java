package app.quarry.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/**
 * Dispatches {@code java -jar quarry.jar COMMAND ...} to the command's implementation.
 * The commands use only the pure cores (generation, srs), so they run without Spring.
 */
public final class CommandLine {

	private static final Set<String> COMMANDS = Set.of("generate", "extract", "fsrs", "help", "--help");

	private CommandLine() {
	}

	/** True when the arguments name a command rather than options for the web app. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/** Runs the command and returns the process exit status. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try {
			return switch (args[0]) {
				case "generate" -> GenerateCommand.run(rest, out, err);
				case "extract" -> ExtractCommand.run(rest, out, err);
				case "fsrs" -> FsrsCommand.run(rest, out, err);
				default -> usage(out);
			};
		}
		catch (UsageException ex) {
			err.println(args[0] + ": " + ex.getMessage());
			return 2;
		}
	}

	private static int usage(PrintStream out) {
		out.println("""
				usage: java -jar quarry.jar                      serve the web app
				       java -jar quarry.jar generate --corpus DIR --out FILE
				       java -jar quarry.jar extract FILE... [--reference-date YYYY-MM-DD]
				       java -jar quarry.jar fsrs replay|optimize|evaluate --reviews FILE.csv [options]""");
		return 0;
	}

	/** Wrong arguments: the message says what to change. */
	public static final class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}

	}

}
