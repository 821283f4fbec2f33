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
