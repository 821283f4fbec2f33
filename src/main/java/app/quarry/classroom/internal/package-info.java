/**
 * Entities and repositories of the classroom; reached only from the classroom services.
 */
@NullMarked
package app.quarry.classroom.internal;

import org.jspecify.annotations.NullMarked;
