package app.quarry.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Uploads posted straight to the endpoint, as a client ignoring the browser's limit
 * would: an oversized body is refused without being read into memory.
 */
class BoundedUploadTest {

	static final int LIMIT = 1024 * 1024;

	static final long FIFTY_MB = 50L * 1024 * 1024;

	private final List<byte[]> received = new ArrayList<>();

	private final List<String> refused = new ArrayList<>();

	private final BoundedUpload upload = new BoundedUpload(LIMIT, (event, content) -> this.received.add(content),
			(event, reason) -> this.refused.add(reason));

	@Test
	void fifty_megabytes_declared_as_such_are_refused_before_a_byte_is_read() throws IOException {
		Endless body = new Endless(FIFTY_MB);
		UploadEvent event = post(body, FIFTY_MB);

		this.upload.handleUploadRequest(event);

		assertThat(body.read).isZero();
		assertThat(event.isRejected()).isTrue();
		assertThat(this.refused).containsExactly("is too large (52428800 bytes; the limit is 1048576 bytes, 1 MiB)");
		assertThat(this.received).isEmpty();
	}

	@Test
	void fifty_megabytes_that_declare_no_size_are_cut_off_one_byte_past_the_limit() throws IOException {
		Endless body = new Endless(FIFTY_MB);
		UploadEvent event = post(body, -1);

		this.upload.handleUploadRequest(event);

		assertThat(body.read).isEqualTo(LIMIT + 1);
		assertThat(this.refused)
			.containsExactly("is too large (more than 1048576 bytes; the limit is 1048576 bytes, 1 MiB)");
		assertThat(this.received).isEmpty();
	}

	@Test
	void a_body_longer_than_it_declared_is_cut_off_too() throws IOException {
		Endless body = new Endless(FIFTY_MB);

		this.upload.handleUploadRequest(post(body, 100));

		assertThat(body.read).isEqualTo(LIMIT + 1);
		assertThat(this.refused).hasSize(1);
	}

	@Test
	void a_file_of_exactly_the_limit_is_received_whole() throws IOException {
		UploadEvent event = post(new Endless(LIMIT), LIMIT);

		this.upload.handleUploadRequest(event);

		assertThat(event.isRejected()).isFalse();
		assertThat(this.received).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
	}

	@Test
	void the_container_is_told_the_same_limit_for_multipart_uploads() {
		assertThat(this.upload.getFileSizeMax()).isEqualTo(LIMIT);
		assertThat(this.upload.getRequestSizeMax()).isGreaterThan(LIMIT).isLessThan(2L * LIMIT);
	}

	private static UploadEvent post(InputStream body, long declared) throws IOException {
		VaadinRequest request = mock(VaadinRequest.class);
		when(request.getInputStream()).thenReturn(body);
		return new UploadEvent(request, mock(VaadinResponse.class), mock(VaadinSession.class), "big.gift", declared,
				"text/plain", null, null);
	}

	/** A body of {@code size} bytes made up as it is read, counting what was read. */
	static final class Endless extends InputStream {

		private final long size;

		long read;

		Endless(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (this.read >= this.size) {
				return -1;
			}
			this.read++;
			return 'x';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.read >= this.size) {
				return -1;
			}
			int n = (int) Math.min(length, this.size - this.read);
			java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
			this.read += n;
			return n;
		}

	}

}
