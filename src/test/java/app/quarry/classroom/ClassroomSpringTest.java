package app.quarry.classroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a private in-memory H2 database (real H2, Flyway schema, the
 * bundled bank loaded), with a clock the test moves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:classroom-tests;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/classroom-test-data" })
@Import(ClassroomTestSupport.class)
public @interface ClassroomSpringTest {

}
