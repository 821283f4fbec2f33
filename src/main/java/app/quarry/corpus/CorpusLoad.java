package app.quarry.corpus;

import java.util.List;

/** What loading a corpus folder gave: the documents taken in and the files refused. */
public record CorpusLoad(List<CorpusDocument> documents, List<DocumentRefusal> refusals) {

	public CorpusLoad {
		documents = List.copyOf(documents);
		refusals = List.copyOf(refusals);
	}

}
