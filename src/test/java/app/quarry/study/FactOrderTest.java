package app.quarry.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import app.quarry.bank.BankJson;
import app.quarry.bank.Siblings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order kept with the bank gives a session exactly the order worked out from every
 * card, whatever was answered today, whichever filter, with the learner's own cards.
 */
class FactOrderTest {

	private static List<StudyCard> bundledCards() throws IOException {
		try (InputStream in = FactOrderTest.class.getClassLoader().getResourceAsStream("questions/bank.json")) {
			return BankJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.questions()
				.stream()
				.map(question -> BankQuestionCatalog.card(question, document -> null))
				.toList();
		}
	}

	static List<String> computed(List<StudyCard> bank, List<StudyCard> own, StudyFilter filter, Set<String> answered) {
		List<StudyCard> all = Stream.concat(bank.stream(), own.stream()).filter(filter::matches).toList();
		return StudyQueue.offerOrder(all, answered);
	}

	static List<String> kept(FactOrder order, List<StudyCard> own, StudyFilter filter, Set<String> answered) {
		return new ArrayList<>(order.offer(own, filter, answered));
	}

	@Test
	void the_order_kept_with_the_bank_is_the_one_computed_from_every_card() throws IOException {
		List<StudyCard> cards = bundledCards();
		Random random = new Random(3);
		for (int round = 0; round < 40; round++) {
			// a few of the bank's cards play the learner's own deck, sharing sentences
			List<StudyCard> bank = new ArrayList<>();
			List<StudyCard> own = new ArrayList<>();
			cards.forEach(card -> ((random.nextInt(20) == 0) ? own : bank).add(card));
			Set<String> answered = new HashSet<>();
			cards.stream().filter(card -> random.nextInt(8) == 0).forEach(card -> answered.add(card.questionId()));
			answered.add("no-such-question");
			FactOrder order = FactOrder.of(bank);
			StudyCard any = cards.get(random.nextInt(cards.size()));
			for (StudyFilter filter : List.of(StudyFilter.ALL, StudyFilter.document(any.documentId()),
					StudyFilter.type(any.type()))) {
				assertThat(kept(order, own, filter, answered)).isEqualTo(computed(bank, own, filter, answered));
				assertThat(kept(order, List.of(), filter, Set.of()))
					.isEqualTo(computed(bank, List.of(), filter, Set.of()));
			}
		}
	}

	@Test
	void after_questions_change_the_order_made_again_is_the_computed_one() throws IOException {
		List<StudyCard> cards = bundledCards();
		Set<String> answered = Set.of(cards.get(0).questionId(), cards.get(cards.size() / 2).questionId());
		// the first card of every other fact withdrawn: its siblings come forward
		List<StudyCard> firsts = Siblings.onePerFact(cards, StudyCard::fact);
		Set<String> withdrawn = new HashSet<>();
		for (int i = 0; i < firsts.size(); i += 2) {
			withdrawn.add(firsts.get(i).questionId());
		}
		List<StudyCard> changed = new ArrayList<>(
				cards.stream().filter(card -> !withdrawn.contains(card.questionId())).toList());
		// and a card added before the others of its fact
		changed.add(0, withId(changed.get(changed.size() - 1), "added"));
		FactOrder before = FactOrder.of(cards);
		FactOrder after = FactOrder.of(changed);
		assertThat(kept(after, List.of(), StudyFilter.ALL, answered))
			.isEqualTo(computed(changed, List.of(), StudyFilter.ALL, answered))
			.isNotEqualTo(kept(before, List.of(), StudyFilter.ALL, answered));
	}

	@Test
	void the_offer_finds_the_cards_it_holds_and_no_others() {
		StudyCard typed = StudyCards.typed("typed");
		StudyCard choice = StudyCards.multipleChoice("choice");
		StudyCard own = StudyCards.otherSentence(StudyCards.cloze("own"));
		FactOrder.Offer offer = FactOrder.of(List.of(typed, choice))
			.offer(List.of(own), StudyFilter.type("date"), Set.of("choice"));
		assertThat(offer).containsExactly("choice", "typed");
		assertThat(offer.contains("own")).isFalse();
		assertThat(offer.card("own")).isEqualTo(own);
		assertThat(offer.answered()).containsExactly(choice.fact());
		assertThat(FactOrder.of(List.of()).offer(List.of(), StudyFilter.ALL, Set.of())).isEmpty();
	}

	@Test
	void a_role_a_later_story_asks_again_is_one_fact_with_the_card_whatever_the_filter_and_whoever_owns_it() {
		StudyCard whoIs = StudyCards.whoIs("who-is");
		StudyCard other = StudyCards.typed("other");
		StudyCard cloze = StudyCards.roleCloze("cloze");
		StudyCard laterInB = StudyCards.cloze("later-in-b");
		List<StudyCard> bank = List.of(whoIs, other, cloze, laterInB);
		FactOrder order = FactOrder.of(bank);
		assertThat(kept(order, List.of(), StudyFilter.ALL, Set.of())).containsExactly("who-is", "other", "later-in-b",
				"cloze");
		// the card is not in the later story: its cloze comes first there
		assertThat(kept(order, List.of(), StudyFilter.document("doc-b"), Set.of())).containsExactly("cloze",
				"later-in-b");
		for (StudyFilter filter : List.of(StudyFilter.ALL, StudyFilter.document("doc-a"), StudyFilter.document("doc-b"),
				StudyFilter.type("person"))) {
			for (Set<String> answered : List.of(Set.<String>of(), Set.of("cloze"), Set.of("who-is"))) {
				assertThat(kept(order, List.of(), filter, answered)).as("%s, %s answered", filter, answered)
					.isEqualTo(computed(bank, List.of(), filter, answered));
				// the later story in the learner's own deck
				assertThat(kept(FactOrder.of(List.of(whoIs, other)), List.of(cloze, laterInB), filter, answered))
					.as("own, %s, %s answered", filter, answered)
					.isEqualTo(computed(List.of(whoIs, other), List.of(cloze, laterInB), filter, answered));
			}
		}
	}

	private static StudyCard withId(StudyCard card, String id) {
		return new StudyCard(id, card.format(), card.type(), card.prompt(), card.answer(), card.value(),
				card.accepted(), card.options(), card.documentId(), card.documentTitle(), card.sourceStart(),
				card.sourceEnd(), card.sourceSentence());
	}

}
