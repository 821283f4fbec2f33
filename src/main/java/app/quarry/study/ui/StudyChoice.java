package app.quarry.study.ui;

import java.util.ArrayList;
import java.util.List;

import app.quarry.study.QuestionCatalog.DocumentChoice;
import app.quarry.study.StudyFilter;

/** One entry of the "what to study" menu: a filter and how it reads. */
record StudyChoice(StudyFilter filter, String label) {

	static List<StudyChoice> all(List<DocumentChoice> documents, List<String> types) {
		List<StudyChoice> choices = new ArrayList<>();
		choices.add(new StudyChoice(StudyFilter.ALL, "All questions"));
		for (DocumentChoice document : documents) {
			choices.add(new StudyChoice(StudyFilter.document(document.id()), "Document: " + document.title()));
		}
		for (String type : types) {
			choices.add(new StudyChoice(StudyFilter.type(type), "Type: " + typeName(type)));
		}
		return choices;
	}

	static String typeName(String type) {
		return switch (type) {
			case "date" -> "dates";
			case "count" -> "numbers";
			case "quote" -> "who said it";
			case "person" -> "who is who";
			case "entity" -> "organisations";
			case "letter" -> "letters";
			default -> type;
		};
	}

}
