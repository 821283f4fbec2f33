package app.quarry.srs.fsrs;

/**
 * The two numbers FSRS keeps per card.
 *
 * @param stability days until recall probability falls to 90%
 * @param difficulty 1 (easy) to 10 (hard)
 */
public record MemoryState(double stability, double difficulty) {
}
