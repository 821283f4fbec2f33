/**
 * FSRS-6, the memory model and scheduler Quarry uses for spaced repetition: plain values
 * in, plain values out, no Spring, no database and no clock of its own. Besides the
 * scheduler it holds the review-log reader, replay, the parameter optimizer and its
 * evaluation metrics, which the command line and the srs service both use.
 */
@NullMarked
@NamedInterface("fsrs")
package app.quarry.srs.fsrs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
