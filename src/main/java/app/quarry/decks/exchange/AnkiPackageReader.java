package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;

/**
 * Reads an {@link AnkiPackage}: the collection database taken out of the zip (the newer
 * {@code collection.anki21} in preference), its notes turned into cards and each card's
 * review log with them. Media files are left behind: cards are text.
 */
@PureCore
final class AnkiPackageReader {

	/** The largest database taken from a package (a deck with images is far larger). */
	private static final long MAX_DATABASE_BYTES = 200L * 1024 * 1024;

	private AnkiPackageReader() {
	}

	/** The cards of a package, with their review history. */
	static ImportedDeck read(InputStream apkg) throws DeckFormatException {
		Path dir = null;
		try {
			dir = Files.createTempDirectory("apkg");
			Map<String, Path> entries = unzip(apkg, dir);
			Path db = entries.containsKey("collection.anki21") ? entries.get("collection.anki21")
					: entries.get("collection.anki2");
			if (db == null) {
				throw new DeckFormatException(entries.containsKey("collection.anki21b")
						? "This package is in the format of Anki 23.10 and later, which is compressed: export it "
								+ "again in Anki with \u201cSupport older Anki versions\u201d ticked."
						: "This is not an Anki package (.apkg): it holds no collection.");
			}
			return readCollection(db);
		}
		catch (IOException ex) {
			throw new DeckFormatException("The file is not a readable Anki package (.apkg is a zip file).", ex);
		}
		catch (SQLException | RuntimeException ex) {
			throw new DeckFormatException("The Anki collection in this package cannot be read ("
					+ ex.getClass().getSimpleName() + "); is it an .apkg exported by Anki?", ex);
		}
		finally {
			if (dir != null) {
				deleteAll(dir);
			}
		}
	}

	private static Map<String, Path> unzip(InputStream apkg, Path dir) throws IOException, DeckFormatException {
		Map<String, Path> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(apkg)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (!name.equals("collection.anki2") && !name.equals("collection.anki21")
						&& !name.equals("collection.anki21b")) {
					continue; // media files are not taken: cards are text
				}
				Path target = dir.resolve(name);
				long copied = 0;
				byte[] buffer = new byte[64 * 1024];
				try (var out = Files.newOutputStream(target)) {
					for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
						copied += n;
						if (copied > MAX_DATABASE_BYTES) {
							throw new DeckFormatException("The collection in this package is larger than 200 MB.");
						}
						out.write(buffer, 0, n);
					}
				}
				entries.put(name, target);
			}
		}
		return entries;
	}

	private static ImportedDeck readCollection(Path db) throws SQLException, DeckFormatException {
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
			Map<Long, NoteType> types = new HashMap<>();
			Map<Long, String> deckNames = new HashMap<>();
			boolean threeButtonLearning;
			try (Statement s = c.createStatement();
					ResultSet col = s.executeQuery("select conf, models, decks from col")) {
				if (!col.next()) {
					throw new DeckFormatException("The Anki collection in this package is empty.");
				}
				JsonNode conf = AnkiCollectionConfig.json().readTree(col.getString(1));
				// the first scheduler had three buttons while learning: 3 was Easy
				threeButtonLearning = conf.path("schedVer").asInt(1) == 1;
				JsonNode models = AnkiCollectionConfig.json().readTree(col.getString(2));
				for (JsonNode model : models) {
					List<String> fields = new ArrayList<>();
					model.path("flds").forEach(f -> fields.add(f.path("name").asString("")));
					types.put(model.path("id").asLong(), new NoteType(model.path("type").asInt(0) == 1, fields.size()));
				}
				AnkiCollectionConfig.json()
					.readTree(col.getString(3))
					.forEach(deck -> deckNames.put(deck.path("id").asLong(), deck.path("name").asString("")));
			}
			Map<Long, List<PastReview>> history = new HashMap<>();
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("select id, cid, ease, time, type, factor from revlog order by id")) {
				while (r.next()) {
					int ease = r.getInt(3);
					int type = r.getInt(5);
					// manual reschedules (type 4, ease 0) are not answers; a
					// filtered-deck
					// review that did not reschedule (factor 0) left the memory as it was
					if (ease < 1 || ease > 4 || type == 4 || type == 3 && r.getInt(6) == 0) {
						continue;
					}
					int rating = (threeButtonLearning && (type == 0 || type == 2) && ease > 1) ? ease + 1 : ease;
					history.computeIfAbsent(r.getLong(2), k -> new ArrayList<>())
						.add(new PastReview(Instant.ofEpochMilli(r.getLong(1)), Math.min(rating, 4),
								Math.max(0, r.getLong(4))));
				}
			}
			List<PortableCard> cards = new ArrayList<>();
			List<String> skipped = new ArrayList<>();
			Map<String, Integer> perDeck = new LinkedHashMap<>();
			try (Statement s = c.createStatement();
					ResultSet r = s.executeQuery("select c.id, c.ord, c.did, n.mid, n.flds from cards c"
							+ " join notes n on n.id = c.nid order by n.id, c.ord")) {
				while (r.next()) {
					String[] fields = r.getString(5).split(AnkiPackage.FIELD_SEPARATOR, -1);
					NoteType type = types.get(r.getLong(4));
					int ord = r.getInt(2);
					PortableCard card = card(type, fields, ord);
					if (card == null) {
						skipped.add("card " + r.getLong(1) + ": " + (type == null ? "unknown note type"
								: "a note type this app cannot show (template " + (ord + 1) + ")"));
						continue;
					}
					cards.add(card.withReviews(history.getOrDefault(r.getLong(1), List.of())));
					perDeck.merge(deckNames.getOrDefault(r.getLong(3), ""), 1, Integer::sum);
				}
			}
			String title = perDeck.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElse("");
			return new ImportedDeck(title, cards, skipped);
		}
	}

	private static PortableCard card(NoteType type, String[] fields, int ord) {
		if (type == null || fields.length == 0) {
			return null;
		}
		String first = AnkiHtml.toText(fields[0]);
		String second = fields.length > 1 ? AnkiHtml.toText(fields[1]) : "";
		if (type.cloze()) {
			return first.isEmpty() ? null : PortableCard.cloze(first, second, ord + 1);
		}
		if (ord == 0 && !first.isEmpty() && !second.isEmpty()) {
			return PortableCard.basic(first, second);
		}
		if (ord == 1 && !first.isEmpty() && !second.isEmpty()) {
			return PortableCard.basic(second, first);
		}
		return null;
	}

	private record NoteType(boolean cloze, int fieldCount) {
	}

	private static void deleteAll(Path dir) {
		try (var files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory left behind is harmless
		}
	}

}
