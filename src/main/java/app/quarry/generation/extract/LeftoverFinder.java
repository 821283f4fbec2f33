package app.quarry.generation.extract;

import java.util.List;

/**
 * A finder of last resort: it reads a document after the other finders and is handed
 * their facts, so that it speaks only where they said nothing (a name no rule described).
 * Run on its own it sees no earlier facts.
 */
public interface LeftoverFinder extends FactFinder {

	List<? extends Fact> find(DocumentAnalysis document, List<Fact> found);

	@Override
	default List<? extends Fact> find(DocumentAnalysis document) {
		return find(document, List.of());
	}

}
