package app.quarry.classroom;

import app.quarry.bank.QuestionId;
import static app.quarry.classroom.ClassroomTestSupport.newActor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.quarry.account.Role;
import app.quarry.bank.QuestionStatus;
import app.quarry.bank.QuestionsChanged;
import app.quarry.study.StudyCard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A teacher's change to the bank is announced once per transaction, and this node's
 * copies of the bank are made again as soon as it committed, without waiting for their
 * next look at the bank's revision (the way other nodes' changes arrive).
 */
class QuestionsChangedTest extends ClassroomServicesTest {

	@Autowired
	QuestionReviewService review;

	@Autowired
	app.quarry.study.QuestionCatalog study;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void retiring_questions_takes_them_out_of_this_nodes_study_cards_at_once_with_one_announcement() {
		// the test's clock stands still, so the study cards never look at the revision
		// again by themselves: only the announcement can make them anew
		Actor teacher = newActor(this.accounts, "Change Teacher", Role.TEACHER);
		List<String> three = this.study.studyCards().stream().map(StudyCard::questionId).limit(3).toList();
		long announcedBefore = announcements();

		this.review.reviewAll(teacher, three.stream().map(QuestionId::of).toList(), QuestionStatus.RETIRED);

		// one event, one publication for each of its two listeners (study cards, quiz
		// grading), however many questions changed
		assertThat(announcements() - announcedBefore).isEqualTo(2);
		await().pollInSameThread()
			.untilAsserted(() -> assertThat(this.study.studyCards()).extracting(StudyCard::questionId)
				.doesNotContainAnyElementsOf(three));

		this.review.reviewAll(teacher, three.stream().map(QuestionId::of).toList(), QuestionStatus.APPROVED);
		await().pollInSameThread()
			.untilAsserted(
					() -> assertThat(this.study.studyCards()).extracting(StudyCard::questionId).containsAll(three));
	}

	private long announcements() {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE event_type = ?", Long.class,
				QuestionsChanged.class.getName());
		return (count == null) ? 0 : count;
	}

}
