package app.quarry.srs.internal;

import app.quarry.srs.ReviewSource;
import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

	List<ReviewLogEntry> findByLearnerIdAndQuestionIdOrderByReviewedAtAscIdAsc(long learnerId, String questionId);

	List<ReviewLogEntry> findByLearnerIdOrderByReviewedAtAscIdAsc(long learnerId);

	@org.springframework.data.jpa.repository.Modifying
	@Query("delete from ReviewLogEntry l where l.questionId in :questionIds")
	int deleteByQuestionIds(java.util.Collection<String> questionIds);

	@Query("select l.reviewedAt from ReviewLogEntry l where l.learnerId = :learnerId and l.reviewedAt >= :from")
	List<Instant> findTimesSince(long learnerId, Instant from);

	@Query("select l from ReviewLogEntry l where l.learnerId = :learnerId and l.reviewedAt >= :from"
			+ " and l.reviewedAt < :to and l.priorIntervalDays >= :matureDays")
	List<ReviewLogEntry> findMatureReviews(long learnerId, Instant from, Instant to, int matureDays);

	/** Questions whose first review for this learner was at or after {@code from}. */
	@Query("select count(distinct l.questionId) from ReviewLogEntry l where l.learnerId = :learnerId"
			+ " and l.reviewedAt >= :from and not exists (select 1 from ReviewLogEntry o where o.learnerId = :learnerId"
			+ " and o.questionId = l.questionId and o.reviewedAt < :from)")
	long countIntroducedSince(long learnerId, Instant from);

	@Query("select distinct l.questionId from ReviewLogEntry l where l.learnerId = :learnerId and l.reviewedAt >= :from")
	List<String> findQuestionIdsReviewedSince(long learnerId, Instant from);

	@Query("select distinct l.questionId from ReviewLogEntry l where l.learnerId = :learnerId and l.source = :source")
	List<String> findQuestionIdsReviewedIn(long learnerId, ReviewSource source);

	long countByLearnerId(long learnerId);

	/** Learners with at least {@code minimum} reviews, and how many each has. */
	@Query("select l.learnerId, count(l) from ReviewLogEntry l group by l.learnerId having count(l) >= :minimum")
	List<Object[]> findLearnersWithReviews(long minimum);

	@Query("select l from ReviewLogEntry l where l.learnerId = :learnerId and l.reviewedAt >= :from")
	List<ReviewLogEntry> findSince(long learnerId, Instant from);

}
