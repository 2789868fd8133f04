package dev.p2caudit.ui;

/** The screens of an open audit, in the order of their tabs. */
public enum Tab {
    OVERVIEW("Overview"), FINDINGS("Findings"), DATA("Data"), DUPLICATES("Duplicates"), RULES("Rules");

    private final String title;

    Tab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
