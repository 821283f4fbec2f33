package app.quarry.generation.extract.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

/**
 * A lower-case fragment quoted inside a reported clause, with no stop or comma of its
 * own, does not cut a later quotation of the same clause from its speech verb: both are
 * the reporter's. A later quotation with a speaker of its own keeps that speaker.
 */
class FragmentsBetweenQuotationsTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	@Test
	void a_second_quotation_after_a_longer_fragment_is_the_same_reporters() {
		assertThat(quotes("Envoy speaks\n\nTom Lee, the proposed envoy, spoke to senators on Monday. He said "
				+ "Westria had seized Upton \"as an act of plain force\" requiring Acme to offer \"a fair show of "
				+ "strength\".\n"))
			.containsExactly("Tom Lee :: as an act of plain force", "Tom Lee :: a fair show of strength");
	}

	@Test
	void a_second_quotation_with_its_own_speaker_keeps_it() {
		assertThat(quotes("Envoy speaks\n\nTom Lee, the proposed envoy, spoke to senators on Monday. Lee said "
				+ "Westria had seized Upton \"as an act of plain force\" while Jane Roe, the Acme chief, said it "
				+ "was \"a fair and lawful step for the region\".\n"))
			.contains("Jane Roe :: a fair and lawful step for the region");
	}

}
