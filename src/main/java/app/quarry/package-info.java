/**
 * Quarry: the application's entry point. Each feature is a package below this one;
 * architecture.md names them and what each may use.
 */
@NullMarked
package app.quarry;

import org.jspecify.annotations.NullMarked;
