package app.quarry.classroom;

import app.quarry.bank.QuestionFilter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The approved questions a teacher hand-picks an assignment's from, read a page at a
 * time: the bank can hold thousands, and a form need not hold them all to offer them.
 */
@Service
public class PickableQuestions {

	private final QuestionCatalog catalog;

	PickableQuestions(QuestionCatalog catalog) {
		this.catalog = catalog;
	}

	/** One page of the approved questions matching the filter, in id order. */
	public List<QuizQuestion> page(Actor teacher, QuestionFilter filter, int page, int pageSize) {
		ClassroomAccess.requireTeacher(teacher);
		return this.catalog.approved(filter, page, pageSize);
	}

	/** How many approved questions match the filter. */
	public long count(Actor teacher, QuestionFilter filter) {
		ClassroomAccess.requireTeacher(teacher);
		return this.catalog.countApproved(filter);
	}

	/**
	 * Those of these questions that are still approved, in the order given: an edited
	 * assignment's picks, shown picked again.
	 */
	public List<QuizQuestion> among(Actor teacher, Collection<String> ids) {
		ClassroomAccess.requireTeacher(teacher);
		Map<String, QuizQuestion> approved = this.catalog.approved(ids);
		return ids.stream().map(approved::get).filter(Objects::nonNull).toList();
	}

	/** The documents approved questions come from, by id. */
	public List<String> documents(Actor teacher) {
		ClassroomAccess.requireTeacher(teacher);
		return this.catalog.approvedDocuments();
	}

}
