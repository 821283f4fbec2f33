/**
 * Quarry: the application's entry point. Each feature is a package below this one and a
 * Spring Modulith module; the generated module documentation (src/docs/modules) shows
 * what each uses and listens to, and the architecture test what each may use.
 */
@NullMarked
package app.quarry;

import org.jspecify.annotations.NullMarked;
