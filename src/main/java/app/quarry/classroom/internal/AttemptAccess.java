package app.quarry.classroom.internal;

/**
 * An attempt and whether its student is still enrolled in the class of its assignment.
 */
public record AttemptAccess(Attempt attempt, boolean enrolled) {

}
