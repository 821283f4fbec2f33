package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON columns of a legacy collection's {@code col} row: collection settings, the two
 * note types (Basic and Cloze, with Anki's standard templates), the deck and its options
 * group.
 */
@PureCore
final class AnkiCollectionConfig {

	static final long BASIC_MODEL = 1_700_000_000_001L;

	static final long CLOZE_MODEL = 1_700_000_000_002L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AnkiCollectionConfig() {
	}

	static String conf(long deckId) {
		Map<String, Object> conf = new LinkedHashMap<>();
		conf.put("activeDecks", List.of(deckId));
		conf.put("curDeck", deckId);
		conf.put("newSpread", 0);
		conf.put("collapseTime", 1200);
		conf.put("timeLim", 0);
		conf.put("estTimes", true);
		conf.put("dueCounts", true);
		conf.put("curModel", BASIC_MODEL);
		conf.put("nextPos", 1);
		conf.put("sortType", "noteFld");
		conf.put("sortBackwards", false);
		conf.put("addToCur", true);
		conf.put("schedVer", 2);
		return JSON.writeValueAsString(conf);
	}

	static String models(long deckId, long modSeconds) {
		Map<String, Object> models = new LinkedHashMap<>();
		models.put(String.valueOf(BASIC_MODEL),
				model(BASIC_MODEL, "Basic", 0, deckId, modSeconds, List.of("Front", "Back"),
						List.of(template("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")),
						List.of(List.of(0, "any", List.of(0)))));
		models.put(String.valueOf(CLOZE_MODEL),
				model(CLOZE_MODEL, "Cloze", 1, deckId, modSeconds, List.of("Text", "Back Extra"),
						List.of(template("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")),
						List.of()));
		return JSON.writeValueAsString(models);
	}

	private static Map<String, Object> model(long id, String name, int type, long deckId, long modSeconds,
			List<String> fields, List<Map<String, Object>> templates, List<Object> required) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("id", id);
		model.put("name", name);
		model.put("type", type);
		model.put("mod", modSeconds);
		model.put("usn", -1);
		model.put("sortf", 0);
		model.put("did", deckId);
		model.put("tmpls", templates);
		List<Map<String, Object>> flds = new java.util.ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			Map<String, Object> field = new LinkedHashMap<>();
			field.put("name", fields.get(i));
			field.put("ord", i);
			field.put("sticky", false);
			field.put("rtl", false);
			field.put("font", "Arial");
			field.put("size", 20);
			field.put("media", List.of());
			flds.add(field);
		}
		model.put("flds", flds);
		model.put("css",
				".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n"
						+ " color: black;\n background-color: white;\n}\n"
						+ (type == 1 ? ".cloze {\n font-weight: bold;\n" + " color: blue;\n}\n" : ""));
		model.put("latexPre",
				"\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
						+ "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n"
						+ "\\setlength{\\parindent}{0in}\n\\begin{document}\n");
		model.put("latexPost", "\\end{document}");
		model.put("latexsvg", false);
		model.put("req", required);
		model.put("tags", List.of());
		model.put("vers", List.of());
		return model;
	}

	private static Map<String, Object> template(String name, int ord, String question, String answer) {
		Map<String, Object> template = new LinkedHashMap<>();
		template.put("name", name);
		template.put("ord", ord);
		template.put("qfmt", question);
		template.put("afmt", answer);
		template.put("did", null);
		template.put("bqfmt", "");
		template.put("bafmt", "");
		return template;
	}

	static String decks(long deckId, String name, long modSeconds) {
		Map<String, Object> decks = new LinkedHashMap<>();
		decks.put("1", deck(1, "Default", modSeconds));
		decks.put(String.valueOf(deckId), deck(deckId, name, modSeconds));
		return JSON.writeValueAsString(decks);
	}

	private static Map<String, Object> deck(long id, String name, long modSeconds) {
		Map<String, Object> deck = new LinkedHashMap<>();
		deck.put("id", id);
		deck.put("name", name);
		deck.put("mod", modSeconds);
		deck.put("usn", -1);
		deck.put("desc", "");
		deck.put("dyn", 0);
		deck.put("conf", 1);
		deck.put("collapsed", false);
		deck.put("browserCollapsed", false);
		deck.put("extendNew", 0);
		deck.put("extendRev", 0);
		for (String today : List.of("newToday", "revToday", "lrnToday", "timeToday")) {
			deck.put(today, List.of(0, 0));
		}
		return deck;
	}

	static String deckOptions(long modSeconds) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("id", 1);
		options.put("name", "Default");
		options.put("mod", modSeconds);
		options.put("usn", -1);
		options.put("maxTaken", 60);
		options.put("autoplay", true);
		options.put("timer", 0);
		options.put("replayq", true);
		options.put("dyn", false);
		options.put("new", Map.of("bury", false, "delays", List.of(1.0, 10.0), "initialFactor", 2500, "ints",
				List.of(1, 4, 0), "order", 1, "perDay", 20));
		options.put("lapse",
				Map.of("delays", List.of(10.0), "leechAction", 1, "leechFails", 8, "minInt", 1, "mult", 0.0));
		options.put("rev",
				Map.of("bury", false, "ease4", 1.3, "ivlFct", 1.0, "maxIvl", 36500, "perDay", 200, "hardFactor", 1.2));
		return JSON.writeValueAsString(Map.of("1", options));
	}

	static JsonMapper json() {
		return JSON;
	}

}
