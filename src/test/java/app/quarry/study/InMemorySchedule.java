package app.quarry.study;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import app.quarry.srs.fsrs.Card;
import app.quarry.srs.fsrs.ReviewOutcome;
import app.quarry.srs.fsrs.Scheduler;
import app.quarry.srs.fsrs.SchedulerSettings;

/**
 * Spaced repetition for view tests, kept in memory and scheduled by the real FSRS core:
 * the study views are specified against the ports, whatever stores the review log.
 */
public class InMemorySchedule implements LearnerSchedule, LearnerProgress, LearnerSettings {

	private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults().withFuzz(false));

	private final Map<Long, Map<String, Card>> cards = new ConcurrentHashMap<>();

	private final Map<Long, List<LoggedReview>> log = new ConcurrentHashMap<>();

	private final Map<Long, Settings> settings = new ConcurrentHashMap<>();

	@Override
	public DueCards due(long learnerId, Collection<String> candidateIds, Instant now) {
		Map<String, Card> known = this.cards.getOrDefault(learnerId, Map.of());
		List<String> reviews = candidateIds.stream()
			.filter(known::containsKey)
			.filter(id -> !known.get(id).due().isAfter(now))
			.sorted()
			.toList();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		long introducedToday = reviewLog(learnerId).stream()
			.filter(review -> LocalDate.ofInstant(review.at(), ZoneOffset.UTC).equals(today))
			.map(LoggedReview::questionId)
			.distinct()
			.count();
		int allowance = (int) Math.max(0, settings(learnerId).dailyNewLimit() - introducedToday);
		List<String> fresh = candidateIds.stream()
			.filter(id -> !known.containsKey(id))
			.sorted()
			.limit(allowance)
			.toList();
		return new DueCards(reviews, fresh, allowance);
	}

	@Override
	public Map<Rating, Duration> preview(long learnerId, String questionId, Instant now) {
		ReviewOutcome[] outcomes = this.scheduler.preview(card(learnerId, questionId, now), now);
		Map<Rating, Duration> preview = new EnumMap<>(Rating.class);
		for (Rating rating : Rating.values()) {
			preview.put(rating, outcomes[rating.number() - 1].interval());
		}
		return preview;
	}

	@Override
	public synchronized void record(long learnerId, String questionId, Rating rating, Instant at, Duration taken) {
		ReviewOutcome outcome = this.scheduler.review(card(learnerId, questionId, at),
				app.quarry.srs.fsrs.Rating.of(rating.number()), at);
		this.cards.computeIfAbsent(learnerId, id -> new ConcurrentHashMap<>()).put(questionId, outcome.card());
		this.log.computeIfAbsent(learnerId, id -> new ArrayList<>())
			.add(new LoggedReview(questionId, rating, at, taken));
	}

	@Override
	public List<LoggedReview> reviewLog(long learnerId) {
		return List.copyOf(this.log.getOrDefault(learnerId, List.of()));
	}

	private Card card(long learnerId, String questionId, Instant now) {
		return this.cards.getOrDefault(learnerId, Map.of()).getOrDefault(questionId, Card.fresh(0, now));
	}

	@Override
	public Figures figures(long learnerId, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		reviewLog(learnerId)
			.forEach(review -> perDay.merge(LocalDate.ofInstant(review.at(), ZoneOffset.UTC), 1, Integer::sum));
		Map<LocalDate, Integer> due = new HashMap<>();
		this.cards.getOrDefault(learnerId, Map.of()).values().forEach(card -> {
			LocalDate day = LocalDate.ofInstant(card.due(), ZoneOffset.UTC);
			due.merge(day.isBefore(today) ? today : day, 1, Integer::sum);
		});
		List<DayTotal> forecast = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			forecast.add(new DayTotal(today.plusDays(i), due.getOrDefault(today.plusDays(i), 0)));
		}
		int streak = 0;
		while (perDay.containsKey(today.minusDays(streak))) {
			streak++;
		}
		return new Figures(today, due.getOrDefault(today, 0), streak, OptionalDouble.empty(),
				perDay.entrySet().stream().map(e -> new DayTotal(e.getKey(), e.getValue())).toList(), forecast);
	}

	@Override
	public Set<String> matureQuestionIds(long learnerId) {
		return this.cards.getOrDefault(learnerId, Map.of())
			.entrySet()
			.stream()
			.filter(e -> e.getValue().memory() != null && e.getValue().memory().stability() >= 21)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	@Override
	public Set<String> studiedQuestionIds(long learnerId) {
		return Set.copyOf(this.cards.getOrDefault(learnerId, Map.of()).keySet());
	}

	@Override
	public Settings settings(long learnerId) {
		return this.settings.getOrDefault(learnerId, new Settings(0.9, 20, ZoneOffset.UTC, 4));
	}

	@Override
	public void save(long learnerId, Settings settings) {
		if (settings.desiredRetention() < 0.70 || settings.desiredRetention() > 0.97) {
			throw new IllegalArgumentException("Desired retention must be between 70% and 97%.");
		}
		this.settings.put(learnerId, settings);
	}

	@Override
	public Optimization optimize(long learnerId) {
		return new Optimization(reviewLog(learnerId).size(), OptionalDouble.empty(), OptionalDouble.empty(),
				OptionalDouble.empty(), OptionalDouble.empty(), false,
				"Too few reviews to fit your own parameters yet.");
	}

}
