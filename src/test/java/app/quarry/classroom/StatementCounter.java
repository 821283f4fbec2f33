package app.quarry.classroom;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the calling thread sends to the database, whatever sends them
 * (Hibernate, a JdbcTemplate, Flyway): the application's data source is wrapped so every
 * statement executed through it is seen. Only the thread inside {@link #count} is
 * counted, so scheduled jobs running meanwhile do not blur the figure. A statement added
 * to a JDBC batch counts as one statement, as it would sent alone; the batch itself
 * counts as one round trip.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();

	/** Statements and round trips of one counted piece of work, with the SQL sent. */
	public static final class Tally {

		private int statements;

		private int roundTrips;

		private final List<String> sql = new ArrayList<>();

		public int statements() {
			return this.statements;
		}

		public int roundTrips() {
			return this.roundTrips;
		}

		/** Each statement's SQL, in the order sent (for a failing test's message). */
		public List<String> sql() {
			return this.sql;
		}

	}

	/** Runs {@code work} on this thread and returns what it sent to the database. */
	public static <T> Tally count(Supplier<T> work) {
		Tally tally = new Tally();
		Tally outer = CURRENT.get();
		CURRENT.set(tally);
		try {
			work.get();
		}
		finally {
			CURRENT.set(outer);
		}
		return tally;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return (result instanceof Connection connection) ? counted(connection) : result;
			});
		}
		return bean;
	}

	private static Connection counted(Connection connection) {
		return (Connection) proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			String name = method.getName();
			if (result instanceof Statement statement && (name.equals("prepareStatement") || name.equals("prepareCall")
					|| name.equals("createStatement"))) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : null;
				return counted(statement, sql);
			}
			return result;
		});
	}

	private static Statement counted(Statement statement, String preparedSql) {
		Class<?> type = (statement instanceof CallableStatement) ? CallableStatement.class
				: (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
		return (Statement) proxy(type, statement, (target, method, args) -> {
			String name = method.getName();
			Tally tally = CURRENT.get();
			if (tally != null) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : preparedSql;
				if (name.equals("addBatch")) {
					tally.statements++;
					tally.sql.add(sql);
				}
				else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
					tally.roundTrips++;
				}
				else if (name.startsWith("execute")) {
					tally.statements++;
					tally.roundTrips++;
					tally.sql.add(sql);
				}
			}
			return invoke(target, method, args);
		});
	}

	private static Object proxy(Class<?> type, Object target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] == type) {
				return proxy;
			}
			return handler.handle(target, method, args);
		};
		return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

}
