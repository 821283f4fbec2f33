package app.quarry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser behind a proxy, for {@link StickySessionsBehindNginxIT}: its own cookies, so
 * its own session, logged in through the proxy's address.
 */
record ProxiedBrowser(String proxy, HttpClient client, CookieManager cookies) {

	static ProxiedBrowser loggedIn(String proxy, String login, String password) throws Exception {
		CookieManager cookies = new CookieManager();
		ProxiedBrowser browser = new ProxiedBrowser(proxy,
				HttpClient.newBuilder()
					.cookieHandler(cookies)
					.followRedirects(HttpClient.Redirect.NORMAL)
					.connectTimeout(Duration.ofSeconds(5))
					.build(),
				cookies);
		String page = browser.get("login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
		String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> posted = browser.client()
			.send(HttpRequest.newBuilder(URI.create(proxy + "login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(posted.uri().getPath()).as("logged in, not sent back to the login page").isNotEqualTo("/login");
		assertThat(browser.isLoggedIn()).isTrue();
		return browser;
	}

	/** The route at the end of the session cookie: the node holding the session. */
	String route() {
		String session = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
		return session.substring(session.lastIndexOf('.') + 1);
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.proxy + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	boolean isLoggedIn() throws Exception {
		HttpResponse<String> page = get("study");
		return page.statusCode() == 200 && !page.uri().getPath().equals("/login");
	}

	/** The node that answered a page, once it was answered as to a logged-in user. */
	String servedBy(String path) throws Exception {
		HttpResponse<String> page = get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).as("still logged in").isEqualTo("/" + path);
		return page.headers().firstValue("X-Upstream").orElse("?");
	}

	/** Builds the study page's UI as a browser would; returns its id. */
	long openStudyPage() throws Exception {
		HttpResponse<String> init = get("?v-r=init&location=study&query=&v-bw=1280&v-bh=800");
		Matcher uiId = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init.body());
		assertThat(init.statusCode()).isEqualTo(200);
		assertThat(uiId.find()).as("a UI in %s", init.body()).isTrue();
		return Long.parseLong(uiId.group(1));
	}

	/**
	 * A page's heartbeat, answered (not sent to the login page) while the page's UI lives
	 * on the node.
	 */
	boolean heartbeat(long uiId) throws Exception {
		HttpResponse<Void> beat = this.client
			.send(HttpRequest.newBuilder(URI.create(this.proxy + "?v-r=heartbeat&v-uiId=" + uiId))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding());
		return beat.statusCode() == 200 && beat.uri().getPath().equals("/") && beat.uri().getQuery() != null
				&& beat.uri().getQuery().contains("v-r=heartbeat");
	}

}
