package app.quarry.study.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a private in-memory H2 database (real H2, Flyway schema),
 * shared by the study tests so that the context starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:study-tests;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/study-test-data", "quarry.bank.revision-check=PT0S" })
public @interface StudySpringTest {

}
