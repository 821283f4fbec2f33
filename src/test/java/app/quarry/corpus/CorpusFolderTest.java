package app.quarry.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusFolderTest {

	@Test
	void the_committed_corpus_loads_its_five_documents_with_manifest_metadata() throws Exception {
		CorpusLoad load = CorpusFolder.load(Path.of("questions/corpus"));
		assertThat(load.refusals()).isEmpty();
		assertThat(load.documents()).extracting(CorpusDocument::id)
			.containsExactly("2018-01-29-citizen-letter-to-kim-jong-un", "2018-09-10-correspondence-resumes",
					"2018-09-letters-maintain-dialogue-momentum", "2022-09-26-kim-complained-of-moon",
					"2025-07-kim-yo-jong-statement");
		CorpusDocument hani = load.documents().get(1);
		assertThat(hani.title()).isEqualTo("Correspondence between Trump and Kim resumes amid North Korea-US deadlock");
		assertThat(hani.published()).isEqualTo("2018-09-10");
		assertThat(hani.publisher()).isEqualTo("The Hankyoreh");
		assertThat(hani.author()).isEqualTo("Hwang Joon-bum");
		assertThat(hani.text()).hasSize(4403).startsWith("Correspondence between");
		assertThat(load.documents().get(4).author()).isNull();
		assertThat(load.documents().get(4).published()).isEqualTo("2025-07");
	}

	@Test
	void a_document_outside_the_manifest_takes_its_first_line_as_title_and_bad_files_are_refused_one_by_one(
			@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("note.md"), "\n# Talks resume\nBody text.\n");
		Files.write(dir.resolve("bad.txt"), new byte[] { (byte) 0xff, 'a' });
		Files.write(dir.resolve("empty.txt"), new byte[0]);
		Files.writeString(dir.resolve("page.html"), "<p>x</p>");
		CorpusLoad load = CorpusFolder.load(dir);
		assertThat(load.documents()).singleElement().satisfies((d) -> {
			assertThat(d.id()).isEqualTo("note");
			assertThat(d.title()).isEqualTo("Talks resume");
			assertThat(d.published()).isNull();
			assertThat(d.sha256()).hasSize(64);
		});
		assertThat(load.refusals()).extracting(DocumentRefusal::message)
			.containsExactly("bad.txt: is not valid UTF-8 text (save it as UTF-8 and try again)", "empty.txt: is empty",
					"page.html: unsupported file type (only .txt and .md documents are accepted)");
	}

}
