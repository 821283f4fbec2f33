package app.quarry.classroom.ui;

import app.quarry.bank.QuestionStatus;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The review page's filters, kept in its address ({@code ?status=draft&document=ID}, so a
 * link or a reload keeps them) and in the session (so coming back from a question, or
 * through the menu, finds them as they were left).
 */
record ReviewFilters(QuestionStatus status, @Nullable String document) {

	static final ReviewFilters DRAFTS = new ReviewFilters(QuestionStatus.DRAFT, null);

	private static final String SESSION_KEY = ReviewFilters.class.getName();

	/**
	 * The filters in the address; those the address leaves out are taken from the
	 * session, then from the default (drafts of any document).
	 */
	static ReviewFilters of(QueryParameters query, @Nullable VaadinSession session) {
		Map<String, List<String>> parameters = query.getParameters();
		ReviewFilters remembered = remembered(session);
		QuestionStatus status = first(parameters, "status").flatMap(ReviewFilters::status).orElse(remembered.status());
		String document = parameters.containsKey("document") ? first(parameters, "document").orElse(null)
				: remembered.document();
		return new ReviewFilters(status, document);
	}

	ReviewFilters withStatus(QuestionStatus changed) {
		return new ReviewFilters(changed, this.document);
	}

	ReviewFilters withDocument(@Nullable String changed) {
		return new ReviewFilters(this.status, changed);
	}

	QueryParameters query() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("status", this.status.name().toLowerCase(java.util.Locale.ROOT));
		if (this.document != null) {
			parameters.put("document", this.document);
		}
		return QueryParameters.simple(parameters);
	}

	void remember(@Nullable VaadinSession session) {
		if (session != null) {
			session.setAttribute(SESSION_KEY, this);
		}
	}

	private static ReviewFilters remembered(@Nullable VaadinSession session) {
		Object kept = (session != null) ? session.getAttribute(SESSION_KEY) : null;
		return (kept instanceof ReviewFilters filters) ? filters : DRAFTS;
	}

	private static Optional<String> first(Map<String, List<String>> parameters, String name) {
		return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
	}

	private static Optional<QuestionStatus> status(String name) {
		return Arrays.stream(QuestionStatus.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
	}

}
