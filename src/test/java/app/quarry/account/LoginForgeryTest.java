package app.quarry.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The log-in form over real HTTP (the embedded server, its cookies and headers): a log-in
 * post must carry the token of the page it came from, so another site cannot log a
 * visitor into an account of its choosing; and every response tells the browser how
 * little it may trust.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:login-forgery-tests;DB_CLOSE_DELAY=-1",
				"quarry.data-dir=target/login-forgery-test-data" })
class LoginForgeryTest {

	private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private AccountService accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void a_log_in_post_without_a_token_is_refused_even_with_the_right_password() throws Exception {
		register("forgery-no-token");
		String session = sessionCookie(get("/login"));

		HttpResponse<String> response = postLogin(session,
				Map.of("username", "forgery-no-token", "password", "a long enough secret"));

		assertRefused(response, session);
	}

	@Test
	void a_log_in_post_with_a_forged_token_is_refused() throws Exception {
		register("forgery-forged");
		String session = sessionCookie(get("/login"));

		HttpResponse<String> response = postLogin(session, Map.of("username", "forgery-forged", "password",
				"a long enough secret", "_csrf", "forged-by-another-site"));

		assertRefused(response, session);
	}

	@Test
	void a_log_in_post_with_another_visitors_token_is_refused() throws Exception {
		register("forgery-other");
		Map<String, String> attackersPage = csrfMeta(get("/login").body());
		String victim = sessionCookie(get("/login"));

		HttpResponse<String> response = postLogin(victim, Map.of("username", "forgery-other", "password",
				"a long enough secret", attackersPage.get("_csrf_parameter"), attackersPage.get("_csrf")));

		assertRefused(response, victim);
	}

	@Test
	void the_log_in_page_carries_a_token_and_posting_the_form_with_it_logs_in() throws Exception {
		register("forgery-real-form");
		HttpResponse<String> page = get("/login");
		String session = sessionCookie(page);
		Map<String, String> meta = csrfMeta(page.body());
		assertThat(meta).containsKeys("_csrf", "_csrf_parameter");

		HttpResponse<String> response = postLogin(session, Map.of("username", "forgery-real-form", "password",
				"a long enough secret", meta.get("_csrf_parameter"), meta.get("_csrf")));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void the_session_cookie_is_not_sent_along_with_requests_from_other_sites() throws Exception {
		String cookie = get("/login").headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();

		assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
	}

	@Test
	void every_response_carries_the_security_headers() throws Exception {
		for (String path : List.of("/login", "/signup", "/", "/no-such-page", "/favicon.ico", "/VAADIN/no-such-file.js",
				"/HEARTBEAT/")) {
			HttpResponse<String> response = get(path);
			String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(policy).as(path).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

	private void register(String login) {
		try {
			this.accounts.register(new Registration(login, "", "a long enough secret", ZoneOffset.UTC));
		}
		catch (RegistrationRejected alreadyThere) {
			// the context is shared; a second run in the same JVM finds the account
		}
	}

	/**
	 * A refused post is answered with the log-in page again (where a stale page's visitor
	 * simply tries again), never with the app, and leaves the session logged out.
	 */
	private void assertRefused(HttpResponse<String> response, String session) throws Exception {
		if (response.statusCode() != 403) {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		}
		assertThat(isLoggedIn(session)).as("logged in after a refused post").isFalse();
	}

	private boolean isLoggedIn(String session) throws IOException, InterruptedException {
		// a visitor is sent to the log-in page; someone logged in is shown the app
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(uri("/dashboard")).header("Cookie", session).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postLogin(String session, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.map(value -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static Map<String, String> csrfMeta(String html) {
		Matcher matcher = META.matcher(html);
		Map<String, String> found = new java.util.HashMap<>();
		while (matcher.find()) {
			found.put(matcher.group(1), matcher.group(2));
		}
		return found;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
