package app.quarry.cli;

import java.io.PrintStream;

final class GenerateCommand {

	private GenerateCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		err.println("not available yet");
		return 1;
	}

}
