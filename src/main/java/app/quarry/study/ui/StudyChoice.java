package app.quarry.study.ui;

import java.util.ArrayList;
import java.util.List;

import app.quarry.bank.QuestionType;
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
			choices.add(new StudyChoice(StudyFilter.type(type), "Type: " + QuestionType.label(type)));
		}
		return choices;
	}

}
