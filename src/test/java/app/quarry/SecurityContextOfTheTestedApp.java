package app.quarry;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes {@link SecurityContextHolder} in a test the holder of the application context the
 * test runs in.
 * <p>
 * Each application context makes its own holder and installs it globally when it starts;
 * its method security reads that instance only. With several contexts cached in one test
 * run, the global holder is the last started context's, so a test that logs in through
 * {@code SecurityContextHolder} on an earlier context would be refused as anonymous.
 */
public class SecurityContextOfTheTestedApp implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		// after dependency injection has loaded the context
		return 2500;
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		useHolderOf(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		useHolderOf(testContext);
	}

	private static void useHolderOf(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		SecurityContextHolderStrategy holder = context.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfUnique();
		if (holder != null && holder != SecurityContextHolder.getContextHolderStrategy()) {
			SecurityContextHolder.setContextHolderStrategy(holder);
		}
	}

}
