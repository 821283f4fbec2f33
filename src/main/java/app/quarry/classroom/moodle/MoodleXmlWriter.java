package app.quarry.classroom.moodle;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes questions as Moodle XML ({@code <quiz>} of {@code <question>}s). Question text
 * is written with format "html" after escaping it as HTML, because Quarry's text is plain
 * text and must never turn into markup in Moodle; the XML writer escapes it once more for
 * XML.
 */
public final class MoodleXmlWriter {

	private MoodleXmlWriter() {
	}

	public static String write(List<PortableQuestion> questions) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("quiz");
			for (PortableQuestion question : questions) {
				question(xml, question);
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("could not write Moodle XML", ex);
		}
		return out + "\n";
	}

	private static void question(XMLStreamWriter xml, PortableQuestion question) throws XMLStreamException {
		xml.writeCharacters("\n  ");
		xml.writeStartElement("question");
		xml.writeAttribute("type", switch (question.kind()) {
			case MULTIPLE_CHOICE -> "multichoice";
			case TRUE_FALSE -> "truefalse";
			case SHORT_ANSWER -> "shortanswer";
			case DESCRIPTION -> "description";
		});
		xml.writeStartElement("name");
		text(xml, question.name());
		xml.writeEndElement();
		String body = (question.kind() == PortableQuestion.Kind.DESCRIPTION)
				? question.prompt() + "\n" + GiftWriter.ANSWER_LINE + question.answer() : question.prompt();
		xml.writeStartElement("questiontext");
		xml.writeAttribute("format", "html");
		text(xml, html(body));
		xml.writeEndElement();
		switch (question.kind()) {
			case MULTIPLE_CHOICE -> {
				for (String option : question.options()) {
					answer(xml, option.equals(question.answer()) ? 100 : 0, option);
				}
				element(xml, "single", "true");
				element(xml, "shuffleanswers", "1");
				element(xml, "answernumbering", "abc");
			}
			case TRUE_FALSE -> {
				boolean isTrue = Boolean.parseBoolean(question.answer());
				answer(xml, isTrue ? 100 : 0, "true");
				answer(xml, isTrue ? 0 : 100, "false");
			}
			case SHORT_ANSWER -> {
				element(xml, "usecase", "0");
				answer(xml, 100, question.answer());
				for (String accepted : question.accepted()) {
					if (!accepted.equals(question.answer())) {
						answer(xml, 100, accepted);
					}
				}
			}
			case DESCRIPTION -> {
				// a description carries no answer element
			}
		}
		xml.writeEndElement();
	}

	private static void answer(XMLStreamWriter xml, int fraction, String text) throws XMLStreamException {
		xml.writeStartElement("answer");
		xml.writeAttribute("fraction", Integer.toString(fraction));
		xml.writeAttribute("format", "plain_text");
		text(xml, text);
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
		xml.writeStartElement("text");
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	static String html(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("\n", "<br>");
	}

}
