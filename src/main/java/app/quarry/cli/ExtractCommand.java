package app.quarry.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import app.quarry.cli.CommandLine.UsageException;
import app.quarry.corpus.DocumentCheck;
import app.quarry.corpus.DocumentRefusedException;
import app.quarry.corpus.DocumentText;
import app.quarry.corpus.CorpusFolder;
import app.quarry.generation.extract.DocumentAnalysis;
import app.quarry.generation.extract.ExtractionContext;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.FactExtractor;
import app.quarry.generation.extract.ReferenceDateFinder;
import app.quarry.generation.extract.StandardFinders;

/**
 * {@code extract FILE... [--reference-date YYYY-MM-DD]}: prints the facts of each file as
 * one JSON object; a file that cannot be read is reported on standard error in one line
 * and the others are still processed; the exit status is 1 when any file failed.
 */
final class ExtractCommand {

	private ExtractCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> files = new ArrayList<>();
		LocalDate override = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--reference-date") || arg.startsWith("--reference-date=")) {
				String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
						: (i + 1 < args.length ? args[++i] : null);
				if (value == null) {
					throw new UsageException("--reference-date needs a date, e.g. --reference-date 2018-09-10");
				}
				try {
					override = LocalDate.parse(value);
				}
				catch (DateTimeParseException ex) {
					throw new UsageException("--reference-date must be a date YYYY-MM-DD, not \"" + value + "\"");
				}
			}
			else if (arg.startsWith("--")) {
				throw new UsageException(
						"unknown option " + arg + " (usage: extract FILE... [--reference-date YYYY-MM-DD])");
			}
			else {
				files.add(arg);
			}
		}
		if (files.isEmpty()) {
			throw new UsageException("no file given (usage: extract FILE... [--reference-date YYYY-MM-DD])");
		}
		FactExtractor extractor = StandardFinders.extractor();
		boolean failed = false;
		for (String file : files) {
			try {
				String text = DocumentCheck.read(Path.of(file), file);
				DocumentAnalysis ofText = new DocumentAnalysis(DocumentText.of(text), null);
				LocalDate reference = override != null ? override : ReferenceDateFinder.find(ofText);
				String id = CorpusFolder.idOf(Path.of(file).getFileName().toString());
				List<Fact> facts = extractor.extract(ofText.inContext(new ExtractionContext(id, reference)));
				// raw UTF-8 bytes: the JSON is UTF-8 whatever the platform's console
				// encoding
				byte[] json = (FactJson.of(file, reference, facts) + "\n").getBytes(StandardCharsets.UTF_8);
				out.write(json, 0, json.length);
			}
			catch (DocumentRefusedException ex) {
				err.println(ex.getMessage());
				failed = true;
			}
			catch (RuntimeException ex) {
				err.println(file + ": could not be processed (" + ex + ")");
				failed = true;
			}
		}
		out.flush();
		return failed ? 1 : 0;
	}

}
