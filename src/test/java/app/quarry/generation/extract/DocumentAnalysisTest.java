package app.quarry.generation.extract;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentAnalysisTest {

	private static final DocumentAnalysis.Kind<Integer> OF_TEXT = DocumentAnalysis.Kind.ofText("of the text");

	private static final DocumentAnalysis.Kind<Integer> IN_CONTEXT = new DocumentAnalysis.Kind<>("in context");

	@Test
	void an_analysis_of_the_text_alone_is_made_once_for_every_context_the_text_is_read_in() {
		AtomicInteger made = new AtomicInteger();
		DocumentAnalysis bare = new DocumentAnalysis(DocumentText.of("It rained on June 3, 2019."), null);
		DocumentAnalysis dated = bare.inContext(new ExtractionContext("d", null));
		assertThat(bare.get(OF_TEXT, a -> made.incrementAndGet())).isEqualTo(1);
		assertThat(dated.get(OF_TEXT, a -> made.incrementAndGet())).isEqualTo(1);
		assertThat(dated.document()).isSameAs(bare.document());
	}

	@Test
	void an_analysis_that_depends_on_the_context_is_made_again_in_another() {
		AtomicInteger made = new AtomicInteger();
		DocumentAnalysis bare = new DocumentAnalysis(DocumentText.of("It rained yesterday."), null);
		DocumentAnalysis dated = bare.inContext(new ExtractionContext("d", null));
		assertThat(bare.get(IN_CONTEXT, a -> made.incrementAndGet())).isEqualTo(1);
		assertThat(dated.get(IN_CONTEXT, a -> made.incrementAndGet())).isEqualTo(2);
		assertThat(dated.get(IN_CONTEXT, a -> made.incrementAndGet())).isEqualTo(2);
	}

}
