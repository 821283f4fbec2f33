package app.quarry.account;

import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code --spring.profiles.active=demo}: three accounts with published passwords,
 * for trying Quarry out. Never use the demo profile on a server others can reach.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	/** A demo login, its published password and its roles. */
	record DemoAccount(String login, String displayName, String password, Set<Role> roles) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("student", "Demo Student", "learn-with-quarry", EnumSet.of(Role.STUDENT)),
			new DemoAccount("teacher", "Demo Teacher", "teach-with-quarry", EnumSet.of(Role.TEACHER, Role.STUDENT)),
			new DemoAccount("admin", "Demo Admin", "manage-quarry-1", EnumSet.of(Role.ADMIN, Role.TEACHER)));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountSeeding seeding;

	DemoAccounts(AccountSeeding seeding) {
		this.seeding = seeding;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoAccount demo : ACCOUNTS) {
			if (this.seeding.createIfAbsent(
					new Registration(demo.login(), demo.displayName(), demo.password(), ZoneOffset.UTC), demo.roles(),
					false)) {
				log.info("Demo profile: created '{}' with password '{}'.", demo.login(), demo.password());
			}
		}
	}

}
