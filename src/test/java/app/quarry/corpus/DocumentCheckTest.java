package app.quarry.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCheckTest {

	@TempDir
	Path dir;

	private String refusal(String name, byte[] bytes) throws Exception {
		Path file = this.dir.resolve(name);
		Files.write(file, bytes);
		try {
			DocumentCheck.read(file, name);
			return "accepted";
		}
		catch (DocumentRefusedException ex) {
			return ex.getMessage();
		}
	}

	@Test
	void an_empty_file_is_refused_by_name() throws Exception {
		assertThat(refusal("empty.txt", new byte[0])).isEqualTo("empty.txt: is empty");
	}

	@Test
	void a_blank_file_is_refused_by_name() throws Exception {
		assertThat(refusal("blank.md", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("blank.md: is blank (no text in it)");
	}

	@Test
	void a_file_with_nul_bytes_is_refused_as_binary() throws Exception {
		assertThat(refusal("image.txt", new byte[] { 'G', 'I', 'F', 0, 1 }))
			.isEqualTo("image.txt: is binary, not text (NUL byte at byte 3)");
	}

	@Test
	void a_file_with_control_characters_is_refused_as_binary() throws Exception {
		assertThat(refusal("bell.txt", "ding\u0007".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("bell.txt: is binary, not text (control character U+0007 at character 4)");
	}

	@Test
	void latin1_text_is_refused_as_not_utf8() throws Exception {
		assertThat(refusal("latin.txt", "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1)))
			.isEqualTo("latin.txt: is not valid UTF-8 text (save it as UTF-8 and try again)");
	}

	@Test
	void a_file_over_two_mebibytes_is_refused_as_too_large() throws Exception {
		byte[] big = new byte[DocumentCheck.MAX_BYTES + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		assertThat(refusal("big.txt", big))
			.isEqualTo("big.txt: is too large (2097153 bytes; the limit is 2097152 bytes, 2 MiB)");
	}

	@Test
	void other_file_types_are_refused() {
		assertThatThrownBy(() -> DocumentCheck.checkExtension("report.pdf"))
			.hasMessage("report.pdf: unsupported file type (only .txt and .md documents are accepted)");
	}

	@Test
	void a_missing_file_is_refused() {
		assertThatThrownBy(() -> DocumentCheck.read(this.dir.resolve("gone.txt"), "gone.txt"))
			.hasMessage("gone.txt: no such file");
	}

	@Test
	void good_utf8_text_is_returned_exactly() throws Exception {
		assertThat(refusal("ok.txt", "Kim’s “letter”\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("accepted");
		Files.writeString(this.dir.resolve("ok2.txt"), "Kim’s “letter”\r\n");
		assertThat(DocumentCheck.read(this.dir.resolve("ok2.txt"), "ok2.txt")).isEqualTo("Kim’s “letter”\r\n");
	}

}
