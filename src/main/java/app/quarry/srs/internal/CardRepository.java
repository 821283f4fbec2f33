package app.quarry.srs.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CardRepository extends JpaRepository<CardEntity, Long> {

	Optional<CardEntity> findByLearnerIdAndQuestionId(long learnerId, String questionId);

	List<CardEntity> findByLearnerIdAndQuestionIdIn(long learnerId, Collection<String> questionIds);

	@org.springframework.data.jpa.repository.Modifying
	@Query("delete from CardEntity c where c.questionId in :questionIds")
	int deleteByQuestionIds(Collection<String> questionIds);

	@Query("select c from CardEntity c where c.learnerId = :learnerId and c.questionId in :questionIds"
			+ " and c.state <> app.quarry.srs.fsrs.CardState.NEW and c.suspended = false and c.due <= :now order by c.due")
	List<CardEntity> findDue(long learnerId, Collection<String> questionIds, Instant now);

	/**
	 * Every card of the learner's, soonest due first: the begun and the suspended ones in
	 * one read.
	 */
	@Query("select new app.quarry.srs.internal.LearnerCard(c.questionId, c.due, c.state, c.suspended)"
			+ " from CardEntity c where c.learnerId = :learnerId order by c.due")
	List<LearnerCard> findCardsOf(long learnerId);

	@Query("select c.due from CardEntity c where c.learnerId = :learnerId"
			+ " and c.state <> app.quarry.srs.fsrs.CardState.NEW and c.suspended = false and c.due < :until")
	List<Instant> findDueTimesBefore(long learnerId, Instant until);

	@Query("select c.questionId from CardEntity c where c.learnerId = :learnerId and c.state = :state"
			+ " and c.stability >= :minimumStability")
	List<String> findQuestionIdsInState(long learnerId, app.quarry.srs.fsrs.CardState state, double minimumStability);

	@Query("select c.questionId from CardEntity c where c.learnerId = :learnerId and c.reps > 0")
	List<String> findStudiedQuestionIds(long learnerId);

	@Query("select c.questionId from CardEntity c where c.learnerId = :learnerId and c.suspended = true")
	List<String> findSuspendedQuestionIds(long learnerId);

	@Query("select c.questionId from CardEntity c where c.learnerId = :learnerId and c.flagged = true")
	List<String> findFlaggedQuestionIds(long learnerId);

	/** Question id and how many learners flagged it, for every flagged question. */
	@Query("select c.questionId, count(c) from CardEntity c where c.flagged = true group by c.questionId")
	List<Object[]> countFlags();

	List<CardEntity> findByLearnerId(long learnerId);

}
