package app.quarry.classroom;

import app.quarry.classroom.results.ItemStatistics;

/** Item analysis of one question of an assignment, with the question it is about. */
public record ItemResult(String questionId, String label, ItemStatistics statistics) {

}
