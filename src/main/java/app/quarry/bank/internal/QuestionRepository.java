package app.quarry.bank.internal;

import app.quarry.bank.QuestionStatus;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Stored questions; the search finds approved ones only. Every query here but those
 * naming an owner leaves learners' private questions out.
 */
public interface QuestionRepository extends JpaRepository<QuestionEntity, String> {

	String SEARCH = """
			from QuestionEntity q where q.status = :approved and q.ownerId is null
			and (:type is null or q.type = :type)
			and (:format is null or q.format = :format)
			and (:document is null or q.sourceDocument = :document)
			and (:text is null or lower(q.prompt) like :text or lower(q.answer) like :text)""";

	@Query("select q " + SEARCH + " order by q.id")
	List<QuestionEntity> search(@Param("type") @Nullable String type, @Param("format") @Nullable String format,
			@Param("document") @Nullable String document, @Param("text") @Nullable String text,
			@Param("approved") QuestionStatus approved, Pageable page);

	@Query("select count(q) " + SEARCH)
	long count(@Param("type") @Nullable String type, @Param("format") @Nullable String format,
			@Param("document") @Nullable String document, @Param("text") @Nullable String text,
			@Param("approved") QuestionStatus approved);

	/** As {@link #search}, among these ids only. */
	@Query("select q " + SEARCH + " and q.id in :ids order by q.id")
	List<QuestionEntity> searchAmong(@Param("type") @Nullable String type, @Param("format") @Nullable String format,
			@Param("document") @Nullable String document, @Param("text") @Nullable String text,
			@Param("approved") QuestionStatus approved, @Param("ids") Collection<String> ids, Pageable page);

	@Query("select count(q) " + SEARCH + " and q.id in :ids")
	long countAmong(@Param("type") @Nullable String type, @Param("format") @Nullable String format,
			@Param("document") @Nullable String document, @Param("text") @Nullable String text,
			@Param("approved") QuestionStatus approved, @Param("ids") Collection<String> ids);

	/**
	 * The distinct answers of the shared bank's questions of this type, asked in one of
	 * these formats, with this status, in no particular order.
	 */
	@Query("select distinct q.value from QuestionEntity q where q.status = :status and q.ownerId is null"
			+ " and q.type = :type and q.format in :formats")
	List<String> distinctValues(@Param("type") String type, @Param("formats") Collection<String> formats,
			@Param("status") QuestionStatus status);

	/** The documents the shared bank's questions with this status come from. */
	@Query("select distinct q.sourceDocument from QuestionEntity q where q.status = :status and q.ownerId is null")
	List<String> documentsWithStatus(@Param("status") QuestionStatus status);

	List<QuestionEntity> findByOrigin(QuestionEntity.Origin origin);

	/** A learner's own questions with this status, by id. */
	List<QuestionEntity> findByOwnerIdAndStatusOrderById(@Nullable Long ownerId, QuestionStatus status);

	/** A learner's own questions from one of their documents, by id. */
	@Query("select q from QuestionEntity q where q.ownerId = :owner and q.sourceDocument = :document"
			+ " and q.status <> app.quarry.bank.QuestionStatus.RETIRED order by q.id")
	List<QuestionEntity> ownedFrom(@Param("owner") long ownerId, @Param("document") @Nullable String document);

	/** Every one of a learner's questions, retired ones too. */
	List<QuestionEntity> findByOwnerId(Long ownerId);

	/**
	 * Every one of a learner's questions from one of their documents, retired ones too.
	 */
	List<QuestionEntity> findByOwnerIdAndSourceDocument(Long ownerId, String sourceDocument);

	String WITH_STATUS = """
			from QuestionEntity q where q.status = :status and q.ownerId is null
			and (:type is null or q.type = :type) and (:format is null or q.format = :format)
			and (:document is null or q.sourceDocument = :document)""";

	@Query("select q " + WITH_STATUS + " order by q.id")
	List<QuestionEntity> withStatus(@Param("status") QuestionStatus status, @Param("type") @Nullable String type,
			@Param("format") @Nullable String format, @Param("document") @Nullable String document);

	/** One page of {@link #withStatus}, in the page's order. */
	@Query("select q " + WITH_STATUS)
	List<QuestionEntity> withStatus(@Param("status") QuestionStatus status, @Param("type") @Nullable String type,
			@Param("format") @Nullable String format, @Param("document") @Nullable String document, Pageable page);

	@Query("select count(q) " + WITH_STATUS)
	long countWithStatus(@Param("status") QuestionStatus status, @Param("type") @Nullable String type,
			@Param("format") @Nullable String format, @Param("document") @Nullable String document);

	@Query("select q.id " + WITH_STATUS + " order by q.id")
	List<String> idsWithStatus(@Param("status") QuestionStatus status, @Param("type") @Nullable String type,
			@Param("format") @Nullable String format, @Param("document") @Nullable String document);

}
