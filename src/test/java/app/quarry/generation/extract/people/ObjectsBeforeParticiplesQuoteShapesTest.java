package app.quarry.generation.extract.people;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.quarry.corpus.DocumentText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A participle set off after a clause ("…, saying …") speaks for the clause's subject.
 * The name the clause attacks, thanks or speaks of is its object and never the speaker,
 * even when it is the only name read in the clause; if no subject can be read, no one is
 * answered.
 */
class ObjectsBeforeParticiplesQuoteShapesTest {

	private static List<String> quotes(String text) {
		return SeedDocuments.quotes(DocumentText.of(text));
	}

	/** Makes Norland and Acme known speakers, so that their later names are read. */
	private static final String KNOWN = "Norland shut the border on Monday. \"We will not back down,\" Norland said. "
			+ "\"We are ready for anything,\" Acme said. ";

	@Test
	void the_subject_of_the_clause_speaks_not_the_country_it_attacked() {
		assertThat(quotes(
				KNOWN + "Westria attacked Norland, saying its leaders must \"pay up before the winter is " + "out\"."))
			.contains("Westria :: pay up before the winter is out")
			.noneMatch(q -> q.startsWith("Norland :: pay up"));
		assertThat(quotes(KNOWN + "Spain came down hard on Norland, saying the Norlanders must \"settle this "
				+ "quarrel between neighbours at once\"."))
			.noneMatch(q -> q.startsWith("Norland :: settle"));
	}

	@Test
	void a_described_or_body_subject_speaks_not_the_firm_it_criticised() {
		assertThat(quotes(KNOWN + "The mayor attacked Acme, saying the firm had \"broken every promise it made to "
				+ "this town\"."))
			.contains("the mayor :: broken every promise it made to this town");
		assertThat(quotes(KNOWN + "The government of Westria turned on Acme, warning that the firm \"will lose its "
				+ "licence if the crossing stays shut\"."))
			.noneMatch(q -> q.startsWith("Acme :: will lose"));
	}

	@Test
	void a_name_not_marked_as_subject_still_speaks_before_the_object() {
		assertThat(quotes(KNOWN + "Yesterday Jane Roe hit back at Acme, saying the firm had \"misled every one of "
				+ "its own workers\"."))
			.contains("Jane Roe :: misled every one of its own workers");
		assertThat(quotes(KNOWN + "But on Friday Tom Hale praised Norland, saying the country had \"kept its word "
				+ "to the whole region\"."))
			.contains("Tom Hale :: kept its word to the whole region");
	}

	@Test
	void with_no_readable_subject_the_object_is_not_answered() {
		assertThat(quotes(KNOWN + "Later the union criticised Norland, claiming the ministers had \"lied to every "
				+ "worker at the crossing\"."))
			.noneMatch(q -> q.startsWith("Norland :: lied"));
	}

	@Test
	void the_owner_of_remarks_before_a_participle_keeps_them() {
		assertThat(quotes("The summit drew mixed reactions, from cheers in the hall to Jane Roe's remarks calling "
				+ "the vote \"a very grave mistake\"."))
			.contains("Jane Roe :: a very grave mistake");
	}

}
