package dev.p2caudit.ui.common;

/**
 * One column of a record, pre and post side by side.
 *
 * @param pre       the pre value as shown, or {@code null} when there is no pre side
 * @param post      the post value as shown, or {@code null} when there is no post side
 * @param triggered whether the finding names this column among its values
 */
public record ValueRow(String column, String pre, String post, boolean triggered) {

    /** Both sides present and different (trimmed, ignoring case, as the reconciliation compares text). */
    public boolean differs() {
        return pre != null && post != null && !pre.strip().equalsIgnoreCase(post.strip());
    }
}
