package app.quarry.study;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.account.SystemWork;
import app.quarry.bank.Bank;
import app.quarry.bank.BankImporter;
import app.quarry.bank.BankQuestion;
import app.quarry.bank.RetirementLimit;
import app.quarry.bank.Source;
import app.quarry.base.MovableClock;
import app.quarry.study.ui.StudySpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role a later story asks again ("Fill in the role: _____ Kim Jong-un shakes hands
 * ...") and the card of the first story that asks who the person is ("Who is Kim
 * Jong-un?") are one fact to a learner studying the whole bank: once either is answered,
 * the other waits for the next study day, as the cards of one sentence do. On real spaced
 * repetition (H2), with the bank's cards as the catalog reads them.
 */
@Tag("database")
@StudySpringTest
class RoleAskedAgainBuryingTest {

	static final String FIRST_STORY = "2018-09-10-correspondence-resumes";

	static final String LATER_STORY = "2022-09-26-kim-complained-of-moon";

	static final String ROLE = "North Korean leader";

	// the catalog orders the bank's cards by id: the later story's cloze comes first
	static final String CLOZE = "role-a-later-story";

	static final String WHO_IS = "role-b-who-is-kim";

	static final String OTHER_PERSON = "role-c-who-is-moon";

	@Autowired
	BankImporter importer;

	@Autowired
	AccountService accounts;

	@Autowired
	LearnerSchedule schedule;

	@Autowired
	ApplicationContext context;

	/**
	 * The application's clock, which spaced repetition records answers by, moved on at
	 * will.
	 */
	MovableClock clock;

	StudyService study;

	long learner;

	@BeforeEach
	void theBankAsksTheRoleInBothStories() {
		String first = "With North Korea and the US still unable to find a breakthrough in their talks, "
				+ "“correspondence diplomacy” between North Korean leader Kim Jong-un and US President Donald Trump "
				+ "has resumed.";
		String later = "North Korean leader Kim Jong-un shakes hands with then-President Donald Trump of the US on "
				+ "June 30, 2019, ahead of a summit at Panmunjom in Korea.";
		String moon = "Kim had told South Korean President Moon Jae-in’s special delegation to North Korea that he "
				+ "respects Trump.";
		Bank bank = new Bank(List.of(),
				List.of(person(CLOZE, "cloze", "Fill in the role: " + later.replace(ROLE, "_____"), ROLE,
						new Source(LATER_STORY, 265, 265 + later.length(), later)),
						person(WHO_IS, "flashcard", "Who is Kim Jong-un?", ROLE,
								new Source(FIRST_STORY, 351, 351 + first.length(), first)),
						person(OTHER_PERSON, "flashcard", "Who is Moon Jae-in?", "South Korean President",
								new Source(FIRST_STORY, 1981, 1981 + moon.length(), moon))));
		SystemWork.run(() -> this.importer.importBank(bank, RetirementLimit.NONE));
		this.clock = new MovableClock(this.context.getBean(Clock.class).instant());
		this.study = new StudyService(this.context.getBean(QuestionCatalog.class), this.schedule,
				new StaticListableBeanFactory(Map.of("clock", this.clock)).getBeanProvider(Clock.class),
				this.context.getBeanProvider(CardEditor.class));
		this.learner = this.accounts
			.register(new Registration("role-" + System.nanoTime() + "@example.org", "Learner", "correct horse battery",
					ZoneOffset.UTC))
			.id()
			.value();
	}

	@Test
	@WithMockUser(username = "a-learner", roles = "STUDENT")
	void once_the_later_storys_cloze_is_answered_the_card_that_asks_who_the_person_is_waits_for_the_next_day() {
		// of the two, the one first in order is offered; the other is not shown beside it
		assertThat(queued(StudyFilter.ALL)).containsExactly(CLOZE, OTHER_PERSON);

		StudySession session = this.study.open(this.learner, StudyFilter.ALL);
		session.answerTyped(ROLE, Duration.ofSeconds(6));
		session.recordAndContinue(this.study.recorderFor(this.learner));

		// studying the first story alone, the card stays buried today
		assertThat(queued(StudyFilter.document(FIRST_STORY))).containsExactly(OTHER_PERSON);
		assertThat(queued(StudyFilter.ALL)).containsExactly(OTHER_PERSON);
		// the next study day it is back
		this.clock.advance(Duration.ofDays(1));
		assertThat(queued(StudyFilter.document(FIRST_STORY))).containsExactly(WHO_IS, OTHER_PERSON);
	}

	@Test
	@WithMockUser(username = "a-learner", roles = "STUDENT")
	void once_the_card_is_answered_the_later_story_does_not_ask_the_role_again_that_day() {
		StudySession firstStory = this.study.open(this.learner, StudyFilter.document(FIRST_STORY));
		assertThat(firstStory.current().orElseThrow().card().questionId()).isEqualTo(WHO_IS);
		firstStory.reveal(Duration.ofSeconds(4));
		firstStory.rate(Rating.GOOD);
		firstStory.recordAndContinue(this.study.recorderFor(this.learner));

		assertThat(queued(StudyFilter.document(LATER_STORY))).isEmpty();
		assertThat(queued(StudyFilter.ALL)).containsExactly(OTHER_PERSON);
	}

	/** The ids a session opened now would show, in order. */
	private List<String> queued(StudyFilter filter) {
		StudySession session = this.study.open(this.learner, filter);
		List<String> ids = new ArrayList<>();
		for (Optional<ShownCard> shown = session.current(); shown.isPresent(); shown = session.dropCurrent()) {
			ids.add(shown.get().card().questionId());
		}
		return ids;
	}

	private static BankQuestion person(String id, String format, String prompt, String role, Source source) {
		return new BankQuestion(id, "person", format, prompt, role, role, List.of(role), List.of(), null, source,
				List.of(source));
	}

}
