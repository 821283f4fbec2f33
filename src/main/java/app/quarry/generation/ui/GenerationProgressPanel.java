package app.quarry.generation.ui;

import app.quarry.generation.upload.GenerationJob;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;

/**
 * The generation under way: one bar for all the documents added together, and each
 * document's stage.
 */
class GenerationProgressPanel extends Div {

	private final ProgressBar bar = new ProgressBar(0, 100, 0);

	private final H2 heading = new H2("Generating questions");

	private final Span status = new Span();

	private final UnorderedList documents = new UnorderedList();

	GenerationProgressPanel() {
		setId("generation-progress-panel");
		this.bar.setId("generation-progress");
		this.bar.getElement().setAttribute("aria-label", "Question generation progress");
		this.status.setId("generation-status");
		add(this.heading, this.status, this.bar, this.documents);
		setVisible(false);
	}

	void show(List<GenerationJob> jobs) {
		setVisible(true);
		int percent = overall(jobs);
		long finished = jobs.stream().filter(j -> j.stage().finished()).count();
		this.bar.setValue(percent);
		this.heading.setText(finished == jobs.size() ? "Questions generated" : "Generating questions");
		this.status.setText(percent + "% \u2014 " + finished + " of " + jobs.size()
				+ (jobs.size() == 1 ? " document" : " documents") + " finished");
		this.documents.removeAll();
		for (GenerationJob job : jobs) {
			String line = job.title() + " (" + job.fileName() + "): " + job.stage().label()
					+ (job.stage().finished() ? "" : ", " + job.percent() + "%");
			this.documents.add(new ListItem(line));
		}
	}

	/** The mean of the jobs' percentages, a finished job counting as 100. */
	static int overall(List<GenerationJob> jobs) {
		if (jobs.isEmpty()) {
			return 0;
		}
		int sum = jobs.stream().mapToInt(j -> j.stage().finished() ? 100 : j.percent()).sum();
		return sum / jobs.size();
	}

}
