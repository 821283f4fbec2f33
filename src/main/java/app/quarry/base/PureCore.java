package app.quarry.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as pure core: plain Java with no Spring, no JPA and no Vaadin, so that it
 * can run from the command line and be tested without a container. The architecture test
 * checks it. Whole packages that are pure ({@code generation}, {@code srs.fsrs}) need no
 * marker.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PureCore {

}
