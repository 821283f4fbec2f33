package app.quarry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nginx example of {@code src/main/deploy/nginx/quarry.conf}, run as it stands (only
 * the addresses changed) in front of two app nodes on one PostgreSQL database, each node
 * a JVM of its own named by {@code quarry.node.route}: a browser's session keeps to the
 * node that made it, and killing the other node (SIGKILL) loses nothing of it, neither
 * its log-in nor its open page. A browser whose node was killed is sent to the one left
 * and logs in again there. nginx runs as the test's own user, its files in a temporary
 * folder, on a free port. Skipped when nginx is not installed or PostgreSQL is not given
 * ({@code QUARRY_TEST_DB_URL}); {@code .ci/run} provides both.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = ThreadMode.SEPARATE_THREAD)
class StickySessionsBehindNginxIT {

	private static final Path EXAMPLE = Path.of("src/main/deploy/nginx/quarry.conf");

	private static final String SCHEMA = "nginx_sticky";

	private static final String LOGIN = "sticky-admin@example.org";

	private static final String PASSWORD = "sticky sessions stay put";

	private final List<Process> started = new CopyOnWriteArrayList<>();

	@TempDir
	Path work;

	@AfterEach
	void stopEverything() {
		this.started.forEach(Process::destroyForcibly);
	}

	@Test
	void a_session_keeps_to_its_node_and_loses_nothing_when_the_other_node_is_killed() throws Exception {
		Optional<Path> nginx = nginx();
		assumeTrue(nginx.isPresent(), "nginx is not installed (Debian: apt-get install nginx): the sticky-session"
				+ " example is not tested");
		assumeTrue(PostgresTestDatabase.url() != null,
				"two nodes need a shared PostgreSQL: " + PostgresTestDatabase.URL_VARIABLE + " is not set");
		PostgresTestDatabase.emptyOnce("test_" + SCHEMA);
		int portA = freePort();
		int portB = freePort();
		Process nodeA = node("a", portA);
		Process nodeB = node("b", portB);
		awaitUp(portA, nodeA);
		awaitUp(portB, nodeB);
		int proxyPort = freePort();
		startNginx(nginx.get(), proxyPort, portA, portB);
		String proxy = "http://127.0.0.1:" + proxyPort + "/";

		// browsers without a session are spread over both nodes: one of each is found
		Browser first = Browser.loggedIn(proxy);
		Browser second = Browser.loggedIn(proxy);
		for (int tries = 0; tries < 6 && second.route().equals(first.route()); tries++) {
			second = Browser.loggedIn(proxy);
		}
		assertThat(List.of(first.route(), second.route())).containsExactlyInAnyOrder("a", "b");
		String firstNode = "127.0.0.1:" + (first.route().equals("a") ? portA : portB);
		long ui = first.openStudyPage();
		for (int i = 0; i < 20; i++) {
			assertThat(first.servedBy("study")).as("request %d of a logged-in browser", i).isEqualTo(firstNode);
		}

		String killed = second.route();
		Process other = first.route().equals("a") ? nodeB : nodeA;
		other.destroyForcibly();
		other.waitFor(30, TimeUnit.SECONDS);

		for (int i = 0; i < 20; i++) {
			assertThat(first.servedBy("study")).as("request %d after the other node died", i).isEqualTo(firstNode);
		}
		assertThat(first.heartbeat(ui)).as("the study page opened before the other node died is still open").isTrue();
		// the killed node's browser lost its session only: it logs in again, on the node
		// left
		assertThat(second.isLoggedIn()).isFalse();
		Browser again = Browser.loggedIn(proxy);
		assertThat(again.route()).isEqualTo(first.route());
		System.out.printf(
				"sessions on nodes %s and %s; node %s killed; the session on %s kept its log-in and its"
						+ " open page (UI %d) over 40 requests, the other logged in again on %s%n",
				first.route(), killed, killed, first.route(), ui, again.route());
	}

	private Process node(String route, int port) throws IOException {
		String url = PostgresTestDatabase.url() + (PostgresTestDatabase.url().contains("?") ? "&" : "?")
				+ "currentSchema=test_" + SCHEMA;
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				QuarryApplication.class.getName(), "--server.port=" + port, "--quarry.node.route=" + route,
				"--server.forward-headers-strategy=native", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + System.getenv().getOrDefault("QUARRY_TEST_DB_USER", "quarry"),
				"--spring.datasource.password=" + System.getenv().getOrDefault("QUARRY_TEST_DB_PASSWORD", ""),
				"--spring.datasource.driver-class-name=org.postgresql.Driver",
				"--quarry.data-dir=" + this.work.resolve("node-" + route), "--quarry.admin.email=" + LOGIN,
				"--quarry.admin.password=" + PASSWORD, "--vaadin.productionMode=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.work.resolve("node-" + route + ".log").toFile())
			.start();
		this.started.add(process);
		return process;
	}

	private void awaitUp(int port, Process node) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
		while (System.nanoTime() < deadline) {
			assertThat(node.isAlive()).as("node on port %d started; its log is in %s", port, this.work).isTrue();
			try {
				if (client
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
							HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("node on port " + port + " did not start; its log is in " + this.work);
	}

	/**
	 * The example as shipped, its node addresses and port replaced, in a main
	 * configuration that keeps every file nginx writes in the temporary folder.
	 */
	private void startNginx(Path nginx, int port, int portA, int portB) throws Exception {
		String example = Files.readString(EXAMPLE)
			.replace("10.0.0.11:8080", "127.0.0.1:" + portA)
			.replace("10.0.0.12:8080", "127.0.0.1:" + portB)
			.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
			// which node answered, for the test to see
			.replace("location / {", "location / {\n        add_header X-Upstream $upstream_addr always;");
		assertThat(example).as("the example's addresses were found")
			.contains("127.0.0.1:" + portA, "127.0.0.1:" + port);
		Files.writeString(this.work.resolve("quarry.conf"), example);
		String temp = this.work.toString();
		Files.writeString(this.work.resolve("nginx.conf"), """
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log;
				events { worker_connections 128; }
				http {
				    access_log %1$s/access.log;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    # answers are held in memory: the workers need no temporary files
				    proxy_max_temp_file_size 0;
				    include %1$s/quarry.conf;
				}
				""".formatted(temp));
		Process process = new ProcessBuilder(nginx.toString(), "-p", temp, "-e", temp + "/error.log", "-c",
				temp + "/nginx.conf", "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("nginx.out").toFile())
			.start();
		this.started.add(process);
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 50; i++) {
			assertThat(process.isAlive()).as("nginx runs: %s", Files.readString(this.work.resolve("nginx.out")))
				.isTrue();
			try {
				client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new AssertionError("nginx did not listen on " + port);
	}

	private static Optional<Path> nginx() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Stream.of(path.split(":")).filter(dir -> !dir.isEmpty()), Stream.of("/usr/sbin"))
			.map(dir -> Path.of(dir, "nginx"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A browser: its own cookies, through the proxy. */
	private record Browser(String proxy, HttpClient client, CookieManager cookies) {

		static Browser loggedIn(String proxy) throws Exception {
			CookieManager cookies = new CookieManager();
			Browser browser = new Browser(proxy,
					HttpClient.newBuilder()
						.cookieHandler(cookies)
						.followRedirects(HttpClient.Redirect.NORMAL)
						.connectTimeout(Duration.ofSeconds(5))
						.build(),
					cookies);
			String page = browser.get("login").body();
			Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
			assertThat(csrf.find()).as("a CSRF token on the login page").isTrue();
			String form = "username=" + URLEncoder.encode(LOGIN, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
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
		 * A page's heartbeat, answered (not sent to the login page) while the page's UI
		 * lives on the node.
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

}
