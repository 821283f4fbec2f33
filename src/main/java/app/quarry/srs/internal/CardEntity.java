package app.quarry.srs.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.CardState;
import app.quarry.srs.fsrs.MemoryState;

/**
 * A learner's card for one question: the scheduler's state, kept in step with the review
 * log.
 */
@Entity
@Table(name = "srs_card")
public class CardEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "learner_id", nullable = false)
	private long learnerId;

	@Column(name = "question_id", nullable = false, length = 40)
	private String questionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private CardState state;

	@Column(nullable = false)
	private int step;

	private Double stability;

	private Double difficulty;

	@Column(nullable = false)
	private Instant due;

	@Column(name = "last_review")
	private Instant lastReview;

	@Column(nullable = false)
	private int reps;

	@Column(nullable = false)
	private int lapses;

	@Column(nullable = false)
	private boolean suspended;

	@Column(nullable = false)
	private boolean flagged;

	protected CardEntity() {
	}

	public CardEntity(long learnerId, String questionId) {
		this.learnerId = learnerId;
		this.questionId = questionId;
	}

	public Long getId() {
		return this.id;
	}

	public long getLearnerId() {
		return this.learnerId;
	}

	public String getQuestionId() {
		return this.questionId;
	}

	public CardState getState() {
		return this.state;
	}

	public Instant getDue() {
		return this.due;
	}

	public boolean isSuspended() {
		return this.suspended;
	}

	public void setSuspended(boolean suspended) {
		this.suspended = suspended;
	}

	public boolean isFlagged() {
		return this.flagged;
	}

	public void setFlagged(boolean flagged) {
		this.flagged = flagged;
	}

	public Double getStability() {
		return this.stability;
	}

	public Instant getLastReview() {
		return this.lastReview;
	}

	public int getStep() {
		return this.step;
	}

	public Double getDifficulty() {
		return this.difficulty;
	}

	public int getReps() {
		return this.reps;
	}

	public int getLapses() {
		return this.lapses;
	}

	/** The scheduler's view; the seed mixes learner and question so fuzz is per card. */
	public Card toCard(Instant now) {
		long seed = this.learnerId * 1_000_003L + this.questionId.hashCode();
		if (this.state == null || this.state == CardState.NEW) {
			return Card.fresh(seed, now);
		}
		MemoryState memory = this.stability == null ? null : new MemoryState(this.stability, this.difficulty);
		return new Card(seed, this.state, this.step, memory, this.due, this.lastReview, this.reps, this.lapses);
	}

	/** Takes over the scheduler's state after a review. */
	public void apply(Card card) {
		this.state = card.state();
		this.step = card.step();
		this.stability = card.memory() == null ? null : card.memory().stability();
		this.difficulty = card.memory() == null ? null : card.memory().difficulty();
		this.due = card.due();
		this.lastReview = card.lastReview();
		this.reps = card.reps();
		this.lapses = card.lapses();
	}

}
