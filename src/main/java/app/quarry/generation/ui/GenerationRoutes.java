package app.quarry.generation.ui;

/** The routes this feature's page serves and links to, in one place. */
final class GenerationRoutes {

	static final String ADD_DOCUMENTS = "teach/documents/add";

	/** The teacher's question review page (a page of the classroom feature). */
	static final String REVIEW = "teach/questions";

	private GenerationRoutes() {
	}

	/** The review page, asked to list the drafts of one document. */
	static String reviewDrafts(String documentId) {
		return REVIEW + "?status=DRAFT&document="
				+ java.net.URLEncoder.encode(documentId, java.nio.charset.StandardCharsets.UTF_8);
	}

}
