package app.quarry.bench;

import app.quarry.cli.GenerateCommandAccess;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusFolder;
import app.quarry.generation.BankGeneration;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generation throughput on a corpus of at least 10 MB built from varied copies of the
 * committed documents (paragraphs shuffled, years and numbers shifted, names swapped).
 * Run with {@code -Xmx512m}; prints MB/s and peak heap.
 */
public final class GenerationBenchmark {

	private GenerationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<CorpusDocument> seeds = CorpusFolder.load(Path.of(args.length > 0 ? args[0] : "questions/corpus"))
			.documents();
		List<CorpusDocument> corpus = new ArrayList<>();
		Random random = new Random(42);
		long bytes = 0;
		for (int copy = 0; bytes < 10_500_000; copy++) {
			for (CorpusDocument seed : seeds) {
				String text = vary(seed.text(), random, copy);
				bytes += text.getBytes(StandardCharsets.UTF_8).length;
				corpus.add(new CorpusDocument(seed.id() + "-" + copy, seed.title(), seed.published(), seed.publisher(),
						seed.author(), text, seed.sha256()));
			}
		}
		BankGeneration generation = new BankGeneration(GenerateCommandAccess.extractor());
		generation.generate(seeds);
		long started = System.nanoTime();
		int questions = 0;
		for (int i = 0; i < corpus.size(); i += 50) {
			questions += generation.generate(corpus.subList(i, Math.min(corpus.size(), i + 50))).questions().size();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("corpus %.1f MB in %d documents; %d questions in %.1f s: %.2f MB/s; peak heap %d MB%n",
				bytes / 1e6, corpus.size(), questions, seconds, bytes / 1e6 / seconds, peak / 1_000_000);
	}

	private static String vary(String text, Random random, int copy) {
		List<String> paragraphs = new ArrayList<>(List.of(text.split("\n")));
		Collections.shuffle(paragraphs.subList(Math.min(3, paragraphs.size()), paragraphs.size()), random);
		String varied = String.join("\n", paragraphs);
		int shift = copy % 7;
		for (int year = 2025; year >= 2017; year--) {
			varied = varied.replace(Integer.toString(year), Integer.toString(year + shift));
		}
		return varied.replace("27 letters", (20 + copy % 30) + " letters")
			.replace("Pompeo", copy % 2 == 0 ? "Pompeo" : "Bolton")
			.replace("Sarah Sanders", copy % 3 == 0 ? "Sarah Sanders" : "Dana Perino");
	}

}
