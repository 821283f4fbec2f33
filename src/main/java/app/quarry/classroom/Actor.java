package app.quarry.classroom;

import java.time.ZoneId;

/**
 * Who is asking: every classroom service method takes one and checks it, so a forbidden
 * request is refused even when it does not come through the views.
 *
 * @param userId the account's id
 * @param name shown to others (a teacher's roster, the results grid)
 * @param teacher whether the account has the teacher role
 * @param admin whether it has the admin role
 * @param zone the time zone they read and enter times in (see {@link TimeZones})
 */
public record Actor(long userId, String name, boolean teacher, boolean admin, ZoneId zone) {

	/** Someone who reads times in UTC. */
	public Actor(long userId, String name, boolean teacher, boolean admin) {
		this(userId, name, teacher, admin, TimeZones.UTC);
	}

	public static Actor student(long userId, String name) {
		return new Actor(userId, name, false, false);
	}

	public static Actor teacher(long userId, String name) {
		return new Actor(userId, name, true, false);
	}

}
