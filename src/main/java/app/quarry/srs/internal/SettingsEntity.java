package app.quarry.srs.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's scheduling settings and personal parameters, if fitted. */
@Entity
@Table(name = "srs_settings")
public class SettingsEntity {

	@Id
	@Column(name = "learner_id")
	private Long learnerId;

	@Column(name = "desired_retention", nullable = false)
	private double desiredRetention;

	@Column(name = "new_cards_per_day", nullable = false)
	private int newCardsPerDay;

	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone;

	@Column(name = "rollover_hour", nullable = false)
	private int rolloverHour;

	@Column(name = "reviews_per_day", nullable = false)
	private int reviewsPerDay = 200;

	@Column(length = 800)
	private String parameters;

	@Column(name = "parameters_fitted_at")
	private Instant parametersFittedAt;

	@Column(name = "parameters_review_count")
	private Integer parametersReviewCount;

	protected SettingsEntity() {
	}

	public SettingsEntity(long learnerId) {
		this.learnerId = learnerId;
	}

	public long getLearnerId() {
		return this.learnerId;
	}

	public double getDesiredRetention() {
		return this.desiredRetention;
	}

	public int getNewCardsPerDay() {
		return this.newCardsPerDay;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public int getRolloverHour() {
		return this.rolloverHour;
	}

	public String getParameters() {
		return this.parameters;
	}

	public Instant getParametersFittedAt() {
		return this.parametersFittedAt;
	}

	public Integer getParametersReviewCount() {
		return this.parametersReviewCount;
	}

	public void update(double desiredRetention, int newCardsPerDay, String timeZone, int rolloverHour) {
		this.desiredRetention = desiredRetention;
		this.newCardsPerDay = newCardsPerDay;
		this.timeZone = timeZone;
		this.rolloverHour = rolloverHour;
	}

	public int getReviewsPerDay() {
		return this.reviewsPerDay;
	}

	public void limitReviews(int reviewsPerDay) {
		this.reviewsPerDay = reviewsPerDay;
	}

	public void fitted(String parameters, Instant at, int reviewCount) {
		this.parameters = parameters;
		this.parametersFittedAt = at;
		this.parametersReviewCount = reviewCount;
	}

}
