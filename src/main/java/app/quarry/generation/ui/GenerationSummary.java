package app.quarry.generation.ui;

import app.quarry.bank.QuestionFormat;
import app.quarry.corpus.DocumentRefusal;
import app.quarry.generation.upload.GenerationJob;
import app.quarry.generation.upload.GenerationStage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What adding documents gave, once every job is finished: drafts added by type and by
 * format, each document's outcome with a link to review its drafts, and every file
 * refused with the reason.
 */
class GenerationSummary extends Div {

	GenerationSummary() {
		setId("generation-summary");
		setVisible(false);
	}

	void show(List<GenerationJob> jobs, List<DocumentRefusal> refused) {
		removeAll();
		setVisible(true);
		int total = jobs.stream().mapToInt(GenerationJob::addedCount).sum();
		long stored = jobs.size();
		Paragraph headline = new Paragraph(total + (total == 1 ? " question" : " questions") + " added as drafts from "
				+ stored + (stored == 1 ? " document" : " documents") + ".");
		headline.setId("summary-total");
		add(new H2("Summary"), headline);
		if (total > 0) {
			Div byType = new Div(new H3("By type"), counts(jobs, 0, "summary-by-type"));
			Div byFormat = new Div(new H3("By format"), counts(jobs, 1, "summary-by-format"));
			HorizontalLayout both = new HorizontalLayout(byType, byFormat);
			both.setSpacing(true);
			both.getStyle().set("gap", "4rem");
			add(both);
		}
		if (!jobs.isEmpty()) {
			UnorderedList documents = new UnorderedList();
			documents.setId("summary-documents");
			for (GenerationJob job : jobs) {
				documents.add(document(job));
			}
			add(new H3("Documents"), documents);
		}
		UnorderedList refusals = new UnorderedList();
		refusals.setId("summary-refused");
		refused.forEach(r -> refusals.add(new ListItem(r.message())));
		add(new H3("Files refused"), refused.isEmpty() ? new Paragraph("None.") : refusals);
	}

	private static ListItem document(GenerationJob job) {
		ListItem item = new ListItem();
		if (job.stage() == GenerationStage.FAILED) {
			item.add(job.title() + ": no questions. " + job.failure());
			return item;
		}
		String text = job.title() + ": " + job.addedCount() + (job.addedCount() == 1 ? " draft" : " drafts")
				+ (job.alreadyInBank() > 0 ? " (" + job.alreadyInBank() + " more the bank already asks)" : "") + ". ";
		item.add(text);
		if (job.addedCount() > 0) {
			Anchor review = new Anchor(GenerationRoutes.reviewDrafts(job.documentId()), "Review the drafts");
			review.setId("review-" + job.documentId());
			item.add(review);
		}
		return item;
	}

	/** "multiple_choice" as "multiple choice", "true_false" as "true/false". */
	private static String name(String typeOrFormat) {
		return QuestionFormat.TRUE_FALSE.names(typeOrFormat) ? "true/false" : typeOrFormat.replace('_', ' ');
	}

	/** Drafts by the part of "type/format" at {@code part}: 0 type, 1 format. */
	private static UnorderedList counts(List<GenerationJob> jobs, int part, String id) {
		Map<String, Integer> counts = new TreeMap<>();
		for (GenerationJob job : jobs) {
			job.added().forEach((key, n) -> counts.merge(name(key.split("/")[part]), n, Integer::sum));
		}
		UnorderedList list = new UnorderedList();
		list.setId(id);
		counts.forEach((name, n) -> list.add(new ListItem(name + ": " + n)));
		return list;
	}

}
