package app.quarry.base;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What a list that is read a page at a time (a lazy grid) asks of a query: the page, in
 * an order the list offers, and the words to look for.
 */
public final class Listing {

	private Listing() {
	}

	/**
	 * The page asked for, sorted only by the properties the list offers (anything else is
	 * dropped, never handed to the query), then by {@code tieBreaker}: without a unique
	 * last key, rows that sort alike could repeat or go missing from one page to the
	 * next.
	 */
	public static Pageable page(Pageable asked, Set<String> sortable, String tieBreaker) {
		Sort offered = Sort.by(asked.getSort().filter(order -> sortable.contains(order.getProperty())).toList());
		Sort sort = offered.and(Sort.by(tieBreaker));
		return asked.isUnpaged() ? Pageable.unpaged(sort)
				: PageRequest.of(asked.getPageNumber(), asked.getPageSize(), sort);
	}

	/**
	 * A lower-case LIKE pattern for text containing these words, null (anything) when
	 * there are none. The wildcards % and _ are taken out, so typed text matches as
	 * written.
	 */
	public static @Nullable String containing(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
		return "%" + escaped + "%";
	}

}
