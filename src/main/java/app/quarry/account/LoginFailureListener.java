package app.quarry.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's log-in events into the {@link RateLimiter}. */
@Component
class LoginFailureListener {

	private final RateLimiter limiter;

	LoginFailureListener(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		// Only wrong passwords (or unknown names) count; a refusal while blocked does not
		// lengthen the block, so a person who waits gets in.
		if (event.getException() instanceof BadCredentialsException
				&& !(event.getException() instanceof ThrottledAuthenticationProvider.LoginThrottledException)) {
			this.limiter.record(RateLimit.LOGIN_NAME,
					ThrottledAuthenticationProvider.loginName(event.getAuthentication()));
			this.limiter.record(RateLimit.LOGIN_ADDRESS,
					ThrottledAuthenticationProvider.clientAddress(event.getAuthentication()));
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.limiter.reset(RateLimit.LOGIN_NAME, ThrottledAuthenticationProvider.loginName(event.getAuthentication()));
	}

}
