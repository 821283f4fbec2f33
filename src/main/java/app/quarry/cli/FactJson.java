package app.quarry.cli;

import java.time.LocalDate;
import java.util.List;

import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LetterFact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import app.quarry.generation.extract.SetFact;
import app.quarry.generation.extract.TimeFact;
import app.quarry.generation.extract.TimeReferenceFact;

/**
 * Writes the {@code extract} output of one file as bank-format.md specifies: one JSON
 * object, one fact per line, fields in a fixed order so output is deterministic. A small
 * hand-written writer keeps the command free of start-up cost.
 */
final class FactJson {

	private FactJson() {
	}

	static String of(String file, LocalDate referenceDate, List<Fact> facts) {
		StringBuilder out = new StringBuilder(256 + facts.size() * 120);
		out.append("{\"file\": ").append(string(file)).append(", \"referenceDate\": ");
		out.append(referenceDate == null ? "null" : string(referenceDate.toString())).append(", \"facts\": [");
		for (int i = 0; i < facts.size(); i++) {
			out.append(i == 0 ? "\n  " : ",\n  ");
			fact(out, facts.get(i));
		}
		out.append(facts.isEmpty() ? "]}" : "\n]}");
		return out.toString();
	}

	private static void fact(StringBuilder out, Fact fact) {
		out.append("{\"type\": ").append(string(fact.type()));
		field(out, "text", fact.text());
		out.append(", \"start\": ").append(fact.start()).append(", \"end\": ").append(fact.end());
		switch (fact) {
			case DateFact d -> {
				field(out, "value", d.value());
				out.append(", \"relative\": ").append(d.relative());
			}
			case DurationFact d -> field(out, "value", d.value());
			case TimeFact t -> field(out, "value", t.value());
			case SetFact t -> field(out, "value", t.value());
			case TimeReferenceFact t -> field(out, "value", t.value());
			case CountFact c -> {
				out.append(", \"value\": ").append(c.value()).append(", \"ordinal\": ").append(c.ordinal());
				field(out, "unit", c.unit());
			}
			case QuoteFact q -> {
				field(out, "quote", q.quote());
				field(out, "speaker", q.speaker());
			}
			case PersonFact p -> {
				field(out, "value", p.value());
				field(out, "role", p.role());
			}
			case EntityFact e -> {
				field(out, "value", e.value());
				field(out, "description", e.description());
			}
			case LetterFact l -> {
				field(out, "sender", l.sender());
				field(out, "recipient", l.recipient());
				field(out, "date", l.date());
				field(out, "reference", l.reference());
				field(out, "delivery", l.delivery());
				out.append(", \"number\": ").append(l.number());
				field(out, "carrier", l.carrier());
				field(out, "subject", l.subject());
			}
		}
		out.append('}');
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append(", \"").append(name).append("\": ").append(value == null ? "null" : string(value));
	}

	/** A JSON string literal; non-ASCII is written as is (the output is UTF-8). */
	static String string(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20 || c == 0x2028 || c == 0x2029) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}

}
