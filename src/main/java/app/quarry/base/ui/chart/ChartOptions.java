package app.quarry.base.ui.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * ECharts options for the progress charts. Each method takes plain values and returns the
 * option as JSON for {@link EChart#setOption(ObjectNode)}; labels are data, never markup.
 */
public final class ChartOptions {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private ChartOptions() {
	}

	/**
	 * A calendar heatmap of reviews per study day, one cell per day from {@code first} to
	 * {@code last}, weeks starting on Monday.
	 * @param first the first day shown
	 * @param last the last day shown, at most a year after {@code first}
	 * @param reviewsPerDay reviews done per day; days not listed had none
	 */
	public static ObjectNode reviewHeatmap(LocalDate first, LocalDate last, List<DayCount> reviewsPerDay) {
		if (last.isBefore(first) || last.isAfter(first.plusYears(1))) {
			throw new IllegalArgumentException(
					"A review heatmap spans one day to one year, got " + first + " to " + last);
		}
		List<DayCount> shown = reviewsPerDay.stream()
			.filter(day -> !day.day().isBefore(first) && !day.day().isAfter(last))
			.toList();
		int most = shown.stream().mapToInt(DayCount::count).max().orElse(0);
		ObjectNode option = JSON.objectNode();
		option.putObject("tooltip").put("position", "top");
		ObjectNode visualMap = option.putObject("visualMap");
		visualMap.put("min", 0).put("max", Math.max(most, 1)).put("orient", "horizontal");
		visualMap.put("left", "center").put("bottom", 0).put("itemHeight", 120).put("calculable", false);
		visualMap.putArray("text").add("More").add("Less");
		ObjectNode calendar = option.putObject("calendar");
		calendar.putArray("range").add(first.toString()).add(last.toString());
		calendar.putArray("cellSize").add("auto").add(13);
		calendar.put("top", 30).put("left", 30).put("right", 10).put("bottom", 50);
		calendar.putObject("dayLabel").put("firstDay", 1);
		calendar.putObject("yearLabel").put("show", false);
		calendar.putObject("itemStyle").put("borderWidth", 1).put("borderColor", "rgba(128,128,128,0.25)");
		calendar.putObject("splitLine").put("show", false);
		ObjectNode series = option.putArray("series").addObject();
		series.put("name", "Reviews").put("type", "heatmap").put("coordinateSystem", "calendar");
		ArrayNode data = series.putArray("data");
		shown.forEach(day -> data.addArray().add(day.day().toString()).add(day.count()));
		return option;
	}

	/**
	 * A bar chart of how many cards fall due on each of the coming days.
	 * @param duePerDay cards due per day, in day order (typically the next 30 days)
	 */
	public static ObjectNode dueForecast(List<DayCount> duePerDay) {
		ObjectNode option = base();
		ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
		duePerDay.forEach(day -> days.add(SHORT_DAY.format(day.day())));
		option.putObject("yAxis").put("type", "value").put("minInterval", 1).put("name", "Cards due");
		ObjectNode series = option.putArray("series").addObject();
		series.put("name", "Cards due").put("type", "bar");
		ArrayNode data = series.putArray("data");
		duePerDay.forEach(day -> data.add(day.count()));
		return option;
	}

	/**
	 * A line chart of true retention (share of reviews recalled) per day, with the
	 * learner's desired retention as a dashed reference line.
	 * @param retentionPerDay retention per day, in day order
	 * @param desiredRetention the target retention, from 0 to 1
	 */
	public static ObjectNode retention(List<DayRate> retentionPerDay, double desiredRetention) {
		ObjectNode option = base();
		option.putObject("legend").put("top", 0);
		ArrayNode days = option.putObject("xAxis").put("type", "category").putArray("data");
		retentionPerDay.forEach(day -> days.add(SHORT_DAY.format(day.day())));
		ObjectNode yAxis = option.putObject("yAxis").put("type", "value").put("name", "Recalled (%)");
		yAxis.put("min", 0).put("max", 100);
		ObjectNode actual = option.putArray("series").addObject();
		actual.put("name", "Retention").put("type", "line").put("smooth", false).put("symbolSize", 6);
		ArrayNode actualData = actual.putArray("data");
		retentionPerDay.forEach(day -> actualData.add(percent(day.rate())));
		ObjectNode target = option.withArray("series").addObject();
		target.put("name", "Desired").put("type", "line").put("symbol", "none");
		target.putObject("lineStyle").put("type", "dashed").put("width", 1);
		ArrayNode targetData = target.putArray("data");
		retentionPerDay.forEach(day -> targetData.add(percent(desiredRetention)));
		return option;
	}

	private static ObjectNode base() {
		ObjectNode option = JSON.objectNode();
		option.putObject("tooltip").put("trigger", "axis");
		option.putObject("grid").put("left", 50).put("right", 16).put("top", 40).put("bottom", 30);
		return option;
	}

	private static double percent(double rate) {
		return Math.round(rate * 1000) / 10.0;
	}

}
