/**
 * Moodle exchange: questions written as GIFT and Moodle XML, and GIFT read back as
 * drafts. Pure: text in, text out; the classroom service maps bank questions to and from
 * {@link app.quarry.classroom.moodle.PortableQuestion}.
 */
@NullMarked
package app.quarry.classroom.moodle;

import org.jspecify.annotations.NullMarked;
