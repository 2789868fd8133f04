package dev.p2caudit.ui.duplicates;

import java.util.List;

/** The duplicates screen. */
public interface DuplicatesView {

    void showGroups(List<DuplicateGroup> groups);

    void selectGroup(int index);

    /** The selected group's members; {@code null}: none selected. */
    void showMembers(DuplicateGroup group, MemberTable members);
}
