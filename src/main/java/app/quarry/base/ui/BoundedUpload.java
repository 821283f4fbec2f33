package app.quarry.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Receives an uploaded file of at most a set number of bytes, whatever the browser was
 * told: the size an upload declares is checked before anything is read, and the body is
 * read through a stream that stops one byte past the limit, so a file that lies about its
 * size, or declares none, is refused without being held in memory. The client-side limit
 * of the Upload component only spares an honest browser the transfer.
 * <p>
 * A multipart upload is parsed by the servlet container, which spools parts to disk
 * ({@code spring.servlet.multipart.*} caps them); this handler's limits are then checked
 * against each part before it is read.
 */
public final class BoundedUpload implements UploadHandler {

	/** What to do with a file within the limit. */
	@FunctionalInterface
	public interface Receiver extends Serializable {

		void receive(UploadEvent event, byte[] content) throws IOException;

	}

	/** What to do with a file over the limit, after the upload has been rejected. */
	@FunctionalInterface
	public interface Refusal extends Serializable {

		void refuse(UploadEvent event, String reason);

	}

	/** Room for the multipart headers around one file. */
	private static final long MULTIPART_OVERHEAD = 64 * 1024;

	private final long maxBytes;

	private final Receiver receiver;

	private final Refusal refusal;

	public BoundedUpload(long maxBytes, Receiver receiver, Refusal refusal) {
		this.maxBytes = maxBytes;
		this.receiver = receiver;
		this.refusal = refusal;
	}

	@Override
	public void handleUploadRequest(UploadEvent event) throws IOException {
		if (event.getFileSize() > this.maxBytes) {
			refuse(event, event.getFileSize() + " bytes");
			return;
		}
		byte[] content;
		try (Bounded in = new Bounded(event.getInputStream(), this.maxBytes)) {
			content = in.readAllBytes();
			if (in.over()) {
				refuse(event, "more than " + this.maxBytes + " bytes");
				return;
			}
		}
		this.receiver.receive(event, content);
	}

	private void refuse(UploadEvent event, String size) {
		String reason = "is too large (" + size + "; the limit is " + this.maxBytes + " bytes, "
				+ readable(this.maxBytes) + ")";
		event.reject(reason);
		this.refusal.refuse(event, reason);
	}

	/** The limit as people say it: "1 MiB", "2 MiB", "512 KiB". */
	public static String readable(long bytes) {
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MiB";
		}
		return (bytes % 1024 == 0) ? bytes / 1024 + " KiB" : bytes + " bytes";
	}

	@Override
	public long getFileSizeMax() {
		return this.maxBytes;
	}

	@Override
	public long getRequestSizeMax() {
		return this.maxBytes + MULTIPART_OVERHEAD;
	}

	/** Reads at most one byte past the limit, then reports end of stream. */
	private static final class Bounded extends FilterInputStream {

		private final long limit;

		private long count;

		Bounded(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		boolean over() {
			return this.count > this.limit;
		}

		@Override
		public int read() throws IOException {
			if (over()) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (over()) {
				return -1;
			}
			int allowed = (int) Math.min(length, this.limit + 1 - this.count);
			int read = super.read(buffer, offset, allowed);
			if (read > 0) {
				this.count += read;
			}
			return read;
		}

		@Override
		public long skip(long n) {
			return 0;
		}

	}

}
