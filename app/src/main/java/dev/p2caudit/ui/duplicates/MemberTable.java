package dev.p2caudit.ui.duplicates;

import java.util.List;

/**
 * The members of a duplicate group side by side: one row per column, one value per member.
 *
 * @param members  the members' keys, in the group's order
 * @param found    whether each member's record was found in the workspace
 * @param survivor the member suggested to keep (index into {@code members})
 * @param why      why that member was suggested
 * @param rows     the columns
 */
public record MemberTable(List<String> members, List<Boolean> found, int survivor, String why, List<Row> rows) {

    /**
     * One column across the members.
     *
     * @param matched   per member: its value equals another member's (the match the rule saw)
     * @param triggered the rule names this column in the finding's values
     */
    public record Row(String column, List<String> values, List<Boolean> matched, boolean triggered) {
    }

    public MemberTable {
        members = List.copyOf(members);
        found = List.copyOf(found);
        rows = List.copyOf(rows);
    }
}
