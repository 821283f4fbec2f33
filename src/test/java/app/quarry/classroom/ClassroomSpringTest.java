package app.quarry.classroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The whole application on a private in-memory H2 database (real H2, Flyway schema, the
 * bundled bank loaded), with a clock the test moves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:classroom-tests;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/classroom-test-data" })
@Import(ClassroomTestSupport.class)
// the study feature's ports onto the memory engine have no implementation on this branch
// yet;
// the classroom never calls them, they only let the application context start
@MockitoBean(types = { app.quarry.study.LearnerProgress.class, app.quarry.study.LearnerSchedule.class,
		app.quarry.study.LearnerSettings.class, app.quarry.study.ReviewRecorder.class })
public @interface ClassroomSpringTest {

}
