package app.quarry.decks.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Anki packages, checked against Anki's documented legacy schema (schema 11): the tables
 * and columns of {@code col}, {@code notes}, {@code cards}, {@code revlog} and
 * {@code graves}, fields separated by U+001F, the note checksum, the media map.
 */
class AnkiPackageTest {

	private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

	private static final List<PortableCard> CARDS = List.of(
			PortableCard.basic("Capital of <France>?", "Paris & more")
				.withReviews(List.of(new PastReview(Instant.parse("2026-11-01T10:00:00Z"), 3, 4200),
						new PastReview(Instant.parse("2026-11-04T10:00:00Z"), 1, 9000),
						new PastReview(Instant.parse("2026-11-04T10:10:00Z"), 4, 1500))),
			PortableCard.cloze("{{c1::Kim}} met {{c2::Trump}} in Singapore.", "June 2018", 1),
			PortableCard.cloze("{{c1::Kim}} met {{c2::Trump}} in Singapore.", "June 2018", 2)
				.withReviews(List.of(new PastReview(Instant.parse("2026-11-02T08:00:00Z"), 2, 3000))),
			PortableCard.basic("two\nlines", "日本語"));

	@TempDir
	Path dir;

	@Test
	void an_exported_package_reads_back_as_the_same_cards_with_their_history() throws Exception {
		byte[] apkg = AnkiPackage.write("My deck", CARDS, NOW);
		ImportedDeck back = AnkiPackage.read(new ByteArrayInputStream(apkg));
		assertThat(back.title()).isEqualTo("My deck");
		assertThat(back.cards()).isEqualTo(CARDS);
		assertThat(back.skipped()).isEmpty();
	}

	@Test
	void the_package_is_a_zip_of_the_collection_and_the_media_map() throws Exception {
		Map<String, byte[]> entries = unzip(AnkiPackage.write("My deck", CARDS, NOW));
		assertThat(entries).containsOnlyKeys("collection.anki2", "media");
		assertThat(new String(entries.get("media"), StandardCharsets.UTF_8)).isEqualTo("{}");
	}

	@Test
	void the_collection_has_the_tables_and_columns_of_ankis_legacy_schema() throws Exception {
		try (Connection c = open()) {
			assertThat(columns(c, "col")).containsExactly("id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf",
					"models", "decks", "dconf", "tags");
			assertThat(columns(c, "notes")).containsExactly("id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld",
					"csum", "flags", "data");
			assertThat(columns(c, "cards")).containsExactly("id", "nid", "did", "ord", "mod", "usn", "type", "queue",
					"due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags", "data");
			assertThat(columns(c, "revlog")).containsExactly("id", "cid", "usn", "ease", "ivl", "lastIvl", "factor",
					"time", "type");
			assertThat(columns(c, "graves")).containsExactly("usn", "oid", "type");
			assertThat(single(c, "select ver from col")).isEqualTo("11");
			assertThat(single(c, "select count(*) from col")).isEqualTo("1");
		}
	}

	@Test
	void note_fields_are_html_separated_by_the_unit_separator_with_anki_checksums() throws Exception {
		try (Connection c = open();
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select flds, sfld, csum from notes order by id")) {
			List<String> fields = new ArrayList<>();
			while (r.next()) {
				fields.add(r.getString(1));
				String first = r.getString(1).split("\u001f")[0];
				// Anki strips tags, then decodes entities
				String stripped = first.replaceAll("<[^>]*>", "")
					.replace("&lt;", "<")
					.replace("&gt;", ">")
					.replace("&amp;", "&")
					.strip();
				long expected = Long.parseLong(HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-1").digest(stripped.getBytes(StandardCharsets.UTF_8)))
					.substring(0, 8), 16);
				assertThat(r.getLong(3)).isEqualTo(expected);
				assertThat(r.getString(2)).isEqualTo(stripped);
			}
			assertThat(fields).containsExactly("Capital of &lt;France&gt;?\u001fParis &amp; more",
					"{{c1::Kim}} met {{c2::Trump}} in Singapore.\u001fJune 2018", "two<br>lines\u001f日本語");
		}
	}

	@Test
	void a_cloze_note_has_one_card_per_deletion_and_the_note_types_are_basic_and_cloze() throws Exception {
		try (Connection c = open()) {
			assertThat(single(c, "select count(*) from notes")).isEqualTo("3");
			assertThat(single(c, "select group_concat(ord) from (select ord from cards c join notes n on n.id = c.nid"
					+ " where n.flds like '{{c1::Kim}}%' order by ord)"))
				.isEqualTo("0,1");
			String models = single(c, "select models from col");
			assertThat(models).contains("\"name\":\"Basic\"", "\"name\":\"Cloze\"", "\"type\":1", "{{cloze:Text}}");
			String decks = single(c, "select decks from col");
			assertThat(decks).contains("\"name\":\"My deck\"");
			assertThat(single(c, "select count(distinct did) from cards")).isEqualTo("1");
		}
	}

	@Test
	void the_review_log_keeps_every_answer_in_milliseconds_with_anki_eases() throws Exception {
		try (Connection c = open()) {
			assertThat(single(c, "select count(*) from revlog")).isEqualTo("4");
			assertThat(single(c, "select group_concat(ease) from (select ease from revlog order by id)"))
				.isEqualTo("3,2,1,4");
			assertThat(single(c, "select min(id) from revlog"))
				.isEqualTo(String.valueOf(Instant.parse("2026-11-01T10:00:00Z").toEpochMilli()));
		}
	}

	/**
	 * The column types and constraints of Anki's schema 11 ({@code schema11.sql}, as
	 * AnkiDroid's "Database Structure" documents it): integer everywhere but the JSON,
	 * text and guid columns, and nothing nullable.
	 */
	@Test
	void every_column_has_the_type_and_not_null_constraint_of_ankis_schema() throws Exception {
		Map<String, List<String>> textColumns = Map.of("col", List.of("conf", "models", "decks", "dconf", "tags"),
				"notes", List.of("guid", "tags", "flds", "data"), "cards", List.of("data"), "revlog", List.of(),
				"graves", List.of());
		try (Connection c = open()) {
			for (var table : textColumns.entrySet()) {
				try (Statement s = c.createStatement();
						ResultSet r = s.executeQuery("pragma table_info(" + table.getKey() + ")")) {
					while (r.next()) {
						String column = table.getKey() + "." + r.getString("name");
						String type = table.getValue().contains(r.getString("name")) ? "text" : "integer";
						assertThat(r.getString("type")).as(column).isEqualToIgnoringCase(type);
						assertThat(r.getInt("notnull") == 1 || r.getInt("pk") == 1).as(column + " not null").isTrue();
					}
				}
			}
		}
	}

	/**
	 * What the documented structure says the rows mean: each card's note, deck, note type
	 * and template exist; types, queues, eases and review kinds are within their listed
	 * values; ids are epoch milliseconds, modification times epoch seconds; everything is
	 * marked for the next sync (usn -1).
	 */
	@Test
	void the_rows_refer_to_each_other_and_hold_values_ankis_structure_lists() throws Exception {
		try (Connection c = open()) {
			JsonNode models = AnkiCollectionConfig.json().readTree(single(c, "select models from col"));
			JsonNode decks = AnkiCollectionConfig.json().readTree(single(c, "select decks from col"));
			JsonNode options = AnkiCollectionConfig.json().readTree(single(c, "select dconf from col"));
			JsonNode conf = AnkiCollectionConfig.json().readTree(single(c, "select conf from col"));
			assertThat(single(c, "select count(*) from cards where nid not in (select id from notes)")).isEqualTo("0");
			assertThat(single(c, "select count(*) from revlog where cid not in (select id from cards)")).isEqualTo("0");
			assertThat(single(c, "select count(*) from notes where id not in (select nid from cards)")).isEqualTo("0");
			assertThat(single(c, "select count(distinct guid) = count(*) from notes")).isEqualTo("1");
			assertThat(decks.has("1")).as("the Default deck every collection has").isTrue();
			assertThat(conf.get("curDeck").asString()).isIn(decks.propertyNames());
			for (JsonNode model : models) {
				assertThat(model.has("flds") && model.has("tmpls") && model.has("css") && model.has("sortf")
						&& model.has("latexPre") && model.has("latexPost") && model.has("req"))
					.as(model.get("name").asString())
					.isTrue();
				assertThat(model.get("id").asString()).isIn(models.propertyNames());
			}
			for (JsonNode deck : decks) {
				assertThat(deck.get("conf").asString()).isIn(options.propertyNames());
			}
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("select c.did, c.ord, c.type, c.queue, c.usn, c.mod, c.id, n.mid, "
							+ "n.flds, n.usn from cards c join notes n on n.id = c.nid")) {
				while (r.next()) {
					assertThat(r.getString("did")).isIn(decks.propertyNames());
					JsonNode model = models.get(r.getString("mid"));
					assertThat(model).as("the note's type").isNotNull();
					int ord = r.getInt("ord");
					if (model.get("type").asInt() == 1) {
						assertThat(r.getString("flds")).contains("{{c" + (ord + 1) + "::");
					}
					else {
						assertThat(ord).isBetween(0, model.get("tmpls").size() - 1);
					}
					assertThat(r.getInt("type")).isBetween(0, 3);
					assertThat(r.getInt("queue")).isBetween(-3, 4);
					assertThat(r.getInt(5)).isEqualTo(-1);
					assertThat(r.getInt(10)).isEqualTo(-1);
					assertThat(r.getLong("mod")).isEqualTo(NOW.getEpochSecond());
					assertThat(r.getLong("id")).isBetween(NOW.minusSeconds(86_400).toEpochMilli(), NOW.toEpochMilli());
				}
			}
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("select ease, type, usn, time from revlog")) {
				while (r.next()) {
					assertThat(r.getInt("ease")).isBetween(1, 4);
					assertThat(r.getInt("type")).isBetween(0, 4);
					assertThat(r.getInt("usn")).isEqualTo(-1);
					assertThat(r.getLong("time")).as("milliseconds, at most Anki's 60 s cap").isBetween(0L, 60_000L);
				}
			}
			assertThat(Long.parseLong(single(c, "select crt from col")) % 86_400).as("a day start, in seconds")
				.isZero();
		}
	}

	@Test
	void studied_cards_open_in_anki_where_they_stand_here_and_unstudied_ones_as_new() throws Exception {
		PortableCard review = CARDS.get(0);
		PortableCard learning = CARDS.get(2);
		PortableCard suspended = CARDS.get(3);
		Map<PortableCard, CardSchedule> schedules = Map.of(review,
				new CardSchedule(CardSchedule.Step.REVIEW, NOW.plus(java.time.Duration.ofDays(10)), 12, false),
				learning, new CardSchedule(CardSchedule.Step.RELEARNING, NOW.plusSeconds(600), 0, false), suspended,
				new CardSchedule(CardSchedule.Step.REVIEW, NOW.plus(java.time.Duration.ofDays(3)), 4, true));
		Path db = this.dir.resolve("scheduled.anki2");
		Files.write(db, unzip(AnkiPackage.write("My deck", CARDS, schedules, NOW)).get("collection.anki2"));
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery(
						"select type, queue, due, ivl, factor, reps, lapses, left from cards " + "order by id")) {
			List<String> rows = new ArrayList<>();
			while (r.next()) {
				rows.add(r.getInt(1) + " " + r.getInt(2) + " " + r.getLong(3) + " " + r.getInt(4) + " " + r.getInt(5)
						+ " " + r.getInt(6) + " " + r.getInt(7) + " " + r.getInt(8));
			}
			// the collection starts on NOW's day: a review card due in 10 days is due on
			// day 10
			assertThat(rows).containsExactly("2 2 10 12 2500 3 1 0", "0 0 2 0 0 0 0 0",
					"3 1 " + NOW.plusSeconds(600).getEpochSecond() + " 0 2500 1 0 1001", "2 -1 3 4 2500 0 0 0");
		}
		assertThat(
				AnkiPackage.read(new ByteArrayInputStream(AnkiPackage.write("My deck", CARDS, schedules, NOW))).cards())
			.isEqualTo(CARDS);
	}

	@Test
	void a_reviewed_package_from_the_first_scheduler_maps_learning_easy_onto_four_buttons() throws Exception {
		Path db = this.dir.resolve("collection.anki2");
		Files.write(db, unzip(AnkiPackage.write("Old", List.of(CARDS.get(0)), NOW)).get("collection.anki2"));
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
			s.executeUpdate("update col set conf = '{\"schedVer\": 1}'");
			// learning answer Good (2 of 3), a review Again, a manual reschedule
			s.executeUpdate("update revlog set ease = 2, type = 0 where ease = 3");
			s.executeUpdate("insert into revlog values (1, (select min(id) from cards), -1, 0, 5, 0, 0, 0, 4)");
		}
		ImportedDeck deck = AnkiPackage.read(new ByteArrayInputStream(zip(db)));
		assertThat(deck.cards().get(0).reviews()).extracting(PastReview::rating).containsExactly(3, 1, 4);
	}

	@Test
	void a_file_that_is_no_package_is_refused_with_a_reason() {
		assertThatThrownBy(() -> AnkiPackage.read(new ByteArrayInputStream("not a zip".getBytes())))
			.isInstanceOf(DeckFormatException.class)
			.hasMessageContaining("collection");
	}

	private Connection open() throws Exception {
		Path db = this.dir.resolve("collection.anki2");
		Files.write(db, unzip(AnkiPackage.write("My deck", CARDS, NOW)).get("collection.anki2"));
		return DriverManager.getConnection("jdbc:sqlite:" + db);
	}

	private static List<String> columns(Connection c, String table) throws Exception {
		List<String> names = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("pragma table_info(" + table + ")")) {
			while (r.next()) {
				names.add(r.getString("name"));
			}
		}
		return names;
	}

	private static String single(Connection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getString(1);
		}
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static byte[] zip(Path db) throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("collection.anki2"));
			Files.copy(db, zip);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
