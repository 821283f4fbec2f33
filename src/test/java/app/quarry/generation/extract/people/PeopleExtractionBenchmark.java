package app.quarry.generation.extract.people;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import app.quarry.corpus.DocumentText;
import app.quarry.generation.extract.ExtractionContext;

/**
 * Prints the throughput of quote and person extraction on one core over a corpus of at
 * least 10 MB made of varied copies of the seed documents (paragraphs rotated and names
 * of the copies changed, so that no two copies are the same text). Throughput is measured
 * in CPU time of the extracting thread, so that other work on the machine does not skew
 * it. Run by hand:
 * {@code java -cp <test classpath> app.quarry.generation.extract.people.PeopleExtractionBenchmark}.
 */
public final class PeopleExtractionBenchmark {

	private static final int TARGET_CHARS = 10_500_000;

	private PeopleExtractionBenchmark() {
	}

	public static void main(String[] args) {
		List<String> seeds = SeedDocuments.ALL.stream().map(name -> SeedDocuments.read(name).text()).toList();
		List<DocumentText> corpus = new ArrayList<>();
		long chars = 0;
		for (int copy = 0; chars < TARGET_CHARS; copy++) {
			String seed = seeds.get(copy % seeds.size());
			String varied = vary(seed, copy);
			corpus.add(DocumentText.of(varied));
			chars += varied.length();
		}
		QuoteExtractor quotes = new QuoteExtractor();
		PersonExtractor people = new PersonExtractor();
		ExtractionContext context = new ExtractionContext("benchmark", null);
		quotes.find(corpus.get(0), context); // loads the part-of-speech model
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long facts = 0;
		double seconds = 0;
		for (int round = 1; round <= 2; round++) {
			long wallStart = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			facts = 0;
			for (DocumentText document : corpus) {
				facts += quotes.find(document, context).size();
				facts += people.find(document, context).size();
			}
			seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			System.out.printf("round %d: cpu %.2f s, wall %.2f s%n", round, seconds,
					(System.nanoTime() - wallStart) / 1e9);
		}
		double megabytes = chars / 1_000_000.0;
		System.out.printf(
				"documents=%d chars=%d facts=%d cpu_seconds=%.2f throughput=%.2f MB/s of CPU time heap_used=%d MB%n",
				corpus.size(), chars, facts, seconds, megabytes / seconds,
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1_000_000);
	}

	private static String vary(String seed, int copy) {
		String[] paragraphs = seed.split("\n");
		StringBuilder text = new StringBuilder(seed.length() + 64);
		int shift = copy % Math.max(1, paragraphs.length);
		for (int i = 0; i < paragraphs.length; i++) {
			text.append(paragraphs[(i + shift) % paragraphs.length]).append('\n');
		}
		String[] surnames = { "Trump", "Sanders", "Pompeo", "Moon", "Shin", "Chung" };
		String[] replacements = { "Harlan", "Okafor", "Lindqvist", "Baek", "Novak", "Ferreira" };
		int which = copy % surnames.length;
		return text.toString().replace(surnames[which], replacements[(which + copy / 7) % replacements.length]);
	}

}
