package app.quarry.classroom;

import java.time.Instant;

/** A student in a class's roster. */
public record RosterEntry(long studentId, String name, Instant joinedAt) {

}
