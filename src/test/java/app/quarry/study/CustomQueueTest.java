package app.quarry.study;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.quarry.bank.QuestionFormat;
import app.quarry.study.CustomStudy.Selection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which cards a custom session takes. */
class CustomQueueTest {

	private static final List<StudyCard> CARDS = List.of(StudyCards.multipleChoice("mc"), StudyCards.typed("typed"),
			StudyCards.cloze("cloze"), StudyCards.trueFalse("tf"), StudyCards.flashcard("flash"));

	/** typed is due soonest, then cloze, then mc; tf and flash were never studied. */
	private static final Map<String, Instant> DUE = new LinkedHashMap<>();

	static {
		DUE.put("typed", Instant.parse("2026-05-01T00:00:00Z"));
		DUE.put("cloze", Instant.parse("2026-05-09T00:00:00Z"));
		DUE.put("mc", Instant.parse("2026-06-01T00:00:00Z"));
	}

	private static List<String> ids(CustomStudy custom, Set<String> forgotten, Set<String> flagged,
			Set<String> suspended) {
		return CustomQueue.of(custom, CARDS, DUE, forgotten, flagged, suspended)
			.stream()
			.map(StudyCard::questionId)
			.toList();
	}

	@Test
	void ahead_of_schedule_takes_studied_cards_soonest_due_first_up_to_the_number_asked() {
		assertThat(ids(new CustomStudy(StudyFilter.ALL, null, Selection.AHEAD, 2, false), Set.of(), Set.of(), Set.of()))
			.containsExactly("typed", "cloze");
	}

	@Test
	void the_filter_and_the_format_narrow_the_cards() {
		assertThat(ids(new CustomStudy(StudyFilter.document("doc-a"), null, Selection.AHEAD, 10, false), Set.of(),
				Set.of(), Set.of()))
			.containsExactly("typed", "mc");
		assertThat(ids(new CustomStudy(StudyFilter.ALL, QuestionFormat.CLOZE, Selection.AHEAD, 10, false), Set.of(),
				Set.of(), Set.of()))
			.containsExactly("cloze");
	}

	@Test
	void forgotten_recently_takes_only_cards_answered_again_and_suspended_cards_stay_out() {
		assertThat(ids(new CustomStudy(StudyFilter.ALL, null, Selection.FORGOTTEN, 10, false), Set.of("mc", "cloze"),
				Set.of(), Set.of("cloze")))
			.containsExactly("mc");
	}

	@Test
	void flagged_cards_come_even_when_suspended_and_new_cards_are_those_never_studied() {
		assertThat(ids(new CustomStudy(StudyFilter.ALL, null, Selection.FLAGGED, 10, false), Set.of(),
				Set.of("flash", "mc"), Set.of("flash")))
			.containsExactly("mc", "flash");
		assertThat(ids(new CustomStudy(StudyFilter.ALL, null, Selection.NEW, 10, false), Set.of(), Set.of(), Set.of()))
			.containsExactly("tf", "flash");
	}

	@Test
	void a_custom_session_has_at_least_one_card() {
		assertThatThrownBy(() -> new CustomStudy(StudyFilter.ALL, null, Selection.AHEAD, 0, false))
			.hasMessage("A custom session has 1 to 9999 cards, not 0.");
	}

}
