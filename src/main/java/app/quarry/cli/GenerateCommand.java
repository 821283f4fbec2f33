package app.quarry.cli;

import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.bank.BankQuestion;
import app.quarry.corpus.CorpusFolder;
import app.quarry.corpus.CorpusLoad;
import app.quarry.corpus.DocumentRefusal;
import app.quarry.generation.BankGeneration;
import app.quarry.generation.extract.FactExtractor;
import app.quarry.generation.extract.FactFinder;
import app.quarry.generation.extract.StandardFinders;
import app.quarry.generation.extract.people.PersonExtractor;
import app.quarry.generation.extract.people.QuoteExtractor;
import java.util.ArrayList;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code generate --corpus DIR --out FILE}: reads the corpus folder, generates the bank
 * and writes it as {@code bank.json}. Refused documents are reported on standard error by
 * name and reason (exit status 1); the others still make the bank.
 */
final class GenerateCommand {

	private GenerateCommand() {
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Path corpus = null;
		Path target = null;
		for (int i = 0; i < args.length; i++) {
			if (i + 1 >= args.length) {
				throw new CommandLine.UsageException("missing value after " + args[i]);
			}
			switch (args[i]) {
				case "--corpus" -> corpus = Path.of(args[++i]);
				case "--out" -> target = Path.of(args[++i]);
				default -> throw new CommandLine.UsageException(
						"unknown option " + args[i] + "; usage: generate --corpus DIR --out FILE");
			}
		}
		if (corpus == null || target == null) {
			throw new CommandLine.UsageException("usage: generate --corpus DIR --out FILE");
		}
		if (!Files.isDirectory(corpus)) {
			err.println("generate: " + corpus + " is not a folder");
			return 1;
		}
		try {
			CorpusLoad load = CorpusFolder.load(corpus);
			for (DocumentRefusal refusal : load.refusals()) {
				err.println("generate: refused " + refusal.message());
			}
			Bank bank = new BankGeneration(extractor()).generate(load.documents());
			Path parent = target.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(target, BankJson.write(bank), StandardCharsets.UTF_8);
			out.println("wrote " + bank.questions().size() + " questions from " + bank.documents().size()
					+ " documents to " + target + " " + counts(bank.questions()));
			return load.refusals().isEmpty() ? 0 : 1;
		}
		catch (IOException | IllegalArgumentException ex) {
			err.println("generate: " + ex.getMessage());
			return 1;
		}
	}

	/** The extractors the bank is generated with. */
	static FactExtractor extractor() {
		List<FactFinder> finders = new ArrayList<>(StandardFinders.all());
		finders.add(new QuoteExtractor());
		finders.add(new PersonExtractor());
		return new FactExtractor(finders);
	}

	private static Map<String, Integer> counts(List<BankQuestion> questions) {
		Map<String, Integer> counts = new TreeMap<>();
		questions.forEach(q -> counts.merge(q.type() + "/" + q.format(), 1, Integer::sum));
		return counts;
	}

}
