package app.quarry.bench.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.bench.quality.FailureCauses.Cause;
import app.quarry.bench.quality.FailureCauses.ExtractedDocument;
import app.quarry.cli.GenerateCommandAccess;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusFolder;
import app.quarry.corpus.CorpusLoad;
import app.quarry.corpus.CorpusManifest;
import app.quarry.corpus.ManifestEntry;
import app.quarry.generation.BankGeneration;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.FactExtractor;
import app.quarry.generation.extract.FactFinder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The question-quality benchmark: generates the bank of a corpus folder as the
 * {@code generate} command does, keeping what the extractor found in each document,
 * scores it against the gold facts and explains each miss and each wrong answer.
 */
public final class QualityReport {

	private static final String USAGE = "usage: QuestionQualityBenchmark DEVSET | CORPUS FACTS.json [--bank OUT.json] [--summary]";

	private QualityReport() {
	}

	@SuppressWarnings("unchecked")
	public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
		List<String> paths = new ArrayList<>();
		Path bankOut = null;
		boolean summary = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--bank" -> bankOut = i + 1 < args.length ? Path.of(args[++i]) : null;
				case "--summary" -> summary = true;
				default -> paths.add(args[i]);
			}
		}
		if (paths.size() == 1) {
			// a development set: its documents in text/, its gold in facts.json
			paths = List.of(paths.get(0) + "/text", paths.get(0) + "/facts.json");
		}
		if (paths.size() != 2) {
			err.println(USAGE);
			return 2;
		}
		Path corpus = Path.of(paths.get(0));
		CorpusLoad load = CorpusFolder.load(corpus);
		load.refusals().forEach(r -> err.println("refused " + r.message()));

		// the generate command's extractor, wrapped so the benchmark sees the same facts
		// the questions were written from
		FactExtractor standard = GenerateCommandAccess.extractor();
		Map<String, List<Fact>> factsById = new HashMap<>();
		FactExtractor recording = new FactExtractor(List.<FactFinder>of(document -> {
			List<Fact> facts = standard.extract(document, stage -> {
			});
			factsById.put(document.context().documentId(), facts);
			return facts;
		}));
		Bank bank = new BankGeneration(recording).generate(load.documents());
		String json = BankJson.write(bank);
		if (bankOut != null) {
			Files.writeString(bankOut, json, StandardCharsets.UTF_8);
		}

		JsonMapper mapper = JsonMapper.builder().build();
		Map<String, Object> bankValues = mapper.readValue(json, Map.class);
		List<Map<String, Object>> gold = mapper.readValue(Files.readString(Path.of(paths.get(1))), List.class);
		BankScore score = BankScore.of(bankValues, gold);
		score.lines().forEach(out::println);

		FailureCauses causes = new FailureCauses(documentsByFile(corpus, load, factsById),
				(List<Map<String, Object>>) bankValues.get("questions"));
		Map<String, List<Case>> cases = new LinkedHashMap<>();
		for (Map<String, Object> fact : score.missed()) {
			cases.computeIfAbsent(fact.get("type") + " misses", k -> new ArrayList<>())
				.add(new Case(causes.ofMiss(fact), describeGold(fact), (String) fact.get("sentence")));
		}
		for (BankScore.Wrong wrong : score.wrong()) {
			Map<String, Object> q = wrong.question();
			cases.computeIfAbsent(wrong.kind() + " wrong answers", k -> new ArrayList<>())
				.add(new Case(causes.ofWrong(wrong),
						q.get("id") + " " + q.get("format") + ": " + q.get("prompt") + " -> " + q.get("answer"),
						String.valueOf(BankScore.sentence(q))));
		}
		out.println();
		out.println("causes");
		cases.forEach((group, list) -> {
			out.println("  " + group + " (" + list.size() + ")");
			byCategory(list).forEach((category, n) -> out.printf("    %4d  %s%n", n.size(), category));
		});
		if (!summary) {
			cases.forEach((group, list) -> {
				out.println();
				out.println("== " + group + " ==");
				byCategory(list).forEach((category, n) -> {
					out.println("[" + category + "]");
					for (Case c : n) {
						out.println("  " + c.what()
								+ (c.cause().detail().isEmpty() ? "" : "\n      cause: " + c.cause().detail()));
						out.println("      sentence: " + FailureCauses.clip(c.sentence().replace('\n', ' ')));
					}
				});
			});
		}
		return 0;
	}

	private record Case(Cause cause, String what, String sentence) {
	}

	private static Map<String, List<Case>> byCategory(List<Case> cases) {
		Map<String, List<Case>> grouped = new TreeMap<>();
		cases.forEach(c -> grouped.computeIfAbsent(c.cause().category(), k -> new ArrayList<>()).add(c));
		return grouped;
	}

	private static String describeGold(Map<String, Object> fact) {
		String what = switch (String.valueOf(fact.get("type"))) {
			case "quote" -> fact.get("speaker") + ": «" + FailureCauses.clip(String.valueOf(fact.get("quote"))) + "»";
			case "entity" -> fact.get("subject") + " / " + fact.get("relation") + " / " + fact.get("value");
			default -> fact.get("value") + (fact.get("unit") != null ? " " + fact.get("unit") : "") + " ("
					+ fact.get("event") + ")";
		};
		return fact.get("id") + " " + what + " [" + fact.get("doc") + "]";
	}

	/** The corpus documents by file name, as the gold names them. */
	private static Map<String, ExtractedDocument> documentsByFile(Path corpus, CorpusLoad load,
			Map<String, List<Fact>> factsById) throws IOException {
		Path manifestFile = corpus.resolve(CorpusManifest.FILE_NAME);
		CorpusManifest manifest = Files.exists(manifestFile)
				? CorpusManifest.parse(Files.readString(manifestFile, StandardCharsets.UTF_8))
				: new CorpusManifest(List.of());
		Map<String, CorpusDocument> byId = new HashMap<>();
		load.documents().forEach(d -> byId.put(d.id(), d));
		Map<String, ExtractedDocument> byFile = new HashMap<>();
		try (Stream<Path> files = Files.list(corpus)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				String id = manifest.forFile(name).map(ManifestEntry::id).orElse(CorpusFolder.idOf(name));
				CorpusDocument document = byId.get(id);
				if (document != null) {
					byFile.put(name, new ExtractedDocument(id, document.text(), factsById.getOrDefault(id, List.of())));
				}
			}
		}
		return byFile;
	}

}
