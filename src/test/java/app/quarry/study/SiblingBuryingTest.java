package app.quarry.study;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.study.ui.StudySpringTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Study sessions on real spaced repetition (H2): the cards of one fact are shown once a
 * study day.
 */
@Tag("database")
@StudySpringTest
class SiblingBuryingTest {

	@Autowired
	LearnerSchedule schedule;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationContext context;

	/** Two cards of one fact (same sentence, same value) and a card of another fact. */
	private final List<StudyCard> cards = List.of(StudyCards.typed("sib-typed"),
			StudyCards.multipleChoice("sib-choice"), StudyCards.cloze("sib-other"));

	private final QuestionCatalog catalog = new QuestionCatalog() {

		@Override
		public List<StudyCard> studyCards() {
			return SiblingBuryingTest.this.cards;
		}

		@Override
		public List<DocumentChoice> documents() {
			return List.of();
		}

		@Override
		public String sentenceLink(String documentId, int start, int end) {
			return "";
		}

	};

	private static List<String> ids(StudySession session) {
		return session.current().stream().map(shown -> shown.card().questionId()).toList();
	}

	@Test
	@WithMockUser(username = "a-learner", roles = "STUDENT")
	void once_one_card_of_a_fact_is_answered_its_siblings_wait_for_the_next_study_day() {
		StudyService study = new StudyService(this.catalog, this.schedule, this.context.getBeanProvider(Clock.class),
				this.context.getBeanProvider(CardEditor.class));
		long learner = this.accounts
			.register(new Registration("siblings-" + System.nanoTime() + "@example.org", "Learner",
					"correct horse battery", ZoneOffset.UTC))
			.id()
			.value();
		StudySession first = study.open(learner, StudyFilter.ALL);
		assertThat(first.size()).isEqualTo(2);
		assertThat(ids(first)).containsExactly("sib-typed");
		first.answerTyped("1 April 2018", Duration.ofSeconds(9));
		first.recordAndContinue(study.recorderFor(learner));
		StudySession later = study.open(learner, StudyFilter.ALL);
		assertThat(later.size()).isEqualTo(1);
		assertThat(ids(later)).containsExactly("sib-other");
	}

}
