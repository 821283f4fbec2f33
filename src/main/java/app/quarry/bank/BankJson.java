package app.quarry.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Bank} as {@code bank.json} and reads it back. The writer is
 * deterministic (fixed field order, questions sorted by id, two-space indent, "\n" line
 * ends) so that an unchanged corpus gives a byte-identical file. The reader refuses a
 * malformed file with a {@link BankFormatException} naming the field and the problem.
 */
public final class BankJson {

	private BankJson() {
	}

	/** The bank as the text of {@code bank.json}. */
	public static String write(Bank bank) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", Bank.FORMAT);
		root.put("documents", bank.documents().stream().map(BankJson::document).toList());
		root.put("questions", bank.questions().stream().map(BankJson::question).toList());
		return JsonTextWriter.write(root);
	}

	private static Map<String, Object> document(BankDocument d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", d.id());
		m.put("title", d.title());
		m.put("published", d.published());
		m.put("publisher", d.publisher());
		m.put("author", d.author());
		m.put("sha256", d.sha256());
		return m;
	}

	private static Map<String, Object> question(BankQuestion q) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", q.id());
		m.put("type", q.type());
		m.put("format", q.format());
		m.put("prompt", q.prompt());
		m.put("answer", q.answer());
		m.put("value", QuestionType.COUNT.names(q.type()) && q.value().matches("-?\\d{1,18}") ? Long.valueOf(q.value())
				: q.value());
		m.put("accepted", q.accepted());
		if (!q.options().isEmpty()) {
			m.put("options", q.options());
		}
		if (q.quote() != null) {
			m.put("quote", q.quote());
		}
		m.put("source", source(q.source()));
		m.put("sources", q.sources().stream().map(BankJson::source).toList());
		return m;
	}

	private static Map<String, Object> source(Source s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("document", s.document());
		m.put("start", s.start());
		m.put("end", s.end());
		m.put("sentence", s.sentence());
		return m;
	}

	/** Reads the text of a {@code bank.json}; throws {@link BankFormatException}. */
	public static Bank read(String json) {
		Field root = new Field("bank", JsonText.parse(json));
		String format = root.get("format").string();
		if (!Bank.FORMAT.equals(format)) {
			throw new BankFormatException("format: expected \"" + Bank.FORMAT + "\" but found \"" + format + "\"");
		}
		List<BankDocument> documents = new ArrayList<>();
		for (Field d : root.get("documents").list()) {
			documents.add(new BankDocument(d.get("id").string(), d.get("title").string(), d.optional("published"),
					d.optional("publisher"), d.optional("author"), d.get("sha256").string()));
		}
		List<BankQuestion> questions = new ArrayList<>();
		for (Field q : root.get("questions").list()) {
			try {
				questions.add(question(q));
			}
			catch (BankFormatException ex) {
				// the path gives the position; the id, when there is one, finds the
				// question
				Object id = (q.value() instanceof Map<?, ?> map) ? map.get("id") : null;
				throw (id instanceof String named)
						? new BankFormatException(ex.getMessage() + " (question " + named + ")") : ex;
			}
		}
		return new Bank(documents, questions);
	}

	private static BankQuestion question(Field q) {
		List<String> accepted = q.get("accepted").list().stream().map(Field::string).toList();
		List<String> options = q.has("options") ? q.get("options").list().stream().map(Field::string).toList()
				: List.of();
		Source source = source(q.get("source"));
		List<Source> sources = q.has("sources") ? q.get("sources").list().stream().map(BankJson::source).toList()
				: List.of(source);
		return new BankQuestion(q.get("id").string(), q.get("type").string(), q.get("format").string(),
				q.get("prompt").string(), q.get("answer").string(), q.get("value").scalar(), accepted, options,
				q.optional("quote"), source, sources);
	}

	private static Source source(Field s) {
		return new Source(s.get("document").string(), s.get("start").integer(), s.get("end").integer(),
				s.get("sentence").string());
	}

	/** A JSON value with its path, so every error says where it is. */
	private record Field(String path, Object value) {

		Field get(String name) {
			if (!(this.value instanceof Map<?, ?> map)) {
				throw wrong("an object");
			}
			if (!map.containsKey(name) || map.get(name) == null) {
				throw new BankFormatException(this.path + "." + name + ": missing");
			}
			return new Field(this.path + "." + name, map.get(name));
		}

		boolean has(String name) {
			return this.value instanceof Map<?, ?> map && map.get(name) != null;
		}

		String optional(String name) {
			return has(name) ? get(name).string() : null;
		}

		String string() {
			if (this.value instanceof String s) {
				return s;
			}
			throw wrong("a string");
		}

		String scalar() {
			if (this.value instanceof String || this.value instanceof Long) {
				return this.value.toString();
			}
			throw wrong("a string or an integer");
		}

		int integer() {
			if (this.value instanceof Long n && n >= 0 && n <= Integer.MAX_VALUE) {
				return n.intValue();
			}
			throw wrong("a non-negative integer");
		}

		List<Field> list() {
			if (!(this.value instanceof List<?> items)) {
				throw wrong("an array");
			}
			List<Field> fields = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				fields.add(new Field(this.path + "[" + i + "]", items.get(i)));
			}
			return fields;
		}

		private BankFormatException wrong(String expected) {
			String found = this.value instanceof Map ? "an object"
					: this.value instanceof List ? "an array" : String.valueOf(this.value);
			return new BankFormatException(this.path + ": expected " + expected + " but found " + found);
		}

	}

}
