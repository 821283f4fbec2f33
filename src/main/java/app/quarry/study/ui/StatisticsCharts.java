package app.quarry.study.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import app.quarry.base.ui.chart.EChart;
import app.quarry.study.ProgressStatistics;
import app.quarry.study.ProgressStatistics.AnswerCounts;
import app.quarry.study.ProgressStatistics.Bucket;
import app.quarry.study.ProgressStatistics.DayReviews;
import app.quarry.study.ProgressStatistics.Retention;
import app.quarry.study.ProgressStatistics.StateCounts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Anki-style statistics charts: cards by state, reviews per day, intervals, answer
 * buttons and retention by interval. Bar charts only, which the shared chart component
 * draws; each chart's label says in words what it shows.
 */
final class StatisticsCharts {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private static final String[] KIND_COLOURS = { "#e6a23c", "#91cc75", "#3a7d44" };

	private static final String[] BUTTONS = { "Again", "Hard", "Good", "Easy" };

	private static final String[] BUTTON_COLOURS = { "#d9534f", "#e6a23c", "#5cb85c", "#3b82c4" };

	private StatisticsCharts() {
	}

	static EChart states(StateCounts states) {
		String[] names = { "New", "Learning", "Young", "Mature", "Suspended" };
		int[] counts = { states.newCards(), states.learning(), states.young(), states.mature(), states.suspended() };
		String[] colours = { "#3b82c4", "#e6a23c", "#91cc75", "#3a7d44", "#9e9e9e" };
		ObjectNode option = base();
		ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
		ArrayNode data = series(option, "Cards", "bar").putArray("data");
		StringBuilder label = new StringBuilder("Cards by state:");
		for (int i = 0; i < names.length; i++) {
			categories.add(names[i]);
			ObjectNode bar = data.addObject().put("value", counts[i]);
			bar.putObject("itemStyle").put("color", colours[i]);
			label.append(' ').append(names[i].toLowerCase(Locale.ROOT)).append(' ').append(counts[i]).append(',');
		}
		option.putObject("yAxis").put("type", "value").put("minInterval", 1).put("name", "Cards");
		return chart("card-states-chart", label.substring(0, label.length() - 1), option);
	}

	static EChart reviewsPerDay(List<DayReviews> days) {
		ObjectNode option = base();
		option.putObject("legend").put("top", 0);
		ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
		days.forEach(day -> categories.add(SHORT_DAY.format(day.day())));
		option.putObject("yAxis").put("type", "value").put("minInterval", 1).put("name", "Reviews");
		String[] kinds = { "Learning", "Young", "Mature" };
		for (int kind = 0; kind < kinds.length; kind++) {
			ObjectNode series = series(option, kinds[kind], "bar").put("stack", "reviews");
			series.putObject("itemStyle").put("color", KIND_COLOURS[kind]);
			ArrayNode data = series.putArray("data");
			for (DayReviews day : days) {
				data.add(switch (kind) {
					case 0 -> day.learning();
					case 1 -> day.young();
					default -> day.mature();
				});
			}
		}
		int total = days.stream().mapToInt(DayReviews::total).sum();
		return chart("reviews-per-day-chart", "Reviews on each of the last " + days.size()
				+ " days, by learning, young and mature cards: " + total + " in all", option);
	}

	static EChart intervals(List<Bucket> buckets) {
		ObjectNode option = base();
		ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
		ArrayNode data = series(option, "Cards", "bar").putArray("data");
		buckets.forEach(bucket -> {
			categories.add(bucket.label());
			data.add(bucket.count());
		});
		option.putObject("yAxis").put("type", "value").put("minInterval", 1).put("name", "Cards");
		((ObjectNode) option.get("xAxis")).putObject("axisLabel").put("interval", 0).put("rotate", 30);
		((ObjectNode) option.get("grid")).put("bottom", 60);
		int total = buckets.stream().mapToInt(Bucket::count).sum();
		return chart("intervals-chart", "Cards in review by their interval: " + total + " cards", option);
	}

	static EChart answers(List<AnswerCounts> groups) {
		ObjectNode option = base();
		option.putObject("legend").put("top", 0);
		option.putObject("xAxis").put("type", "value").put("max", 100).put("name", "%");
		ArrayNode categories = option.putObject("yAxis").put("type", "category").putArray("data");
		groups.forEach(group -> categories.add(group.cards() + " (" + group.total() + ")"));
		((ObjectNode) option.get("grid")).put("left", 110);
		StringBuilder label = new StringBuilder("Answer buttons pressed over the last year:");
		for (int button = 0; button < BUTTONS.length; button++) {
			ObjectNode series = series(option, BUTTONS[button], "bar").put("stack", "answers");
			series.putObject("itemStyle").put("color", BUTTON_COLOURS[button]);
			ArrayNode data = series.putArray("data");
			for (AnswerCounts group : groups) {
				data.add(percent(group.share(button + 1)));
			}
		}
		for (AnswerCounts group : groups) {
			label.append(' ')
				.append(group.cards().toLowerCase(Locale.ROOT))
				.append(" cards ")
				.append(String.format(Locale.ROOT, "%.0f%%", group.share(3) * 100 + group.share(4) * 100))
				.append(" good or easy;");
		}
		return chart("answer-buttons-chart", label.substring(0, label.length() - 1), option);
	}

	static EChart retention(List<Retention> buckets) {
		ObjectNode option = base();
		ArrayNode categories = option.putObject("xAxis").put("type", "category").putArray("data");
		ArrayNode data = series(option, "Recalled (%)", "bar").putArray("data");
		StringBuilder label = new StringBuilder("Share of reviews recalled by the interval the card had:");
		for (Retention bucket : buckets) {
			categories.add(bucket.interval() + " (" + bucket.reviews() + ")");
			data.add(percent(bucket.rate()));
			label.append(' ')
				.append(bucket.interval())
				.append(' ')
				.append((bucket.reviews() == 0) ? "no reviews"
						: String.format(Locale.ROOT, "%.0f%% of %d", bucket.rate() * 100, bucket.reviews()))
				.append(';');
		}
		option.putObject("yAxis").put("type", "value").put("min", 0).put("max", 100).put("name", "Recalled (%)");
		((ObjectNode) option.get("xAxis")).putObject("axisLabel").put("interval", 0).put("rotate", 20);
		((ObjectNode) option.get("grid")).put("bottom", 60);
		return chart("retention-by-interval-chart", label.substring(0, label.length() - 1), option);
	}

	private static ObjectNode base() {
		ObjectNode option = JSON.objectNode();
		option.putObject("tooltip").put("trigger", "axis");
		option.putObject("grid").put("left", 50).put("right", 16).put("top", 40).put("bottom", 30);
		return option;
	}

	private static ObjectNode series(ObjectNode option, String name, String type) {
		ArrayNode all = option.has("series") ? (ArrayNode) option.get("series") : option.putArray("series");
		return all.addObject().put("name", name).put("type", type);
	}

	private static EChart chart(String id, String label, ObjectNode option) {
		EChart chart = new EChart(label, option);
		chart.addClassName("dashboard-chart");
		chart.setId(id);
		return chart;
	}

	private static double percent(double share) {
		return Math.round(share * 1000) / 10.0;
	}

}
