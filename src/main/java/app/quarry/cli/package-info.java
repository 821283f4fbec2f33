/**
 * The command line ({@code generate}, {@code extract}, {@code fsrs ...}): runs a job and
 * exits without starting Spring or the web server.
 *
 * <p>
 * May use any feature's pure core; never entities or repositories.
 */
@NullMarked
package app.quarry.cli;

import org.jspecify.annotations.NullMarked;
