package app.quarry.cli;

import java.io.PrintStream;

final class FsrsCommand {

	private FsrsCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		err.println("not available yet");
		return 1;
	}

}
