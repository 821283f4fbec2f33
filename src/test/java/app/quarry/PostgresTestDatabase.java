package app.quarry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every application context of a test run at PostgreSQL instead of H2, when the
 * run asks for it ({@code -Dquarry.test.postgres=true}, as the build's {@code postgres}
 * test execution does, with the server's JDBC URL in {@code QUARRY_TEST_DB_URL}). The
 * tests themselves stay as they are, so the same tests run on both engines.
 * <p>
 * Each context gets its own schema, emptied the first time this run uses it: contexts
 * that name the same in-memory H2 database share one schema, just as they would share
 * that database, and {@code quarry.test.schema} names one outright (two app nodes on one
 * database). A schema left by an earlier run is dropped, so a developer's server does not
 * fill up with test data.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

	/** The JDBC URL of the PostgreSQL server to test against. */
	public static final String URL_VARIABLE = "QUARRY_TEST_DB_URL";

	private static final Set<String> emptied = ConcurrentHashMap.newKeySet();

	private static final AtomicInteger contexts = new AtomicInteger();

	/** True in the run that tests on PostgreSQL. */
	public static boolean enabled() {
		return Boolean.getBoolean("quarry.test.postgres") && url() != null;
	}

	public static String url() {
		String url = System.getenv(URL_VARIABLE);
		return (url == null || url.isBlank()) ? System.getProperty(URL_VARIABLE) : url;
	}

	static String user() {
		return System.getenv().getOrDefault("QUARRY_TEST_DB_USER", "quarry");
	}

	static String password() {
		return System.getenv().getOrDefault("QUARRY_TEST_DB_PASSWORD", "");
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!enabled()) {
			return;
		}
		String schema = schema(environment);
		emptyOnce(schema);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", withSchema(url(), schema));
		properties.put("spring.datasource.username", user());
		properties.put("spring.datasource.password", password());
		properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
		// many contexts stay cached during a run: a few connections each is plenty
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		properties.put("spring.datasource.hikari.minimum-idle", "0");
		// @DataJpaTest would otherwise swap in an embedded H2
		properties.put("spring.test.database.replace", "none");
		environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", properties));
	}

	private static String schema(ConfigurableEnvironment environment) {
		String named = environment.getProperty("quarry.test.schema");
		if (named != null) {
			return "test_" + named;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:h2:mem:")) {
			String name = url.substring("jdbc:h2:mem:".length()).split(";")[0];
			return "test_" + name.replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
		}
		return "test_context_" + contexts.incrementAndGet();
	}

	/** Drops and creates the schema the first time this run uses it. */
	public static void emptyOnce(String schema) {
		if (!emptied.add(schema)) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(url(), user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare schema " + schema + " on " + url(), ex);
		}
	}

	static String withSchema(String url, String schema) {
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

}
