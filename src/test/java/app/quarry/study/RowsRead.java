package app.quarry.study;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * How many rows H2 reads to answer the queries the calling thread sends: each query is
 * noted with its parameters as it is sent, then asked again under
 * {@code EXPLAIN ANALYZE}, whose plan says how many rows each table scan went through. A
 * query whose figure grows with a table that the work asked for does not grow with reads
 * that whole table, whatever the statement count says.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RowsRead implements BeanPostProcessor {

	private static final ThreadLocal<List<SentQuery>> CURRENT = new ThreadLocal<>();

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	private static DataSource dataSource;

	/** A query as sent: its SQL and parameters by position. */
	public record SentQuery(String sql, Map<Integer, Object> parameters) {
	}

	/** A query and the rows H2 read to answer it. */
	public record Read(String sql, long rows) {
	}

	/** Runs {@code work} on this thread, then the rows each query it sent read. */
	public static List<Read> of(Supplier<?> work) {
		List<SentQuery> sent = new ArrayList<>();
		CURRENT.set(sent);
		try {
			work.get();
		}
		finally {
			CURRENT.remove();
		}
		List<Read> reads = new ArrayList<>();
		for (SentQuery query : sent) {
			reads.add(new Read(query.sql(), scanned(query)));
		}
		return reads;
	}

	private static long scanned(SentQuery query) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement explain = connection.prepareStatement("EXPLAIN ANALYZE " + query.sql())) {
			for (Map.Entry<Integer, Object> parameter : query.parameters().entrySet()) {
				explain.setObject(parameter.getKey(), parameter.getValue());
			}
			long rows = 0;
			try (ResultSet plan = explain.executeQuery()) {
				while (plan.next()) {
					Matcher count = SCAN_COUNT.matcher(plan.getString(1));
					while (count.find()) {
						rows += Long.parseLong(count.group(1));
					}
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot explain " + query.sql(), ex);
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource source) {
			dataSource = source;
			return proxy(DataSource.class, source, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return (result instanceof Connection connection) ? noted(connection) : result;
			});
		}
		return bean;
	}

	private static Connection noted(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			Object result = invoke(target, method, args);
			if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
					&& args[0] instanceof String sql && sql.trim().toLowerCase().startsWith("select")) {
				return noted(statement, sql);
			}
			return result;
		});
	}

	private static PreparedStatement noted(PreparedStatement statement, String sql) {
		Map<Integer, Object> parameters = new TreeMap<>();
		return proxy(PreparedStatement.class, statement, (target, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				parameters.put(index, args[1]);
			}
			else if (name.equals("executeQuery") && CURRENT.get() != null) {
				CURRENT.get().add(new SentQuery(sql, new TreeMap<>(parameters)));
			}
			return invoke(target, method, args);
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		return (T) Proxy.newProxyInstance(RowsRead.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> {
					if (method.getName().equals("unwrap") && args != null && args[0] == type) {
						return proxy;
					}
					return handler.handle(target, method, args);
				});
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
