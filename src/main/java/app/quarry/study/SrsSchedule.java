package app.quarry.study;

import app.quarry.bank.QuestionId;
import app.quarry.account.LearnerId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import app.quarry.srs.InvalidSettingsException;
import app.quarry.srs.PersonalOptimizer;
import app.quarry.srs.RefitResult;
import app.quarry.srs.ReviewSource;
import app.quarry.srs.SrsService;
import app.quarry.srs.SrsSettings;
import app.quarry.srs.SrsStatistics;
import app.quarry.srs.fsrs.ReviewOutcome;
import org.springframework.stereotype.Component;

/**
 * Study's ports to spaced repetition, on {@link SrsService}. The three read-outs the
 * service does not offer yet (the review log, studied and mature cards) are read-only
 * queries on the srs tables, kept here in one place until the service has them.
 */
@Component
class SrsSchedule implements LearnerSchedule, LearnerProgress, LearnerSettings {

	private final SrsService srs;

	private final PersonalOptimizer optimizer;

	SrsSchedule(SrsService srs, PersonalOptimizer optimizer) {
		this.srs = srs;
		this.optimizer = optimizer;
	}

	@Override
	public DueCards due(long learnerId, Collection<String> candidateIds, Instant now) {
		app.quarry.srs.DueCards due = this.srs.dueCards(LearnerId.of(learnerId), now, candidateIds);
		// srs applies the day's new-card allowance itself
		return new DueCards(due.reviews(), due.newCards(), due.newCards().size());
	}

	@Override
	public StudyDay studyDay(long learnerId, Instant now) {
		app.quarry.srs.StudyDay day = this.srs.studyDay(LearnerId.of(learnerId), now);
		return new StudyDay() {

			@Override
			public Set<String> answered() {
				return day.answered();
			}

			@Override
			public DueCards due(Collection<String> candidateIds) {
				app.quarry.srs.DueCards due = SrsSchedule.this.srs.dueCards(day, now, candidateIds);
				return new DueCards(due.reviews(), due.newCards(), due.newCards().size());
			}

		};
	}

	@Override
	public Set<String> answeredToday(long learnerId, Instant now) {
		return this.srs.answeredThisStudyDay(LearnerId.of(learnerId), now);
	}

	@Override
	public Map<Rating, Duration> preview(long learnerId, String questionId, Instant now) {
		ReviewOutcome[] outcomes = this.srs.preview(LearnerId.of(learnerId), QuestionId.of(questionId));
		Map<Rating, Duration> preview = new EnumMap<>(Rating.class);
		for (Rating rating : Rating.values()) {
			preview.put(rating, outcomes[rating.number() - 1].interval());
		}
		return preview;
	}

	@Override
	public void record(long learnerId, String questionId, Rating rating, Instant at, Duration taken) {
		this.srs.record(LearnerId.of(learnerId), QuestionId.of(questionId),
				app.quarry.srs.fsrs.Rating.of(rating.number()), taken.toMillis(), ReviewSource.STUDY);
	}

	@Override
	public void undo(long learnerId, String questionId) {
		this.srs.undoLastReview(LearnerId.of(learnerId), QuestionId.of(questionId));
	}

	@Override
	public void suspend(long learnerId, String questionId, boolean suspended) {
		this.srs.suspend(LearnerId.of(learnerId), QuestionId.of(questionId), suspended);
	}

	@Override
	public void flag(long learnerId, String questionId, boolean flagged) {
		this.srs.flag(LearnerId.of(learnerId), QuestionId.of(questionId), flagged);
	}

	@Override
	public Set<String> suspended(long learnerId) {
		return this.srs.suspendedQuestionIds(LearnerId.of(learnerId));
	}

	@Override
	public Set<String> flagged(long learnerId) {
		return this.srs.flaggedQuestionIds(LearnerId.of(learnerId));
	}

	@Override
	public Map<String, Instant> dueTimes(long learnerId) {
		Map<String, Instant> due = new java.util.LinkedHashMap<>();
		this.srs.cards(LearnerId.of(learnerId))
			.stream()
			.filter(card -> card.state() != app.quarry.srs.fsrs.CardState.NEW)
			.sorted(java.util.Comparator.comparing(app.quarry.srs.CardSummary::due))
			.forEach(card -> due.put(card.questionId(), card.due()));
		return due;
	}

	@Override
	public Set<String> forgotten(long learnerId, int days) {
		Set<String> forgotten = new java.util.HashSet<>();
		this.srs.reviewsOfLastDays(LearnerId.of(learnerId), days)
			.stream()
			.filter(review -> review.rating() == 1)
			.forEach(review -> forgotten.add(review.questionId()));
		return forgotten;
	}

	@Override
	public List<LoggedReview> reviewLog(long learnerId) {
		return this.srs.reviewLog(LearnerId.of(learnerId))
			.stream()
			.map((review) -> new LoggedReview(review.questionId(), Rating.ofNumber(review.rating()),
					review.reviewedAt(), Duration.ofMillis(review.durationMs() == null ? 0 : review.durationMs())))
			.toList();
	}

	@Override
	public Figures figures(long learnerId, Instant now) {
		SrsStatistics statistics = this.srs.statistics(LearnerId.of(learnerId), 30);
		List<DayTotal> perDay = totals(statistics.reviewsPerDay());
		List<DayTotal> forecast = totals(statistics.dueForecast());
		int dueToday = forecast.isEmpty() ? 0 : forecast.get(0).count();
		OptionalDouble retention = (statistics.trueRetention() == null) ? OptionalDouble.empty()
				: OptionalDouble.of(statistics.trueRetention());
		return new Figures(forecast.isEmpty() ? java.time.LocalDate.now() : forecast.get(0).day(), dueToday,
				statistics.streakDays(), retention, perDay, forecast);
	}

	private static List<DayTotal> totals(List<SrsStatistics.DayCount> counts) {
		List<DayTotal> totals = new ArrayList<>(counts.size());
		counts.forEach(count -> totals.add(new DayTotal(count.day(), count.count())));
		return totals;
	}

	@Override
	public Set<String> matureQuestionIds(long learnerId) {
		return this.srs.matureQuestionIds(LearnerId.of(learnerId));
	}

	@Override
	public List<app.quarry.srs.CardSummary> cards(long learnerId) {
		return this.srs.cards(LearnerId.of(learnerId));
	}

	@Override
	public List<app.quarry.srs.DatedReview> reviews(long learnerId, int days) {
		return this.srs.reviewsOfLastDays(LearnerId.of(learnerId), days);
	}

	@Override
	public Set<String> studiedQuestionIds(long learnerId) {
		return this.srs.studiedQuestionIds(LearnerId.of(learnerId));
	}

	@Override
	public Settings settings(long learnerId) {
		SrsSettings settings = this.srs.settings(LearnerId.of(learnerId));
		return new Settings(settings.desiredRetention(), settings.newCardsPerDay(), settings.zone(),
				settings.rolloverHour(), settings.reviewsPerDay());
	}

	@Override
	public void save(long learnerId, Settings settings) {
		try {
			SrsSettings current = this.srs.settings(LearnerId.of(learnerId));
			this.srs.updateSettings(LearnerId.of(learnerId),
					new SrsSettings(settings.desiredRetention(), settings.dailyNewLimit(), settings.timeZone().getId(),
							settings.rolloverHour(), current.parameters(), settings.dailyReviewLimit()));
		}
		catch (InvalidSettingsException ex) {
			throw new IllegalArgumentException(capitalized(ex.getMessage()) + ".", ex);
		}
	}

	@Override
	public int suspendedCards(long learnerId) {
		return this.srs.suspendedQuestionIds(LearnerId.of(learnerId)).size();
	}

	@Override
	public int unsuspendAll(long learnerId) {
		return this.srs.unsuspendAll(LearnerId.of(learnerId));
	}

	@Override
	public Optimization optimize(long learnerId) {
		RefitResult result = this.optimizer.refit(learnerId);
		return new Optimization(result.reviews(), optional(result.previousLogLoss()), optional(result.fittedLogLoss()),
				OptionalDouble.empty(), OptionalDouble.empty(), result.replaced(), capitalized(result.reason()) + ".");
	}

	private static OptionalDouble optional(Double value) {
		return (value == null) ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
