package app.quarry.bench;

import app.quarry.bench.quality.QualityReport;

/**
 * How many of the facts a careful reader would ask about the generator asks, and how many
 * of its answers are right: generates a bank from a folder of documents exactly as the
 * {@code generate} command does, scores it against a gold fact file by the project's
 * scoring rules (recall per fact type, precision for dates, counts and quotes), and lists
 * every missed fact and every wrong answer with its cause.
 *
 * <p>
 * Run after {@code ./mvnw -B -q -P'!frontend' test-compile} with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.quarry.bench.QuestionQualityBenchmark DEVSET | CORPUS FACTS.json [--bank OUT.json] [--summary]},
 * where DEVSET is a folder with the documents in {@code text/} and the gold in
 * {@code facts.json}, e.g. one of the development sets under
 * {@code src/test/resources/devsets/}. {@code --bank} also writes the generated bank;
 * {@code --summary} prints the figures and the count of each cause without listing every
 * case.
 */
public final class QuestionQualityBenchmark {

	private QuestionQualityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		System.exit(QualityReport.run(args, System.out, System.err));
	}

}
