package app.quarry.classroom.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import app.quarry.classroom.moodle.PortableQuestion.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MoodleXmlWriterTest {

	@Test
	void each_format_becomes_the_matching_moodle_question_type() throws Exception {
		Document xml = parse(List.of(
				new PortableQuestion("q-1", Kind.MULTIPLE_CHOICE, "Who <wrote> it & when?", "Kim", List.of(),
						List.of("Moon", "Kim")),
				new PortableQuestion("q-2", Kind.TRUE_FALSE, "True?", "false", List.of(), List.of()),
				new PortableQuestion("q-3", Kind.SHORT_ANSWER, "Where?", "Hanoi", List.of("Hanoi", "Ha Noi"),
						List.of()),
				new PortableQuestion("q-4", Kind.DESCRIPTION, "Kim Yo-jong?", "his sister", List.of(), List.of())));
		NodeList questions = xml.getElementsByTagName("question");
		List<String> summary = new ArrayList<>();
		for (int i = 0; i < questions.getLength(); i++) {
			Element question = (Element) questions.item(i);
			StringBuilder line = new StringBuilder(question.getAttribute("type") + " | " + text(question, "name")
					+ " | " + text(question, "questiontext"));
			NodeList answers = question.getElementsByTagName("answer");
			for (int a = 0; a < answers.getLength(); a++) {
				Element answer = (Element) answers.item(a);
				line.append(" | ").append(answer.getAttribute("fraction")).append(':').append(answer.getTextContent());
			}
			summary.add(line.toString());
		}
		assertThat(summary).containsExactly("multichoice | q-1 | Who &lt;wrote&gt; it &amp; when? | 0:Moon | 100:Kim",
				"truefalse | q-2 | True? | 0:true | 100:false", "shortanswer | q-3 | Where? | 100:Hanoi | 100:Ha Noi",
				"description | q-4 | Kim Yo-jong?<br>Answer: his sister");
	}

	/**
	 * Moodle's "Moodle XML format" page: a {@code quiz} root of {@code question}s, each
	 * with a {@code name} and a {@code questiontext} holding {@code text}; text formats
	 * and answer fractions from the lists Moodle accepts; a single-answer multichoice
	 * with one fully right answer and a known numbering; true/false answered by "true"
	 * and "false".
	 */
	@Test
	void every_question_has_what_moodles_xml_format_requires_of_its_type() throws Exception {
		String written = MoodleXmlWriter.write(List.of(
				new PortableQuestion("q-1", Kind.MULTIPLE_CHOICE, "Which?", "b", List.of(), List.of("a", "b", "c")),
				new PortableQuestion("q-2", Kind.TRUE_FALSE, "True?", "true", List.of(), List.of()),
				new PortableQuestion("q-3", Kind.SHORT_ANSWER, "Where?", "Hanoi", List.of("Ha Noi"), List.of()),
				new PortableQuestion("q-4", Kind.DESCRIPTION, "Note", "it", List.of(), List.of())));
		assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		Document xml = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.getDocumentElement().getTagName()).isEqualTo("quiz");
		List<String> formats = List.of("html", "moodle_auto_format", "plain_text", "markdown");
		List<String> fractions = List.of("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40",
				"33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0");
		NodeList questions = xml.getElementsByTagName("question");
		assertThat(questions.getLength()).isEqualTo(4);
		for (int i = 0; i < questions.getLength(); i++) {
			Element question = (Element) questions.item(i);
			String type = question.getAttribute("type");
			assertThat(text(question, "name")).as(type + " name").isNotBlank();
			Element questionText = (Element) question.getElementsByTagName("questiontext").item(0);
			assertThat(questionText.getAttribute("format")).isIn(formats);
			assertThat(text(question, "questiontext")).isNotBlank();
			List<Element> answers = children(question, "answer");
			for (Element answer : answers) {
				assertThat(answer.getAttribute("fraction")).as(type + " fraction").isIn(fractions);
				assertThat(answer.getAttribute("format")).isIn(formats);
				assertThat(children(answer, "text")).hasSize(1);
			}
			List<String> right = answers.stream()
				.filter(a -> a.getAttribute("fraction").equals("100"))
				.map(a -> a.getTextContent())
				.toList();
			switch (type) {
				case "multichoice" -> {
					assertThat(children(question, "single").get(0).getTextContent()).isEqualTo("true");
					assertThat(children(question, "shuffleanswers").get(0).getTextContent()).isIn("0", "1");
					assertThat(children(question, "answernumbering").get(0).getTextContent()).isIn("none", "abc",
							"ABCD", "123", "iii", "IIII");
					assertThat(answers).hasSize(3);
					assertThat(right).containsExactly("b");
				}
				case "truefalse" -> {
					assertThat(answers).extracting(Element::getTextContent).containsExactly("true", "false");
					assertThat(right).containsExactly("true");
				}
				case "shortanswer" -> {
					assertThat(children(question, "usecase").get(0).getTextContent()).isIn("0", "1");
					assertThat(right).containsExactly("Hanoi", "Ha Noi");
				}
				case "description" -> assertThat(answers).isEmpty();
				default -> throw new AssertionError("not a Moodle question type: " + type);
			}
		}
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(name)) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element question, String child) {
		return ((Element) question.getElementsByTagName(child).item(0)).getElementsByTagName("text")
			.item(0)
			.getTextContent();
	}

	private static Document parse(List<PortableQuestion> questions) throws Exception {
		byte[] bytes = MoodleXmlWriter.write(questions).getBytes(StandardCharsets.UTF_8);
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

}
