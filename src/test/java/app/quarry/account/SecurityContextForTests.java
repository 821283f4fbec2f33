package app.quarry.account;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a piece of a test as a logged-in admin. */
final class SecurityContextForTests {

	private SecurityContextForTests() {
	}

	static void asAdmin(Runnable action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
					List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
