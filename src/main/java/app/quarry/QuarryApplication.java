package app.quarry;

import app.quarry.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Quarry's single entry point: with no command it serves the web app; with a command
 * ({@code generate}, {@code extract}, {@code fsrs ...}) it does that job and exits
 * without starting Spring or the web server.
 */
@SpringBootApplication
public class QuarryApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(args, System.out, System.err));
		}
		SpringApplication.run(QuarryApplication.class, args);
	}

}
