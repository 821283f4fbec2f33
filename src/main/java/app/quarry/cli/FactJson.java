package app.quarry.cli;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import app.quarry.generation.extract.CountFact;
import app.quarry.generation.extract.DateFact;
import app.quarry.generation.extract.DurationFact;
import app.quarry.generation.extract.EntityFact;
import app.quarry.generation.extract.NamedThingFact;
import app.quarry.generation.extract.Fact;
import app.quarry.generation.extract.LetterFact;
import app.quarry.generation.extract.PersonFact;
import app.quarry.generation.extract.QuoteFact;
import app.quarry.generation.extract.SetFact;
import app.quarry.generation.extract.TimeFact;
import app.quarry.generation.extract.TimeReferenceFact;

/**
 * The {@code extract} output of one file as bank-format.md specifies: one JSON object,
 * one fact a line, fields in a fixed order so output is deterministic.
 */
final class FactJson {

	private FactJson() {
	}

	static String of(String file, @Nullable LocalDate referenceDate, List<Fact> facts) {
		ObjectNode json = CliJson.mapper().createObjectNode();
		json.put("file", file);
		json.put("referenceDate", (referenceDate != null) ? referenceDate.toString() : null);
		ArrayNode array = json.putArray("facts");
		facts.forEach(fact -> fact(array.addObject(), fact));
		return CliJson.readable(json);
	}

	private static void fact(ObjectNode out, Fact fact) {
		out.put("type", fact.type());
		out.put("text", fact.text());
		out.put("start", fact.start());
		out.put("end", fact.end());
		switch (fact) {
			case DateFact d -> {
				out.put("value", d.value());
				out.put("relative", d.relative());
			}
			case DurationFact d -> out.put("value", d.value());
			case TimeFact t -> out.put("value", t.value());
			case SetFact t -> out.put("value", t.value());
			case TimeReferenceFact t -> out.put("value", t.value());
			case CountFact c -> {
				out.put("value", c.value());
				out.put("ordinal", c.ordinal());
				out.put("unit", c.unit());
			}
			case QuoteFact q -> {
				out.put("quote", q.quote());
				out.put("speaker", q.speaker());
			}
			case PersonFact p -> {
				out.put("value", p.value());
				out.put("role", p.role());
			}
			case EntityFact e -> {
				out.put("value", e.value());
				out.put("description", e.description());
			}
			case NamedThingFact n -> {
				out.put("value", n.value());
				out.put("description", n.description());
			}
			case LetterFact l -> {
				out.put("sender", l.sender());
				out.put("recipient", l.recipient());
				out.put("date", l.date());
				out.put("reference", l.reference());
				out.put("delivery", l.delivery());
				out.put("number", l.number());
				out.put("carrier", l.carrier());
				out.put("subject", l.subject());
			}
		}
	}

	/** A JSON string literal as the output writes it. */
	static String string(String s) {
		return CliJson.readable(CliJson.mapper().getNodeFactory().stringNode(s));
	}

}
