package app.quarry.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A learner's notes as PDF, Word or HTML come out as text the sentence splitter can use.
 */
class FileTextTest {

	@Test
	void a_pdf_gives_its_text_with_lines_of_one_paragraph_joined() throws Exception {
		String text = FileText.of("notes.pdf", pdf("The first summit took place in Singapore", "on June 12, 2018."));
		assertThat(text).isEqualTo("The first summit took place in Singapore on June 12, 2018.");
	}

	@Test
	void a_word_document_gives_its_paragraphs() throws Exception {
		String text = FileText.of("notes.docx", docx("Summits", "The second summit was held in Hanoi in 2019."));
		assertThat(text).isEqualTo("Summits\nThe second summit was held in Hanoi in 2019.");
	}

	@Test
	void an_html_page_gives_its_text_without_markup_or_scripts() throws Exception {
		String html = "<html><head><title>T</title><script>var x = 1;</script></head>"
				+ "<body><p>Kim wrote to Trump in <b>September</b> 2018.</p></body></html>";
		String text = FileText.of("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(text).isEqualTo("Kim wrote to Trump in September 2018.");
	}

	@Test
	void plain_text_and_markdown_are_checked_as_before() throws Exception {
		assertThat(FileText.of("a.md", "# Notes\nText.".getBytes(StandardCharsets.UTF_8))).isEqualTo("# Notes\nText.");
		assertThatThrownBy(() -> FileText.of("a.txt", new byte[0])).isInstanceOf(DocumentRefusedException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void other_types_and_damaged_files_are_refused_with_a_reason() {
		assertThatThrownBy(() -> FileText.of("deck.xlsx", new byte[] { 1 }))
			.isInstanceOf(DocumentRefusedException.class)
			.hasMessageContaining("unsupported file type");
		assertThatThrownBy(() -> FileText.of("broken.pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentRefusedException.class);
	}

	@Test
	void a_word_broken_across_lines_is_joined() {
		assertThat(FileText.joinBrokenLines("a long sen-\ntence here.\n\nNext para-\ngraph."))
			.isEqualTo("a long sentence here.\n\nNext paragraph.");
	}

	static byte[] pdf(String... lines) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.setLeading(16);
				content.newLineAtOffset(72, 700);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String... paragraphs) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
	}

}
