package app.quarry.decks.exchange;

import app.quarry.base.PureCore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Anki's {@code .apkg}: a zip holding the collection's SQLite database
 * ({@code collection.anki2}, legacy schema 11; newer Anki adds {@code collection.anki21},
 * read in preference) and the {@code media} map. Notes of a standard type become basic
 * cards (the first template asks field 1, a second one asks field 2), cloze notes one
 * card per deletion; each card's review log comes along. Written packages hold one deck
 * with Anki's Basic and Cloze note types, the review log and an empty media map.
 */
@PureCore
public final class AnkiPackage {

	/** Between the fields of a note in Anki's {@code notes.flds}. */
	static final String FIELD_SEPARATOR = "\u001f";

	private AnkiPackage() {
	}

	/**
	 * A package with these cards in one deck named {@code deckName}, written at
	 * {@code now}.
	 */
	public static byte[] write(String deckName, List<PortableCard> cards, Instant now) {
		return write(deckName, cards, Map.of(), now);
	}

	/**
	 * As {@link #write(String, List, Instant)}, with the studied cards' schedules (by
	 * card instance): in Anki they are then learning or review cards due when they are
	 * due here, instead of new cards with a history.
	 */
	public static byte[] write(String deckName, List<PortableCard> cards, Map<PortableCard, CardSchedule> schedules,
			Instant now) {
		java.util.IdentityHashMap<PortableCard, CardSchedule> byCard = new java.util.IdentityHashMap<>(schedules);
		try {
			Path dir = Files.createTempDirectory("apkg");
			Path db = dir.resolve("collection.anki2");
			try {
				writeCollection(db, deckName, cards, byCard, now);
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
					zip.putNextEntry(new ZipEntry("collection.anki2"));
					Files.copy(db, zip);
					zip.closeEntry();
					zip.putNextEntry(new ZipEntry("media"));
					zip.write("{}".getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
				return bytes.toByteArray();
			}
			finally {
				Files.deleteIfExists(db);
				Files.deleteIfExists(dir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("writing the Anki collection failed", ex);
		}
	}

	private static void writeCollection(Path db, String deckName, List<PortableCard> cards,
			Map<PortableCard, CardSchedule> schedules, Instant now) throws SQLException {
		long nowMs = now.toEpochMilli();
		long nowSeconds = now.getEpochSecond();
		long deckId = nowMs;
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				for (String sql : AnkiSchema.STATEMENTS) {
					s.execute(sql);
				}
			}
			try (PreparedStatement col = c.prepareStatement("insert into col values (1,?,?,?,?,0,0,0,?,?,?,?,'{}')")) {
				col.setLong(1, collectionStart(now));
				col.setLong(2, nowMs);
				col.setLong(3, nowMs);
				col.setInt(4, AnkiSchema.VERSION);
				col.setString(5, AnkiCollectionConfig.conf(deckId));
				col.setString(6, AnkiCollectionConfig.models(deckId, nowSeconds));
				col.setString(7, AnkiCollectionConfig.decks(deckId, deckName, nowSeconds));
				col.setString(8, AnkiCollectionConfig.deckOptions(nowSeconds));
				col.executeUpdate();
			}
			try (PreparedStatement note = c.prepareStatement("insert into notes values (?,?,?,?,-1,'',?,?,?,0,'')");
					PreparedStatement card = c
						.prepareStatement("insert into cards values (?,?,?,?,?,-1,?,?,?,?,?,?,?,?,0,0,0,'')");
					PreparedStatement review = c.prepareStatement("insert into revlog values (?,?,-1,?,0,0,0,?,?)")) {
				long nextId = nowMs - 1_000_000;
				java.util.Set<Long> reviewIds = new java.util.HashSet<>();
				int position = 0;
				for (Notes.Note n : Notes.of(cards)) {
					long noteId = nextId++;
					boolean cloze = n.kind() == PortableCard.Kind.CLOZE;
					String first = AnkiHtml.fromText(n.front());
					String fields = first + FIELD_SEPARATOR + AnkiHtml.fromText(n.back());
					note.setLong(1, noteId);
					note.setString(2, guid(n.front() + FIELD_SEPARATOR + n.back() + FIELD_SEPARATOR + noteId));
					note.setLong(3, cloze ? AnkiCollectionConfig.CLOZE_MODEL : AnkiCollectionConfig.BASIC_MODEL);
					note.setLong(4, nowSeconds);
					note.setString(5, fields);
					note.setString(6, AnkiHtml.sortField(first));
					note.setLong(7, AnkiHtml.checksum(first));
					note.executeUpdate();
					position++;
					for (PortableCard each : n.cards()) {
						long cardId = nextId++;
						card.setLong(1, cardId);
						card.setLong(2, noteId);
						card.setLong(3, deckId);
						card.setInt(4, cloze ? each.ordinal() - 1 : 0);
						card.setLong(5, nowSeconds);
						AnkiCard scheduled = AnkiCard.of(schedules.get(each), position, collectionStart(now));
						card.setInt(6, scheduled.type());
						card.setInt(7, scheduled.queue());
						card.setLong(8, scheduled.due());
						card.setInt(9, scheduled.interval());
						card.setInt(10, scheduled.factor());
						card.setInt(11, each.reviews().size());
						card.setInt(12, lapses(each.reviews()));
						card.setInt(13, scheduled.left());
						card.executeUpdate();
						boolean firstReview = true;
						for (PastReview past : each.reviews()) {
							long id = past.at().toEpochMilli();
							while (!reviewIds.add(id)) {
								id++;
							}
							review.setLong(1, id);
							review.setLong(2, cardId);
							review.setInt(3, past.rating());
							review.setLong(4, past.durationMs());
							// the first answer to a card is a learning step, the rest
							// reviews
							review.setInt(5, firstReview ? 0 : 1);
							review.executeUpdate();
							firstReview = false;
						}
					}
				}
			}
			c.commit();
		}
	}

	/**
	 * The collection's creation, in epoch seconds at a day start: review cards' day 0.
	 */
	private static long collectionStart(Instant now) {
		long seconds = now.getEpochSecond();
		return seconds - seconds % 86_400;
	}

	/** Answers Again after the first: each one a lapse, as Anki counts them. */
	private static int lapses(List<PastReview> reviews) {
		return (int) reviews.stream().skip(1).filter(r -> r.rating() == 1).count();
	}

	/**
	 * A card's scheduling columns as Anki's database structure describes them: type (0
	 * new, 1 learning, 2 review, 3 relearning), queue (the same, -1 suspended), due (a
	 * new card's position, a learning card's epoch seconds, a review card's day counted
	 * from the collection's creation), interval in days, ease in permille and the
	 * learning steps left.
	 */
	private record AnkiCard(int type, int queue, long due, int interval, int factor, int left) {

		static AnkiCard of(CardSchedule schedule, int position, long collectionStart) {
			if (schedule == null) {
				return new AnkiCard(0, 0, position, 0, 0, 0);
			}
			int type = switch (schedule.step()) {
				case LEARNING -> 1;
				case REVIEW -> 2;
				case RELEARNING -> 3;
			};
			long day = Math.floorDiv(schedule.due().getEpochSecond() - collectionStart, 86_400);
			AnkiCard card;
			if (type == 2) {
				card = new AnkiCard(2, 2, day, Math.max(1, schedule.intervalDays()), 2500, 0);
			}
			else if (day >= 1) {
				// a learning step that ends on a later day: queue 3, due as a day number
				card = new AnkiCard(type, 3, day, 0, 2500, 1001);
			}
			else {
				// one step left, due later today at this time (epoch seconds)
				card = new AnkiCard(type, 1, schedule.due().getEpochSecond(), 0, 2500, 1001);
			}
			return schedule.suspended() ? new AnkiCard(card.type, -1, card.due, card.interval, card.factor, card.left)
					: card;
		}

	}

	/**
	 * Anki's note guid: a short stable string (base 91 in Anki; any unique text works).
	 */
	private static String guid(String content) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(content.getBytes(StandardCharsets.UTF_8));
			return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 10);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The cards of a package, with their review history. */
	public static ImportedDeck read(InputStream apkg) throws DeckFormatException {
		return AnkiPackageReader.read(apkg);
	}

}
