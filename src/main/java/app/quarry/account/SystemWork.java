package app.quarry.account;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Work the app does on nobody's behalf (importing the bundled bank at start-up, the
 * nightly refit, resuming a generation job after a restart) passes the same method
 * security as a person's request: it runs as a principal of its own, {@value #LOGIN},
 * holding every role. No account has this login, so nothing is ever done as a person who
 * did not ask for it.
 */
public final class SystemWork {

	/** The name the app's own work runs under; the login rules refuse it to accounts. */
	public static final String LOGIN = "quarry:system";

	private SystemWork() {
	}

	/** Runs {@code work} as the app itself, then restores whoever was there before. */
	public static void run(Runnable work) {
		call(() -> {
			work.run();
			return null;
		});
	}

	/** As {@link #run(Runnable)}, returning what {@code work} returns. */
	public static <T> T call(Supplier<T> work) {
		SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
		SecurityContext previous = holder.getContext();
		SecurityContext system = holder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(LOGIN, null,
				EnumSet.allOf(Role.class).stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
		holder.setContext(system);
		try {
			return work.get();
		}
		finally {
			holder.setContext(previous);
		}
	}

}
