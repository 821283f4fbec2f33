package app.quarry.study;

import java.time.Duration;

/** One answered card, ready to be written to the review log. */
public record ReviewToRecord(String questionId, Rating rating, Duration taken, String response, boolean correct) {

}
