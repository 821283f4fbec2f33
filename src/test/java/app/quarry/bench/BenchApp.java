package app.quarry.bench;

import app.quarry.QuarryApplication;
import app.quarry.account.Account;
import app.quarry.account.AccountService;
import app.quarry.account.Registration;
import app.quarry.account.Role;
import app.quarry.classroom.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the classroom benchmarks share: the whole app on a fresh H2 file database, and
 * people in it.
 */
final class BenchApp {

	private BenchApp() {
	}

	/**
	 * The app in production mode on a random port, its data in a new temporary folder.
	 */
	static ConfigurableApplicationContext start() throws IOException {
		Path data = Files.createTempDirectory("quarry-bench");
		return SpringApplication.run(QuarryApplication.class, "--server.port=0", "--quarry.data-dir=" + data,
				"--logging.level.root=WARN", "--vaadin.launch-browser=false", "--vaadin.productionMode=true");
	}

	/** A new account, made a teacher (or given another role) by an admin when asked. */
	static Actor actor(AccountService accounts, String login, @Nullable Role role) {
		Account account = accounts.register(new Registration(login, login, "benchmark password", ZoneOffset.UTC));
		if (role != null) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
						List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
			account = accounts.changeRoles(account.id(), Set.of(role, Role.STUDENT));
			SecurityContextHolder.clearContext();
		}
		return new Actor(account.id().value(), account.displayName(), account.has(Role.TEACHER), false);
	}

}
