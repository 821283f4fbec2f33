package app.quarry.generation.upload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a private in-memory H2 database (real H2, Flyway schema, the
 * bundled corpus and bank loaded), shared by the upload tests so the context starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:upload-tests;DB_CLOSE_DELAY=-1",
		"quarry.data-dir=target/upload-test-data" })
public @interface UploadSpringTest {

}
