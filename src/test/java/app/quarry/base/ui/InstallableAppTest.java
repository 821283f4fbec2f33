package app.quarry.base.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone needs to install the app, served to a visitor who has not logged in: the
 * web app manifest with icons the browser accepts, the service worker at the root (so its
 * scope is the whole app), the offline page and the icons themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstallableAppTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("quarry-installable");
		dir.toFile().deleteOnExit();
		registry.add("quarry.data-dir", dir::toString);
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/" + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void the_manifest_names_the_app_opens_it_standalone_and_lists_icons_of_192_and_512_pixels() throws Exception {
		HttpResponse<byte[]> response = get("manifest.webmanifest");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode manifest = JsonMapper.builder().build().readTree(response.body());
		assertThat(manifest.get("name").asString()).isEqualTo("Quarry");
		assertThat(manifest.get("display").asString()).isEqualTo("standalone");
		assertThat(manifest.get("start_url").asString()).isEqualTo("./");
		assertThat(manifest.get("icons").valueStream().map(icon -> icon.get("sizes").asString())).contains("192x192",
				"512x512");
		assertThat(manifest.get("icons").valueStream().map(icon -> icon.get("purpose").asString()))
			.contains("maskable");
		for (JsonNode icon : manifest.get("icons")) {
			HttpResponse<byte[]> image = get(icon.get("src").asString());
			assertThat(image.statusCode()).as(icon.get("src").asString()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type")).get()
				.asString()
				.startsWith(icon.get("type").asString());
		}
	}

	@Test
	void the_png_icons_are_the_sizes_the_manifest_says() throws Exception {
		assertThat(pngSize(get("icons/icon-192.png").body())).containsExactly(192, 192);
		assertThat(pngSize(get("icons/icon-512.png").body())).containsExactly(512, 512);
		assertThat(pngSize(get("icons/icon-maskable-512.png").body())).containsExactly(512, 512);
		assertThat(pngSize(get("icons/apple-touch-icon.png").body())).containsExactly(180, 180);
	}

	@Test
	void the_service_worker_is_served_as_javascript_from_the_root_and_caches_the_offline_page() throws Exception {
		HttpResponse<byte[]> worker = get("sw.js");
		assertThat(worker.statusCode()).isEqualTo(200);
		assertThat(worker.headers().firstValue("Content-Type")).get().asString().contains("javascript");
		String script = new String(worker.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(script).contains("offline.html", "caches.match(OFFLINE_PAGE)");
		HttpResponse<byte[]> offline = get("offline.html");
		assertThat(offline.statusCode()).isEqualTo(200);
		assertThat(new String(offline.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("You are offline");
	}

	@Test
	void a_page_of_the_app_still_needs_a_login() throws Exception {
		HttpResponse<byte[]> study = get("study");
		assertThat(study.statusCode()).isBetween(300, 399);
		assertThat(study.headers().firstValue("Location")).get().asString().contains("login");
	}

	/** Width and height from a PNG's header chunk. */
	private static int[] pngSize(byte[] png) {
		assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(png, 16, 8);
		return new int[] { header.getInt(), header.getInt() };
	}

}
