package app.quarry.generation.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import app.quarry.corpus.DocumentText;

/**
 * Prints extraction throughput (CPU time of this thread, so that other load on the
 * machine does not distort it) over about 10 MB of varied copies of the corpus. Run:
 * {@code java -cp target/classes:target/test-classes
 * app.quarry.generation.extract.ExtractionBenchmark [questions/corpus]}.
 */
public final class ExtractionBenchmark {

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args.length > 0 ? args[0] : "questions/corpus");
		List<String> docs = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				docs.add(Files.readString(p));
			}
		}
		List<String> corpus = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; bytes < 10_000_000; i++) {
			String variant = docs.get(i % docs.size())
				.replace("Kim", (i % 3 == 0) ? "Kim" : "Lee")
				.replace("2018", String.valueOf(2000 + i % 25)) + "\nCopy " + i + ".\n";
			corpus.add(variant);
			bytes += variant.getBytes(StandardCharsets.UTF_8).length;
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		FactExtractor extractor = StandardFinders.extractor();
		for (int round = 1; round <= 3; round++) {
			long cpu = threads.getCurrentThreadCpuTime();
			long facts = 0;
			for (String text : corpus) {
				DocumentText doc = DocumentText.of(text);
				facts += extractor.extract(doc, new ExtractionContext("d", ReferenceDateFinder.find(doc))).size();
			}
			double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
			System.out.printf("round %d: %d documents, %d bytes, %d facts, %.2f s CPU, %.2f MB/s%n", round,
					corpus.size(), bytes, facts, seconds, bytes / 1e6 / seconds);
		}
	}

}
