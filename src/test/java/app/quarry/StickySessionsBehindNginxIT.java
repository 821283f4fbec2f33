package app.quarry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
		// nginx's workers too: killed alone, its master would leave them serving the port
		this.started.forEach(process -> {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		});
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
		ProxiedBrowser first = ProxiedBrowser.loggedIn(proxy, LOGIN, PASSWORD);
		ProxiedBrowser second = ProxiedBrowser.loggedIn(proxy, LOGIN, PASSWORD);
		for (int tries = 0; tries < 6 && second.route().equals(first.route()); tries++) {
			second = ProxiedBrowser.loggedIn(proxy, LOGIN, PASSWORD);
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
		ProxiedBrowser again = ProxiedBrowser.loggedIn(proxy, LOGIN, PASSWORD);
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

}
