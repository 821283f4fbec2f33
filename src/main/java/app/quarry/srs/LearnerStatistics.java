package app.quarry.srs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import app.quarry.srs.SrsStatistics.DayCount;
import app.quarry.srs.internal.CardRepository;
import app.quarry.srs.internal.ReviewLogEntry;
import app.quarry.srs.internal.ReviewLogRepository;

/**
 * A learner's figures by study day (their zone and rollover hour): reviews per day, what
 * falls due, true retention, streak. A part of {@link SrsService}, which holds the
 * transactions.
 */
final class LearnerStatistics {

	private final CardRepository cards;

	private final ReviewLogRepository log;

	private final LearnerSettingsBook settings;

	private final Clock clock;

	LearnerStatistics(CardRepository cards, ReviewLogRepository log, LearnerSettingsBook settings, Clock clock) {
		this.cards = cards;
		this.log = log;
		this.settings = settings;
		this.clock = clock;
	}

	/** Reviews since the start of the study day {@code days - 1} days ago. */
	List<DatedReview> reviewsOfLastDays(long learnerId, int days) {
		StudyCalendar calendar = calendar(learnerId);
		LocalDate today = calendar.dayOf(this.clock.instant());
		return this.log.findSince(learnerId, calendar.startOf(today.minusDays(Math.max(1, days) - 1)))
			.stream()
			.map(entry -> new DatedReview(entry.getQuestionId(), calendar.dayOf(entry.getReviewedAt()),
					entry.getRating(), entry.getPriorIntervalDays()))
			.toList();
	}

	/**
	 * Heatmap, forecast, true retention over the last {@code retentionDays} study days,
	 * streak.
	 */
	SrsStatistics of(long learnerId, int retentionDays) {
		StudyCalendar calendar = calendar(learnerId);
		Instant now = this.clock.instant();
		LocalDate today = calendar.dayOf(now);
		TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
		for (Instant time : this.log.findTimesSince(learnerId, calendar.startOf(today.minusDays(365)))) {
			perDay.merge(calendar.dayOf(time), 1, Integer::sum);
		}
		List<DayCount> heatmap = perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
		int[] due = new int[30];
		for (Instant time : this.cards.findDueTimesBefore(learnerId, calendar.startOf(today.plusDays(30)))) {
			long offset = Math.max(0, today.until(calendar.dayOf(time), ChronoUnit.DAYS));
			due[(int) offset]++;
		}
		List<DayCount> forecast = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			forecast.add(new DayCount(today.plusDays(i), due[i]));
		}
		List<ReviewLogEntry> mature = this.log.findMatureReviews(learnerId,
				calendar.startOf(today.minusDays(Math.max(1, retentionDays) - 1)),
				// up to and including now: PostgreSQL keeps microseconds and rounds a
				// review time with nanoseconds up, past a bound one nanosecond later
				now.plus(1, ChronoUnit.MICROS), SrsService.MATURE_DAYS);
		long passed = mature.stream().filter(entry -> entry.getRating() > 1).count();
		Double retention = mature.isEmpty() ? null : passed / (double) mature.size();
		LocalDate day = perDay.containsKey(today) ? today : today.minusDays(1);
		int streak = 0;
		while (perDay.containsKey(day)) {
			streak++;
			day = day.minusDays(1);
		}
		return new SrsStatistics(heatmap, forecast, retention, mature.size(), streak);
	}

	private StudyCalendar calendar(long learnerId) {
		SrsSettings settings = this.settings.of(learnerId);
		return new StudyCalendar(settings.zone(), settings.rolloverHour());
	}

}
