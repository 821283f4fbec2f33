package app.quarry.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's log-in events into the {@link LoginThrottle}. */
@Component
class LoginFailureListener {

	private final LoginThrottle throttle;

	LoginFailureListener(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		// Only wrong passwords (or unknown names) count; a refusal while blocked does not
		// lengthen the block, so a person who waits gets in.
		if (event.getException() instanceof BadCredentialsException
				&& !(event.getException() instanceof ThrottledAuthenticationProvider.LoginThrottledException)) {
			this.throttle.recordFailure(event.getAuthentication().getName(),
					ThrottledAuthenticationProvider.clientAddress(event.getAuthentication()));
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.throttle.recordSuccess(event.getAuthentication().getName());
	}

}
