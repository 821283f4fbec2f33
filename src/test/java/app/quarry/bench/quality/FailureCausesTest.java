package app.quarry.bench.quality;

import java.util.List;
import java.util.Map;

import app.quarry.generation.extract.EntityFact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCausesTest {

	private static final String TEXT = "Brelloc, a maker of garden pumps, hired forty workers. Arvena, the capital of Norland, is cold.";

	private static Map<String, Object> gold(String subject, String value, String sentence) {
		return Map.of("type", "entity", "doc", "pumps.txt", "subject", subject, "value", value, "sentence", sentence);
	}

	private static FailureCauses causes(EntityFact... facts) {
		return new FailureCauses(Map.of("pumps.txt", new FailureCauses.ExtractedDocument("d1", TEXT, List.of(facts))),
				List.of());
	}

	@Test
	void anOrganisationFoundButNotAskedIsNotCalledUnextracted() {
		EntityFact maker = new EntityFact("Brelloc", 0, 7, "Brelloc", "a maker of garden pumps");
		FailureCauses.Cause cause = causes(maker).ofMiss(
				gold("Brelloc", "a maker of garden pumps", "Brelloc, a maker of garden pumps, hired forty workers."));
		assertThat(cause.category()).startsWith("extracted, but no question");
	}

	@Test
	void aPlaceFoundButNotAskedIsNotCalledUnextracted() {
		EntityFact capital = EntityFact.place("Arvena", 55, 61, "the capital of Norland");
		FailureCauses.Cause cause = causes(capital)
			.ofMiss(gold("Arvena", "the capital of Norland", "Arvena, the capital of Norland, is cold."));
		assertThat(cause.category()).startsWith("extracted, but no question");
	}

	@Test
	void aNameFoundWithNothingSaidOfItIsAnExtractorsMissNotAWritersRefusal() {
		EntityFact bare = new EntityFact("Brelloc", 0, 7, "Brelloc", null);
		FailureCauses.Cause cause = causes(bare).ofMiss(
				gold("Brelloc", "a maker of garden pumps", "Brelloc, a maker of garden pumps, hired forty workers."));
		assertThat(cause.category()).isEqualTo("name extracted without a role or description");
	}

	@Test
	void aSentenceWithoutAnyDescriptionIsStillTold() {
		FailureCauses.Cause cause = causes()
			.ofMiss(gold("Arvena", "the capital of Norland", "Arvena, the capital of Norland, is cold."));
		assertThat(cause.category()).isEqualTo("no who-is-who fact extracted in that sentence");
	}

}
