package app.quarry.classroom;

import org.jspecify.annotations.Nullable;

/**
 * The time zone the current request's browser reports, if there is a browser and it said.
 * Implemented by the views, which can see the browser; the services only ask.
 */
public interface BrowserTimeZone {

	/** An IANA zone id such as {@code Europe/Berlin}, or null when unknown. */
	@Nullable String zoneId();

}
