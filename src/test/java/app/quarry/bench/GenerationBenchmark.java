package app.quarry.bench;

import app.quarry.bank.Bank;
import app.quarry.bank.BankJson;
import app.quarry.cli.GenerateCommandAccess;
import app.quarry.corpus.CorpusDocument;
import app.quarry.corpus.CorpusFolder;
import app.quarry.generation.BankGeneration;
import app.quarry.generation.extract.FactExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generation throughput on a corpus built from varied copies of the committed documents
 * (paragraphs shuffled, years and numbers shifted, names swapped), generated as one
 * corpus, in one thread. Prints the corpus size, CPU and wall seconds of each stage of
 * the pipeline, MB/s by CPU and by wall time, and the peak heap.
 *
 * <p>
 * Run after {@code ./mvnw -B -q -P'!frontend' test-compile} with
 * {@code java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt) app.quarry.bench.GenerationBenchmark [MB] [corpus folder]}
 * where {@code cp.txt} comes from
 * {@code ./mvnw -B -q -P'!frontend' dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * MB defaults to 10.5. The timed run follows a warm-up (see {@link #warmUp}); add
 * {@code -Dquarry.bench.warmup=0} for the cold figure. Several sizes (e.g. 0.5, 1, 2, 4)
 * show whether a stage grows faster than the corpus. A third argument names a file to
 * write the generated bank to (for comparing outputs before and after a change). Last, it
 * times the {@code generate} command on the committed documents in a fresh JVM, start
 * included.
 */
public final class GenerationBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** How much of the corpus each warm-up round generates. */
	private static final double WARM_UP_MB = 1;

	private GenerationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 10.5;
		List<CorpusDocument> seeds = CorpusFolder.load(Path.of(args.length > 1 ? args[1] : "questions/corpus"))
			.documents();
		List<CorpusDocument> corpus = new ArrayList<>();
		Random random = new Random(42);
		long bytes = 0;
		for (int copy = 0; bytes < megabytes * 1_000_000; copy++) {
			for (CorpusDocument seed : seeds) {
				String text = vary(seed.text(), random, copy);
				bytes += text.getBytes(StandardCharsets.UTF_8).length;
				corpus.add(new CorpusDocument(seed.id() + "-" + copy, seed.title(), seed.published(), seed.publisher(),
						seed.author(), text, seed.sha256()));
			}
		}
		FactExtractor extractor = GenerateCommandAccess.extractor();
		BankGeneration generation = new BankGeneration(extractor);
		// the seeds once: loads classes and models, as the generate command does
		generation.generate(seeds);
		warmUp(generation, corpus);

		Map<String, double[]> stages = new LinkedHashMap<>();
		long wall0 = System.nanoTime();
		long cpu0 = THREADS.getCurrentThreadCpuTime();
		Stopwatch watch = new Stopwatch(stages);
		Bank bank = generation.generate(corpus, watch::lap);
		String json = BankJson.write(bank);
		watch.lap("json");
		double wall = (System.nanoTime() - wall0) / 1e9;
		double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		// what stays live with the bank and the corpus still held, after a full
		// collection
		System.gc();
		long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		double mb = bytes / 1e6;
		System.out.printf("corpus %.2f MB in %d documents; %d questions, %d bytes of JSON%n", mb, corpus.size(),
				bank.questions().size(), json.length());
		stages.forEach((stage, t) -> System.out.printf("  %-28s cpu %7.2f s  wall %7.2f s%n", stage, t[0], t[1]));
		System.out.printf(
				"total: cpu %.2f s, wall %.2f s; %.2f MB/s by cpu, %.2f MB/s by wall; peak heap %d MB, live after GC %d MB (max %d MB)%n",
				cpu, wall, mb / cpu, mb / wall, peak / 1_000_000, live / 1_000_000,
				Runtime.getRuntime().maxMemory() / 1_000_000);
		if (args.length > 2) {
			Files.writeString(Path.of(args[2]), json);
		}
		generateWallTime(args.length > 1 ? args[1] : "questions/corpus");
	}

	/**
	 * Generates the first {@value #WARM_UP_MB} MB of the corpus
	 * {@code quarry.bench.warmup} times (5 unless told) before the timed run, as JMH's
	 * warm-up iterations do: one pass over the seeds leaves most of the generator to be
	 * compiled while it is timed, so the figure measured the compiler's start more than
	 * the generator (and the more so the smaller the corpus).
	 * {@code -Dquarry.bench.warmup=0} times the first pass, cold.
	 */
	private static void warmUp(BankGeneration generation, List<CorpusDocument> corpus) {
		int rounds = Integer.getInteger("quarry.bench.warmup", 5);
		List<CorpusDocument> sample = new ArrayList<>();
		long bytes = 0;
		for (CorpusDocument document : corpus) {
			if (bytes >= WARM_UP_MB * 1_000_000) {
				break;
			}
			sample.add(document);
			bytes += document.text().getBytes(StandardCharsets.UTF_8).length;
		}
		StringBuilder seconds = new StringBuilder();
		for (int round = 0; round < rounds; round++) {
			long cpu0 = THREADS.getCurrentThreadCpuTime();
			generation.generate(sample);
			seconds.append(String.format(" %.2f", (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9));
		}
		System.out.printf(rounds == 0 ? "no warm-up: the first pass is timed, cold%n"
				: "warm-up: %d rounds of %.2f MB, cpu s each:%s%n", rounds, bytes / 1e6, seconds);
	}

	/**
	 * Wall time of the {@code generate} command on the committed documents in a fresh JVM
	 * (start included), on this benchmark's class path.
	 */
	private static void generateWallTime(String corpus) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path out = Files.createTempFile("bank", ".json");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"app.quarry.QuarryApplication", "generate", "--corpus", corpus, "--out", out.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		int status = process.waitFor();
		double wall = (System.nanoTime() - started) / 1e9;
		Files.deleteIfExists(out);
		System.out.printf("generate on %s: exit %d, wall %.2f s (JVM start included)%n", corpus, status, wall);
		System.out.println("  " + output.lines().filter(l -> l.startsWith("wrote")).findFirst().orElse(output));
	}

	/** CPU and wall seconds per stage, summed by stage name. */
	private static final class Stopwatch {

		private final Map<String, double[]> stages;

		private long cpu = THREADS.getCurrentThreadCpuTime();

		private long wall = System.nanoTime();

		Stopwatch(Map<String, double[]> stages) {
			this.stages = stages;
		}

		void lap(String stage) {
			long c = THREADS.getCurrentThreadCpuTime();
			long w = System.nanoTime();
			double[] t = this.stages.computeIfAbsent(stage, s -> new double[2]);
			t[0] += (c - this.cpu) / 1e9;
			t[1] += (w - this.wall) / 1e9;
			this.cpu = c;
			this.wall = w;
		}

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
