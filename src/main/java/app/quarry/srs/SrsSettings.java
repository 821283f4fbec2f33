package app.quarry.srs;

import java.time.DateTimeException;
import java.time.ZoneId;

import app.quarry.srs.fsrs.Parameters;

/**
 * A learner's scheduling settings.
 *
 * @param desiredRetention target recall probability, 0.70 to 0.97
 * @param newCardsPerDay how many unseen questions a study day may introduce, 0 to 9999
 * @param timeZone the learner's time zone, for study days
 * @param rolloverHour the hour (0-23) at which a new study day starts, default 4
 * @param parameters personal FSRS parameters, or null for the defaults
 * @param reviewsPerDay how many due reviews a study day may show, 0 to 9999; the rest
 * wait for the next day, most overdue first
 */
public record SrsSettings(double desiredRetention, int newCardsPerDay, String timeZone, int rolloverHour,
		Parameters parameters, int reviewsPerDay) {

	/** Anki's default: a day's reviews stay a sitting's work after a break. */
	public static final int DEFAULT_REVIEWS_PER_DAY = 200;

	public SrsSettings {
		if (reviewsPerDay < 0 || reviewsPerDay > 9999) {
			throw new InvalidSettingsException("reviews per day must be between 0 and 9999, was " + reviewsPerDay);
		}
		if (!(desiredRetention >= 0.70 && desiredRetention <= 0.97)) {
			throw new InvalidSettingsException(
					"desired retention must be between 0.70 and 0.97, was " + desiredRetention);
		}
		if (newCardsPerDay < 0 || newCardsPerDay > 9999) {
			throw new InvalidSettingsException("new cards per day must be between 0 and 9999, was " + newCardsPerDay);
		}
		if (rolloverHour < 0 || rolloverHour > 23) {
			throw new InvalidSettingsException("the day rollover hour must be between 0 and 23, was " + rolloverHour);
		}
		try {
			ZoneId.of(timeZone);
		}
		catch (DateTimeException | NullPointerException ex) {
			throw new InvalidSettingsException("unknown time zone '" + timeZone + "'");
		}
	}

	/** Settings with the default daily review limit. */
	public SrsSettings(double desiredRetention, int newCardsPerDay, String timeZone, int rolloverHour,
			Parameters parameters) {
		this(desiredRetention, newCardsPerDay, timeZone, rolloverHour, parameters, DEFAULT_REVIEWS_PER_DAY);
	}

	/**
	 * Retention 0.9, 20 new cards and 200 reviews a day, UTC, rollover at 4 am, default
	 * parameters.
	 */
	public static SrsSettings defaults() {
		return new SrsSettings(0.9, 20, "UTC", 4, null);
	}

	/** The zone as a {@link ZoneId}. */
	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
