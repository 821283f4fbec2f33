package app.quarry.classroom;

import app.quarry.account.LearnerId;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The time zone a person reads and enters assignment times in: the zone they chose in
 * their study settings; if they never chose one, their browser's; else UTC. Instants are
 * stored in UTC whatever the zone.
 */
@Component
public class TimeZones {

	/** UTC as a named zone, so it reads "UTC" rather than "Z". */
	public static final ZoneId UTC = ZoneId.of("UTC");

	private final StudyRecords study;

	TimeZones(StudyRecords study) {
		this.study = study;
	}

	public ZoneId zoneOf(LearnerId learner, @Nullable String browserZoneId) {
		return this.study.chosenTimeZone(learner).map(TimeZones::named).orElseGet(() -> browser(browserZoneId));
	}

	private static ZoneId browser(@Nullable String zoneId) {
		if (zoneId == null || zoneId.isBlank()) {
			return UTC;
		}
		try {
			return named(ZoneId.of(zoneId));
		}
		catch (DateTimeException ex) {
			// a browser naming a zone this JVM does not know: UTC rather than a failure
			return UTC;
		}
	}

	private static ZoneId named(ZoneId zone) {
		return zone.normalized().equals(ZoneOffset.UTC) ? UTC : zone;
	}

}
